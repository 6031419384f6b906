// Repeat detection at the desk (issue #11 §6): before an intake is saved, the open or recent matters with the same
// complainant ID number or phone, the same employer (credit code, or the party picked from the register) or the same
// project, each with why it matched; a name alone is a weak hint (Tibetan names repeat: 扎西, 次仁, 卓玛).
//
// It must not become a search oracle (issue #10): only numbers typed in full and valid are looked up (a resident ID
// with its check digit, an 11-digit mobile or a landline with its area code, a credit code with its check character)
// — never a part; at most MAX_REPEAT_NUMBERS a check; each check with a number is on the audit trail as a number
// search (masked) and counts against the session's per-minute budget (number-search.ts). What comes back is what the
// lists show: numbers masked, a reporter's intake left out for a caller without 'reporter.read'.
import type { z } from 'zod';
import { MAX_REPEAT_NUMBERS, type repeatCheckInput, type RepeatCheckOutput, type RepeatMatch } from '../../../shared/contract/followup';
import { addDays } from '../../../shared/domain/calendar';
import { isWeakReason, REPEAT_RECENT_PARAMETER, type RepeatReasonKind } from '../../../shared/domain/followup';
import { checkCreditCode, checkPhone, checkResidentId, normalizeCreditCode, normalizeResidentId } from '../../../shared/domain/identity';
import { parameterOrFallback } from '../../../shared/domain/parameters';
import { maskIdNumber, maskPhone } from '../../../shared/domain/permissions';
import { formatRegNo } from '../../../shared/domain/registration';
import { dateKeyOf } from '../../../shared/domain/time';
import type { CallContext } from '../kernel/context';
import { requireInstallation } from '../kernel/installation';
import { recordNumberSearch } from '../personal/number-search';
import { parameterLookup } from '../reference/parameters.service';
import { callerCan } from '../session/session.service';
import { lookUp, matchedIntake, type RepeatLookup } from './repeats.data';

type Input = z.output<typeof repeatCheckInput>;

const unique = (xs: string[]) => [...new Set(xs)];
/** Hits on complainants: what a caller without 'reporter.read' may not learn about a report. */
const BY_PERSON: readonly RepeatLookup[] = ['byIdNumber', 'byPhone', 'byName'];

/** The full, valid numbers in the form, normalised as stored. */
export function typedNumbers(input: Input) {
  const idNumbers = unique(
    input.complainants.flatMap((c) => (c.idType === 'residentId' && c.idNumber && checkResidentId(c.idNumber).ok ? [normalizeResidentId(c.idNumber)] : [])),
  );
  // A bare local number (7–8 digits, no area code) is short enough to guess: only full numbers are looked up.
  const phones = unique(
    input.complainants.flatMap((c) => c.phones.flatMap((p) => {
      const r = checkPhone(p);
      return r.ok && (r.kind === 'mobile' || r.normalized.includes('-')) ? [r.normalized] : [];
    })),
  );
  const creditCodes = unique(input.creditCodes.flatMap((c) => (checkCreditCode(c).ok ? [normalizeCreditCode(c)] : [])));
  return { idNumbers, phones, creditCodes };
}

export function checkRepeats(call: CallContext, input: Input): RepeatCheckOutput {
  const core = call.core;
  const unitId = requireInstallation(core).unitId;
  const today = dateKeyOf(core.clock.now());
  const recentDays = Number(parameterOrFallback(REPEAT_RECENT_PARAMETER, parameterLookup(core, today)(REPEAT_RECENT_PARAMETER)));
  const since = addDays(today, -recentDays);
  const typed = typedNumbers(input);
  const all = [...typed.idNumbers.map((v) => ['byIdNumber', v] as const), ...typed.phones.map((v) => ['byPhone', v] as const), ...typed.creditCodes.map((v) => ['byCreditCode', v] as const)];
  const numbers = all.slice(0, MAX_REPEAT_NUMBERS);
  // On the record and within the session's budget, like any number search; a check without a number passes.
  if (numbers.length > 0) recordNumberSearch(call, numbers.map(([, v]) => v).join(' '), callerCan(call, 'personal.unmask') ? 'prefix' : 'visible');

  const lookups: [RepeatLookup, string, RepeatReasonKind][] = numbers.map(([how, v]) => [how, v, how === 'byIdNumber' ? 'idNumber' : how === 'byPhone' ? 'phone' : 'creditCode']);
  for (const id of unique(input.partyIds)) lookups.push(['byParty', id, 'party']);
  if (input.project && 'id' in input.project) lookups.push(['byProjectId', input.project.id, 'project']);
  else if (input.project) {
    if (input.project.name !== '') lookups.push(['byProjectName', input.project.name, 'project']);
    if (input.project.siteAddress) lookups.push(['byProjectAddress', input.project.siteAddress, 'projectAddress']);
  }
  const names = unique(input.complainants.map((c) => c.name).filter((n) => n.length > 0));
  for (const n of names.slice(0, 20)) lookups.push(['byName', n, 'name']);

  const reporterRead = callerCan(call, 'reporter.read');
  const found = new Map<string, RepeatMatch>();
  const excluded = new Set<string>();
  for (const [how, value, kind] of lookups) {
    for (const hit of lookUp(core.prepare, how, value, unitId, since)) {
      if (excluded.has(hit.intake_id)) continue;
      let m = found.get(hit.intake_id);
      if (!m) {
        const r = matchedIntake(core.prepare, hit.intake_id);
        const open = r?.case_status === 'open';
        if (!r || r.unit_id !== unitId || !(open || r.received_date >= since)) {
          excluded.add(hit.intake_id);
          continue;
        }
        m = {
          intakeId: r.id,
          regNoText: formatRegNo(r.reg_year, r.reg_no),
          kind: r.kind,
          status: r.status,
          receivedDate: r.received_date,
          summary: r.summary,
          caseFileId: r.case_file_id,
          caseTitle: r.case_title,
          caseStatus: r.case_status,
          strong: false,
          reasons: [],
        };
        found.set(r.id, m);
      }
      if (m.kind === 'report' && !reporterRead && BY_PERSON.includes(how)) continue;
      const detail = detailOf(kind, value, hit.name);
      if (m.reasons.some((x) => x.kind === kind && x.detail === detail)) continue;
      m.reasons.push({ kind, detail });
      if (!isWeakReason(kind)) m.strong = true;
    }
  }
  const matches = [...found.values()]
    .filter((m) => m.reasons.length > 0)
    // A matter found by a number needs no "same name" beside it: the weak hint is for matters found by name alone.
    .map((m) => (m.strong ? { ...m, reasons: m.reasons.filter((r) => !isWeakReason(r.kind)) } : m))
    .sort((a, b) => Number(b.strong) - Number(a.strong) || (a.receivedDate < b.receivedDate ? 1 : a.receivedDate > b.receivedDate ? -1 : 0))
    .slice(0, 20);
  return { matches, numbersChecked: numbers.length, truncated: all.length > numbers.length, recentDays };
}

/** What matched, as a list would show it: personal numbers masked; an organisation's code and a project in full. */
function detailOf(kind: RepeatReasonKind, value: string, name: string | null): string {
  const who = name ? `（${name}）` : '';
  switch (kind) {
    case 'idNumber':
      return `${maskIdNumber(value)}${who}`;
    case 'phone':
      return `${maskPhone(value)}${who}`;
    case 'creditCode':
      return `${value}${who}`;
    default:
      return name ?? value;
  }
}
