// The case file of a routed intake in the large database: the file, its first proceeding taken as far as its age
// allows (stages.ts), a police referral or a blacklisting beside some inspections, their clock events, the deadlines
// the app's own engine computes from them (storeProceedingDeadlines), timeline lines, papers' rows, hearings,
// awards and payments.
import { arbitrationAwards, caseEvents, caseFiles, caseTeam, documents, hearingArbitrators, hearings, proceedingEvents, proceedingParties, proceedings, tribunals, wagePayments } from '../../../db/schema';
import type { Prepare } from '../../../db/statements';
import { insertClosing } from '../../../electron/core/arbitration/arbitration-closing.data';
import type { Request } from '../../../electron/core/documents/builders';
import { storedSource } from '../../../electron/core/documents/document-source';
import { stepEventData } from '../../../electron/core/proceedings/step-timeline';
import { PROCEEDING_PAPER_KINDS } from '../../../shared/contract/documents';
import { storeProceedingDeadlines, type DeadlineBasis } from '../../../electron/core/deadlines/stored-deadlines';
import { addDays, shiftWorkingDays } from '../../../shared/domain/calendar';
import { proceedingDefinition } from '../../../shared/domain/proceedings';
import { instantOf } from '../../../shared/domain/time';
import { DOCUMENT_KIND, INTAKE_ROUTE, type DocumentKind, type IntakeRoute, type PartyRole } from '../../../shared/domain/vocabulary';
import type { Random } from './people';
import { fileHashes, type AuditCall, type SeedAudit } from './audit';
import { rowWriter, type Ids } from './rows';
import { PLANS, type Ending, type KindPlan } from './stages';

export interface CaseworkContext {
  prepare: Prepare;
  ids: Ids;
  r: Random;
  unitId: string;
  unitShort: string;
  /** The day the data ends ('today' of the generated history). */
  until: string;
  basis: DeadlineBasis;
  staff: { desk: string; leader: string; inspector: string; arbitrator: string };
  roomId: string;
  /** The app's audit writer (audit.ts): each record's row as its action writes it. */
  audit: SeedAudit;
}

export interface RoutedIntake {
  intakeId: string;
  /** The file's id, drawn by the intake's call (writeIntakes) before its row. */
  caseFileId: string;
  regNoText: string;
  route: IntakeRoute;
  receivedDate: string;
  receivedAt: number;
  title: string;
  collective: boolean;
  parties: { partyId: string; role: PartyRole; name: string }[];
  persons: { personId: string; amountFen: number }[];
  /** The later calls' audit rows (steps, papers, hearings, payments), written after the intake's own call. */
  later: AuditCall[];
}

export interface CaseworkCounts {
  caseFiles: number;
  proceedings: Record<string, number>;
  statuses: Record<string, number>;
  hearings: number;
  awards: number;
  payments: number;
  documents: number;
  deadlines: number;
}

export function emptyCounts(): CaseworkCounts {
  return { caseFiles: 0, proceedings: {}, statuses: {}, hearings: 0, awards: 0, payments: 0, documents: 0, deadlines: 0 };
}

type Writers = ReturnType<typeof writers>;
const cache = new WeakMap<Prepare, Writers>();

function writers(prepare: Prepare) {
  return {
    caseFile: rowWriter(prepare, caseFiles, ['id', 'unitId', 'title', 'leaderStaffId', 'collective', 'urgent', 'status', 'openedAt', 'closedAt', 'sourceIntakeId', 'createdBy', 'createdAt', 'updatedAt']),
    proceeding: rowWriter(prepare, proceedings, ['id', 'caseFileId', 'kind', 'number', 'status', 'departmentId', 'openedAt', 'closedAt', 'createdAt', 'updatedAt']),
    party: rowWriter(prepare, proceedingParties, ['id', 'proceedingId', 'role', 'partyId', 'personId', 'sortOrder']),
    event: rowWriter(prepare, proceedingEvents, ['proceedingId', 'kind', 'date', 'party', 'partyRole', 'awardFinality', 'source', 'recordedAt', 'recordedBy']),
    timeline: rowWriter(prepare, caseEvents, ['caseFileId', 'proceedingId', 'at', 'kind', 'actorStaffId', 'summary', 'data']),
    team: rowWriter(prepare, caseTeam, ['id', 'caseFileId', 'role', 'staffId', 'employment', 'addedAt', 'addedBy', 'addReason', 'confirmedAt', 'confirmedBy']),
    document: rowWriter(prepare, documents, ['id', 'unitId', 'kind', 'title', 'number', 'series', 'status', 'intakeId', 'caseFileId', 'source', 'createdBy', 'createdAt']),
    tribunal: rowWriter(prepare, tribunals, ['proceedingId', 'form', 'clerkStaffId', 'composedOn', 'composedAt']),
    hearing: rowWriter(prepare, hearings, ['id', 'unitId', 'caseFileId', 'proceedingId', 'date', 'startTime', 'endTime', 'roomId', 'clerkStaffId', 'status', 'applicantAppeared', 'respondentAppeared', 'scheduledBy', 'scheduledAt']),
    hearingArbitrator: rowWriter(prepare, hearingArbitrators, ['hearingId', 'staffId', 'presiding']),
    award: rowWriter(prepare, arbitrationAwards, ['proceedingId', 'unitId', 'caseFileId', 'awardedOn', 'finality', 'totalFen', 'paymentStatus', 'paidFen', 'recordedBy', 'recordedAt']),
    payment: rowWriter(prepare, wagePayments, ['id', 'unitId', 'caseFileId', 'kind', 'personId', 'payerKind', 'payerName', 'method', 'paidOn', 'amountFen', 'status', 'recordedBy', 'recordedAt']),
  };
}

/** Number series issued so far, per series and year: written to number_series at the end so the app goes on from them. */
export type SeriesCounters = Map<string, number>;

function daysBetween(a: string, b: string): number {
  return Math.round((instantOf(b) - instantOf(a)) / 86_400_000);
}

/**
 * How far a stage may lag behind its day in a file still under way: a day at most. The plan's days are inside the
 * bureau's limits by less than that (stages.ts), so a young file never sits past a limit the engine would report as
 * overdue — the old generator stopped young files at any earlier stage (an inspection received a month ago, never
 * accepted: the engine's 受理 duty 3 weeks overdue).
 */
const LAG_DAYS = 1;

/** How far a proceeding went: files older than the whole path finished it (or ended); young ones are mid-way. */
function progress(c: CaseworkContext, plan: KindPlan, opened: string): { depth: number; ending: Ending | null } {
  const age = daysBetween(opened, c.until);
  let reachable = 0;
  while (reachable < plan.path.length && plan.path[reachable]!.day <= age) reachable++;
  let due = 0;
  while (due < reachable && plan.path[due]!.day + LAG_DAYS <= age) due++;
  const finished = reachable === plan.path.length || age > 200;
  // Most files stop early (paid after the order, settled at the hearing); old files have all ended.
  const endings = plan.endings.filter((e) => e.after < reachable && (e.earliest ?? 0) <= age);
  if (finished && reachable === plan.path.length && plan.rests && c.r() * (plan.rests + endings.reduce((s, e) => s + e.weight, 0)) < plan.rests) return { depth: reachable, ending: null };
  if ((finished || c.r() < 0.5) && endings.length > 0) {
    const total = endings.reduce((s, e) => s + e.weight, 0);
    let x = c.r() * total;
    const ending = endings.find((e) => (x -= e.weight) < 0) ?? endings[endings.length - 1]!;
    return { depth: ending.after + 1, ending };
  }
  return { depth: due + Math.floor(c.r() * (reachable - due + 1)), ending: null };
}

/** Writes the file; returns its id and its first proceeding's (the intake's own call audits the file's opening). */
export function writeCaseFile(c: CaseworkContext, s: SeriesCounters, counts: CaseworkCounts, a: RoutedIntake): { caseFileId: string; proceedingId: string; proceedingKind: string } {
  const w = cache.get(c.prepare) ?? writers(c.prepare);
  cache.set(c.prepare, w);
  const caseFileId = a.caseFileId;
  const kind = a.route === 'inspection' ? 'inspection' : a.route === 'arbitration' ? 'arbitration' : 'jointMediation';
  w.caseFile({ id: caseFileId, unitId: c.unitId, title: a.title, leaderStaffId: a.collective ? c.staff.leader : null, collective: a.collective, urgent: false, status: 'open', openedAt: a.receivedAt, closedAt: null, sourceIntakeId: a.intakeId, createdBy: c.staff.desk, createdAt: a.receivedAt, updatedAt: a.receivedAt });
  w.timeline({ caseFileId, proceedingId: null, at: a.receivedAt, kind: 'caseFile.opened', actorStaffId: c.staff.desk, summary: `接待登记 ${a.regNoText} ${INTAKE_ROUTE.label(a.route)}，立卷${a.collective ? '（集体案件）' : ''}`, data: JSON.stringify({ intakeId: a.intakeId }) });
  const handler = kind === 'arbitration' ? c.staff.arbitrator : c.staff.inspector;
  w.team({ id: c.ids.at(a.receivedAt), caseFileId, role: 'handler', staffId: handler, employment: 'fullTime', addedAt: a.receivedAt, addedBy: c.staff.leader, addReason: null, confirmedAt: a.receivedAt, confirmedBy: c.staff.leader });
  if (a.collective) w.team({ id: c.ids.at(a.receivedAt), caseFileId, role: 'leader', staffId: c.staff.leader, employment: 'fullTime', addedAt: a.receivedAt, addedBy: c.staff.desk, addReason: '集体案件领导包案', confirmedAt: a.receivedAt, confirmedBy: c.staff.leader });
  counts.caseFiles++;
  const first = writeProceeding(c, w, s, counts, a, caseFileId, kind, a.receivedDate);
  let open = first.open ? 1 : 0;
  let lastDay = first.lastDay;
  // Beside a decided inspection: a police referral (拒不支付劳动报酬罪) for a few, the blacklist for some more.
  if (kind === 'inspection' && first.depth >= 6) {
    const u = c.r();
    const extra = u < 0.12 ? 'policeReferral' : u < 0.35 ? 'blacklisting' : null;
    if (extra) {
      const p = writeProceeding(c, w, s, counts, a, caseFileId, extra, first.lastDay);
      open += p.open ? 1 : 0;
      if (p.lastDay > lastDay) lastDay = p.lastDay;
    }
  }
  if (open === 0) {
    const closedAt = instantOf(lastDay, '17:00');
    c.prepare("UPDATE case_files SET status = 'closed', closed_at = ?, updated_at = ? WHERE id = ?").run(closedAt, closedAt, caseFileId);
    w.timeline({ caseFileId, proceedingId: null, at: closedAt, kind: 'caseFile.closed', actorStaffId: c.staff.leader, summary: '案卷办结', data: '{}' });
    a.later.push({ at: closedAt, actor: c.staff.leader, channel: 'cases.close', entries: [{ action: 'caseFileClose', entity: 'caseFile', entityId: caseFileId, change: { status: { from: 'open', to: 'closed' }, date: lastDay } }] });
  }
  return { caseFileId, proceedingId: first.id, proceedingKind: kind };
}

function writeProceeding(c: CaseworkContext, w: Writers, s: SeriesCounters, counts: CaseworkCounts, a: RoutedIntake, caseFileId: string, kind: keyof typeof PLANS, opened: string): { id: string; depth: number; open: boolean; lastDay: string } {
  const plan = PLANS[kind];
  const def = proceedingDefinition(kind);
  const openedAt = instantOf(opened, '10:00');
  const id = c.ids.at(openedAt);
  const { depth, ending } = progress(c, plan, opened);
  const steps = [...plan.path.slice(0, depth).map((st) => ({ ...st, ending: false })), ...(ending ? [{ ...ending, day: Math.min(daysBetween(opened, c.until), endingDay(plan, depth, ending, c.r())), numbered: false, effect: undefined, ending: true }] : [])];
  let status = def.initial;
  let number: string | null = null;
  let lastDay = opened;
  const byParty = kind === 'arbitration' ? 'respondent' : null;
  w.proceeding({ id, caseFileId, kind, number: null, status, departmentId: null, openedAt, closedAt: null, createdAt: openedAt, updatedAt: openedAt });
  a.parties.forEach((p, i) => w.party({ id: c.ids.at(openedAt), proceedingId: id, role: byParty ?? p.role, partyId: p.partyId, personId: null, sortOrder: i }));
  a.persons.forEach((p, i) => w.party({ id: c.ids.at(openedAt), proceedingId: id, role: kind === 'arbitration' ? 'applicant' : 'complainant', partyId: null, personId: p.personId, sortOrder: a.parties.length + i }));
  if (kind !== 'policeReferral' && kind !== 'blacklisting') w.event({ proceedingId: id, kind: 'received', date: opened, party: null, partyRole: null, awardFinality: null, source: '.open', recordedAt: openedAt, recordedBy: c.staff.desk });
  for (const st of steps) {
    const day = addDays(opened, Math.min(st.day, daysBetween(opened, c.until)));
    const at = instantOf(day, '15:00');
    lastDay = day;
    if (st.numbered && def.numberSeries) {
      const year = Number(day.slice(0, 4));
      const key = `${def.numberSeries.series}|${year}`;
      const n = (s.get(key) ?? 0) + 1;
      s.set(key, n);
      number = def.numberSeries.pattern.replaceAll('{unitShort}', c.unitShort).replaceAll('{year}', String(year)).replaceAll('{n}', String(n));
    }
    for (const e of st.events) {
      const d = 'workingDaysBefore' in e && e.workingDaysBefore ? shiftWorkingDays(c.basis.calendar, day, -e.workingDaysBefore) : 'offset' in e && e.offset ? addDays(day, e.offset) : day;
      w.event({ proceedingId: id, kind: e.kind, date: d, party: 'partyRole' in e && e.partyRole ? (e.partyRole === 'worker' ? '申请人' : '被申请人') : null, partyRole: 'partyRole' in e ? (e.partyRole ?? null) : null, awardFinality: 'awardFinality' in e ? (e.awardFinality ?? null) : null, source: `.${st.action}`, recordedAt: at, recordedBy: kind === 'arbitration' ? c.staff.arbitrator : c.staff.inspector });
    }
    const from = status;
    status = st.status;
    const actor = kind === 'arbitration' ? c.staff.arbitrator : c.staff.inspector;
    a.later.push({ at, actor, channel: 'proceedings.step', entries: [{ action: 'proceedingStep', entity: 'proceeding', entityId: id, change: { kind, action: st.action, from, to: status, number: st.numbered ? number : null, input: { date: day } } }] });
    w.timeline({ caseFileId, proceedingId: id, at, kind: 'proceeding.step', actorStaffId: c.staff.inspector, summary: st.summary + (st.numbered && number ? `，案号 ${number}` : ''), data: JSON.stringify(stepEventData(st.action, null)) });
    if (st.paper) paper(c, w, counts, a, caseFileId, id, st.paper, at, number);
    if (st.effect) effect(c, w, counts, a, caseFileId, id, st.effect, day, at);
  }
  if (kind === 'arbitration' && ending?.closing) {
    const closedOn = ending.status === 'closed' ? lastDay : addDays(lastDay, 3 + Math.floor(c.r() * 12));
    if (closedOn <= c.until) {
      if (ending.status !== 'closed') {
        const at = instantOf(closedOn, '15:00');
        w.event({ proceedingId: id, kind: 'caseClosed', date: closedOn, party: null, partyRole: null, awardFinality: null, source: '.close', recordedAt: at, recordedBy: c.staff.arbitrator });
        w.timeline({ caseFileId, proceedingId: id, at, kind: 'proceeding.step', actorStaffId: c.staff.arbitrator, summary: ending.closing === 'mediation' ? '结案（调解）' : '结案（撤回）', data: JSON.stringify(stepEventData('close', null)) });
        a.later.push({ at, actor: c.staff.arbitrator, channel: 'proceedings.step', entries: [{ action: 'proceedingStep', entity: 'proceeding', entityId: id, change: { kind, action: 'close', from: status, to: 'closed', number: null, input: { date: closedOn, method: ending.closing } } }] });
        status = 'closed';
        lastDay = closedOn;
      }
      writeClosing(c, a, id, closedOn, ending.closing);
    }
  }
  const closed = def.closed.includes(status);
  prepareUpdate(c.prepare, id, status, number, closed ? instantOf(lastDay, '17:00') : null);
  counts.proceedings[kind] = (counts.proceedings[kind] ?? 0) + 1;
  counts.statuses[`${kind}.${status}`] = (counts.statuses[`${kind}.${status}`] ?? 0) + 1;
  // Computed as of the basis's day (the history's end), as the app's recompute would leave them: so computed_at's day is
  // the engine's today, and the trace need not be stored (stored-deadlines.ts keepsTrace).
  counts.deadlines += storeProceedingDeadlines(c.prepare, instantOf(c.basis.today, '18:00'), { id, caseFileId, unitId: c.unitId, kind }, c.basis);
  return { id, depth, open: !closed, lastDay };
}

/**
 * The day (after the file opened) a proceeding ends: a refusal within 1–3 days of the application (5 working days,
 * 若干规定 Art. 18 / 调解仲裁法 Art. 29); any other ending 3–14 days after its last stage — so a settlement or
 * withdrawal after the hearing (day 28) still comes before the award's 45 days from acceptance run out (day 49); an
 * ending with its own soonest day (提前移出, six months after the correction) within a year after it.
 */
function endingDay(plan: KindPlan, depth: number, ending: Ending, u: number): number {
  if (ending.after < 0) return 1 + Math.floor(u * 3);
  if (ending.earliest) return ending.earliest + Math.floor(u * 365);
  return (plan.path[Math.max(0, depth - 1)]?.day ?? 0) + 3 + Math.floor(u * 12);
}

/** The 结案 record (办案规则 Art. 78) as the app's 结案 step writes it: the method, a result, the yearbook cause, the amounts. */
function writeClosing(c: CaseworkContext, a: RoutedIntake, proceedingId: string, closedOn: string, method: 'mediation' | 'withdrawal' | 'award'): void {
  const claimedFen = a.persons.reduce((sum, p) => sum + p.amountFen, 0);
  const u = c.r();
  const result = method === 'withdrawal' ? 'none' : method === 'mediation' ? 'partlyEach' : u < 0.6 ? 'workerWon' : u < 0.9 ? 'partlyEach' : 'employerWon';
  const share = result === 'workerWon' ? 1 : result === 'partlyEach' ? 0.5 + c.r() * 0.4 : 0;
  insertClosing(c.prepare, { proceedingId, unitId: c.unitId, closedOn, method, result, cause: 'wages', claimedFen, resolvedFen: Math.round(claimedFen * share), note: null, now: instantOf(closedOn, '15:00') });
}

function prepareUpdate(prepare: Prepare, id: string, status: string, number: string | null, closedAt: number | null): void {
  prepare('UPDATE proceedings SET status = ?, number = ?, closed_at = ?, updated_at = coalesce(?, updated_at) WHERE id = ?').run(status, number, closedAt, closedAt, id);
}

// A paper's request as the app stores it (document-source.ts): the papers made from a proceeding's steps name the
// proceeding; the 开庭通知书 and 指令书, whose real requests name a hearing or carry the order, keep the file and number.
const PAPER_OF_PROCEEDING: readonly string[] = [...PROCEEDING_PAPER_KINDS, 'acceptanceNotice', 'award'];

function paper(c: CaseworkContext, w: Writers, counts: CaseworkCounts, a: RoutedIntake, caseFileId: string, proceedingId: string, kind: DocumentKind, at: number, number: string | null): void {
  const id = c.ids.at(at);
  a.later.push({ at, actor: c.staff.inspector, channel: 'documents.generate', entries: [{ action: 'generate', entity: 'document', entityId: id, change: { kind, number: null, version: 1, template: kind, ...fileHashes(id) } }] });
  w.document({ id, unitId: c.unitId, kind, title: `${DOCUMENT_KIND.label(kind)}（${a.title}）`, number: null, series: null, status: 'issued', intakeId: null, caseFileId, source: storedSource((PAPER_OF_PROCEEDING.includes(kind) ? { kind, proceedingId } : { kind, caseFileId, caseNumber: number }) as Request, { kind, intakeId: null }), createdBy: c.staff.inspector, createdAt: at });
  counts.documents++;
}

function effect(c: CaseworkContext, w: Writers, counts: CaseworkCounts, a: RoutedIntake, caseFileId: string, proceedingId: string, e: 'tribunal' | 'hearing' | 'award' | 'paid', day: string, at: number): void {
  const total = a.persons.reduce((t, p) => t + p.amountFen, 0);
  if (e === 'tribunal') w.tribunal({ proceedingId, form: a.collective ? 'panel' : 'sole', clerkStaffId: c.staff.arbitrator, composedOn: day, composedAt: at });
  else if (e === 'hearing') {
    const hearingId = c.ids.at(at);
    const held = day < c.until;
    w.hearing({ id: hearingId, unitId: c.unitId, caseFileId, proceedingId, date: day, startTime: c.r() < 0.5 ? '09:30' : '15:00', endTime: c.r() < 0.5 ? '11:30' : '17:00', roomId: c.roomId, clerkStaffId: c.staff.arbitrator, status: held ? 'held' : 'scheduled', applicantAppeared: held ? true : null, respondentAppeared: held ? c.r() < 0.85 : null, scheduledBy: c.staff.arbitrator, scheduledAt: at - 20 * 86_400_000 });
    w.hearingArbitrator({ hearingId, staffId: c.staff.arbitrator, presiding: true });
    const booking = { proceedingId, jointProceedingIds: [], date: day, startTime: '09:30', endTime: '11:30', roomId: c.roomId, arbitratorStaffIds: [c.staff.arbitrator], presidingStaffId: c.staff.arbitrator, clerkStaffId: c.staff.arbitrator };
    a.later.push({ at: at - 20 * 86_400_000, actor: c.staff.arbitrator, channel: 'hearings.schedule', entries: [{ action: 'hearingScheduled', entity: 'hearing', entityId: hearingId, change: { ...booking, sittingId: null, hearingIds: [hearingId] } }] });
    if (held) a.later.push({ at, actor: c.staff.arbitrator, channel: 'hearings.held', entries: [{ action: 'hearingHeld', entity: 'hearing', entityId: hearingId, change: { id: hearingId, applicantAppeared: true, respondentAppeared: true, hearingIds: [hearingId] } }] });
    counts.hearings++;
  } else if (e === 'award') {
    const paid = c.r() < 0.6;
    w.award({ proceedingId, unitId: c.unitId, caseFileId, awardedOn: day, finality: 'final', totalFen: total, paymentStatus: paid ? 'paid' : 'unpaid', paidFen: paid ? total : null, recordedBy: c.staff.arbitrator, recordedAt: at });
    counts.awards++;
  } else if (c.r() < 0.7) {
    // Paid after the order (限期支付): each worker's own payment, by transfer, as the payments ledger records them.
    const payDay = addDays(day, 5 + Math.floor(c.r() * 10));
    if (payDay > c.until) return;
    const payer = a.parties[0]?.name ?? '用人单位';
    for (const p of a.persons.slice(0, 12)) {
      const paymentId = c.ids.at(at);
      w.payment({ id: paymentId, unitId: c.unitId, caseFileId, kind: 'worker', personId: p.personId, payerKind: 'employer', payerName: payer, method: 'transfer', paidOn: payDay, amountFen: p.amountFen, status: 'valid', recordedBy: c.staff.inspector, recordedAt: instantOf(payDay, '16:00') });
      a.later.push({ at: instantOf(payDay, '16:00'), actor: c.staff.inspector, channel: 'payments.record', entries: [{ action: 'paymentRecord', entity: 'caseFile', entityId: caseFileId, change: { paymentId, kind: 'worker', personId: p.personId, batchId: null, holdingId: null, instalmentId: null, payerKind: 'employer', payerName: payer, method: 'transfer', bankReference: null, receiptMark: null, paidOn: payDay, amountFen: p.amountFen, allocations: [], approvedBy: null, approvedOn: null, scans: [] } }] });
      counts.payments++;
    }
  }
}

