// The hearing papers read from the stored calendar: a 开庭通知书 to one party of one booked hearing (调解仲裁法 Arts.
// 35–36) — the case number, the parties, the tribunal and clerk as the hearing sits, the room, the day and time — and
// the requests for every notice of the hearings of a week, for one batch (documents.batch); the 仲裁庭组成通知书; and a
// party's 延期开庭通知书 of a postponed hearing, with the hearing booked in its place. The builder is the pure
// one the samples use (shared/domain/documents/hearing-notice.ts); what is assembled here is read from the tables.
import type { z } from 'zod';
import type { ArbitrationCase } from '../../../shared/domain/documents/model';
import type { HearingNoticeRecipient } from '../../../shared/domain/documents/hearing-notice';
import type { hearingNoticeRequestsInput, HearingNoticeRequests, PostponementNoticeRequests } from '../../../shared/contract/hearings';
import { committeeName } from '../../../shared/domain/documents/arbitration-common';
import type { CallContext } from '../kernel/context';
import { invalid, notFound, ServiceError } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { findProceeding } from '../proceedings/proceedings.data';
import { getUnitSummary } from '../reference/units.service';
import { findHearing, hearingsBetween, hearingsOfSitting, tribunalOf, type HearingRow } from './hearings.data';
import type { TribunalNoticeData } from '../../../shared/domain/documents/tribunal-notice';
import { dateKeyOf } from '../../../shared/domain/time';
import { eventDate, issuedHearingNotice, issuedHearingPaper, paperParties, replacementOf, type PaperParty } from './hearing-papers.data';
import type { PostponementNoticeData } from '../../../shared/domain/documents/postponement-notice';

/** The request of one party's notice of one hearing: the same request is the same paper (never issued twice). */
export const noticeRequest = (hearingId: string, recipientId: string) => ({ kind: 'hearingNotice' as const, source: 'hearing' as const, hearingId, recipientId });

export interface HearingNoticeSource {
  case: ArbitrationCase;
  recipient: HearingNoticeRecipient;
  caseFileId: string;
  /** The parties agreed to a notice shorter than Art. 35's: the notice's own timing is not refused. */
  shortNoticeAgreed: boolean;
}

const org = (p: PaperParty) => ({ name: p.name, creditCode: p.creditCode, address: p.address, legalRep: p.legalRepName ? { name: p.legalRepName, title: p.legalRepTitle ?? '' } : null, phone: p.phone });
const person = (p: PaperParty) => ({ name: p.name, sex: null, ethnicity: null, birthDate: null, idNumber: null, address: null, phone: null });

/**
 * One party's 开庭通知书 of a stored hearing, as the builder takes it. Refused, saying why, for a hearing postponed or
 * held, a case without its number, or a recipient who is not a party of the case; a second paper for the same
 * hearing and party is refused unless regenerating.
 */
export function hearingNoticeSource(call: CallContext, hearingId: string, recipientId: string, regenerating = false): HearingNoticeSource {
  const core = call.core;
  const inst = requireInstallation(core);
  const h = findHearing(core.prepare, hearingId);
  if (!h) throw notFound('该开庭安排');
  const p = findProceeding(core.prepare, h.proceedingId);
  if (!p || p.unitId !== inst.unitId) throw notFound('该开庭安排');
  if (h.status === 'postponed') throw new ServiceError('STEP_BLOCKED', `${h.date} ${h.start} 的开庭已经延期，不能再为其制作开庭通知书；请为新的开庭安排制作`);
  if (h.status === 'held' && !regenerating) throw new ServiceError('STEP_BLOCKED', `${h.date} 的开庭已经举行，不能再制作开庭通知书`);
  if (!p.number) throw new ServiceError('STEP_BLOCKED', '本案尚未编立案号（受理时编号），不能制作开庭通知书');
  const parties = paperParties(core.prepare, p.id);
  const party = parties.find((x) => x.recipientId === recipientId);
  if (!party) throw invalid({ recipientId: '受送达人不是本次开庭案件的当事人' });
  if (!regenerating) {
    const issued = issuedHearingNotice(core.prepare, noticeRequest(hearingId, recipientId));
    if (issued) throw new ServiceError('CONFLICT', `已为${party.name}制作了 ${h.date} 开庭的开庭通知书（${issued.number ?? '未编号'}）；内容有误的，请先作废该文书再重新制作`);
  }
  const applicants = parties.filter((x) => x.side === 'applicant');
  const respondents = parties.filter((x) => x.side === 'respondent');
  const accepted = eventDate(core.prepare, p.id, 'accepted', 'last');
  if (!accepted) throw new ServiceError('STEP_BLOCKED', '本案尚未受理，不能制作开庭通知书');
  const presiding = h.arbitrators.find((a) => a.presiding) ?? h.arbitrators[0];
  if (!presiding) throw new ServiceError('STEP_BLOCKED', '该次开庭没有仲裁员，不能制作开庭通知书；请先组成仲裁庭');
  const unit = getUnitSummary(core, inst.unitId);
  const c: ArbitrationCase = {
    committee: { name: committeeName(unit.name), address: null, phone: null, intermediateCourt: '', court: null },
    caseNumber: p.number,
    cause: '劳动争议',
    applicants: applicants.map(person),
    respondents: respondents.map(org),
    applicationDate: eventDate(core.prepare, p.id, 'received', 'first') ?? accepted,
    acceptedDate: accepted,
    applicationServedOn: eventDate(core.prepare, p.id, 'applicationServed', 'last'),
    evidenceDeadline: null,
    claims: [],
    tribunal: { chief: presiding.name, members: h.arbitrators.filter((a) => a !== presiding).map((a) => a.name), clerk: h.clerk.name },
    hearing: { date: h.date, time: h.start, room: h.roomName, address: '本委' },
    facts: [],
    reasons: [],
    award: null,
    monthlyMinimumWageFen: null,
  };
  const side = party.side === 'applicant' ? applicants : respondents;
  return { case: c, recipient: { role: party.side, index: side.indexOf(party) }, caseFileId: p.caseFileId, shortNoticeAgreed: h.shortNoticeAgreement !== null };
}

/**
 * The notices the hearings still to be held between two days owe (or those of one sitting's cases): one per party of
 * each, those already issued left out (a batch run twice makes nothing twice), in the calendar's order.
 */
export function hearingNoticeRequests(call: CallContext, input: z.output<typeof hearingNoticeRequestsInput>): HearingNoticeRequests {
  const core = call.core;
  if (input.to < input.from) throw invalid({ to: '结束日期不能早于开始日期' });
  if (Date.parse(input.to) - Date.parse(input.from) > 31 * 86_400_000) throw invalid({ to: '一次最多制作31日内开庭的通知书' });
  const unitId = requireInstallation(core).unitId;
  const out: HearingNoticeRequests = { items: [], alreadyIssued: 0 };
  // A sitting of a 系列案's cases heard together: its notices, one per case and party, in one batch.
  const scheduled: HearingRow[] = hearingsBetween(core.prepare, unitId, input.from, input.to, null, false).filter((h) => h.status === 'scheduled' && (input.sittingId === null || h.sittingId === input.sittingId));
  for (const h of scheduled) {
    for (const party of paperParties(core.prepare, h.proceedingId)) {
      const request = noticeRequest(h.id, party.recipientId);
      if (issuedHearingNotice(core.prepare, request)) {
        out.alreadyIssued++;
        continue;
      }
      out.items.push({ request, caseNumber: h.caseNumber, recipient: party.name, date: h.date, start: h.start, roomName: h.roomName });
    }
  }
  return out;
}

/**
 * The 延期开庭通知书 a postponed hearing's sitting owes (调解仲裁法 Art. 35): every case of the sitting postponed with it
 * (or the one case, when it sat alone) whose new hearing has not been postponed since, one per party, those already
 * issued left out — a 系列案's sitting postponed as a whole makes its papers in one batch, as its 开庭通知书 were.
 */
export function postponementNoticeRequests(call: CallContext, hearingId: string): PostponementNoticeRequests {
  const core = call.core;
  const unitId = requireInstallation(core).unitId;
  const h = findHearing(core.prepare, hearingId);
  const p = h ? findProceeding(core.prepare, h.proceedingId) : null;
  if (!h || !p || p.unitId !== unitId) throw notFound('该开庭安排');
  if (h.status !== 'postponed') throw new ServiceError('STEP_BLOCKED', `${h.date} ${h.start} 的开庭没有延期，不能制作延期开庭通知书`);
  const out: PostponementNoticeRequests = { items: [], alreadyIssued: 0 };
  for (const old of h.sittingId ? hearingsOfSitting(core.prepare, h.sittingId).filter((x) => x.status === 'postponed') : [h]) {
    const nextId = replacementOf(core.prepare, old.id);
    const next = nextId ? findHearing(core.prepare, nextId) : null;
    if (!next || next.status === 'postponed') continue;
    for (const party of paperParties(core.prepare, old.proceedingId)) {
      const request = { kind: 'postponementNotice' as const, hearingId: old.id, recipientId: party.recipientId };
      if (issuedHearingPaper(core.prepare, 'postponementNotice', request)) {
        out.alreadyIssued++;
        continue;
      }
      out.items.push({ request, caseNumber: old.caseNumber, recipient: party.name, date: next.date, start: next.start, roomName: next.roomName });
    }
  }
  return out;
}

/**
 * The 仲裁庭组成通知书 of an arbitration as composed now (调解仲裁法 Arts. 31–32): refused before 组庭 or while a
 * granted recusal waits for the new composition, saying why. After a recusal the new composition is a new notice.
 */
export function tribunalNoticeData(call: CallContext, proceedingId: string): { data: TribunalNoticeData; caseFileId: string } {
  const core = call.core;
  const inst = requireInstallation(core);
  const p = findProceeding(core.prepare, proceedingId);
  if (!p || p.unitId !== inst.unitId) throw notFound('该程序');
  if (p.kind !== 'arbitration') throw new ServiceError('VALIDATION', '仲裁庭组成通知书是劳动人事争议仲裁案件的文书，该程序不是仲裁案件');
  const t = tribunalOf(core.prepare, p.id);
  if (!t || p.status === 'recusalGranted') throw new ServiceError('STEP_BLOCKED', p.status === 'recusalGranted' ? '已决定回避，请重新组成仲裁庭后再制作仲裁庭组成通知书' : '本案尚未组成仲裁庭，不能制作仲裁庭组成通知书；请先在办案步骤中完成“组成仲裁庭”');
  const accepted = eventDate(core.prepare, p.id, 'accepted', 'last');
  if (!accepted || !p.number) throw new ServiceError('STEP_BLOCKED', '本案尚未受理，不能制作仲裁庭组成通知书');
  const parties = paperParties(core.prepare, p.id);
  return {
    caseFileId: p.caseFileId,
    data: {
      committee: committeeName(getUnitSummary(core, inst.unitId).name),
      caseNumber: p.number,
      applicants: parties.filter((x) => x.side === 'applicant').map((x) => x.name),
      respondents: parties.filter((x) => x.side === 'respondent').map((x) => x.name),
      acceptedDate: accepted,
      composedOn: t.composedOn,
      form: t.form,
      arbitrators: t.arbitrators.map((a) => a.name),
      clerk: t.clerk.name,
      date: dateKeyOf(core.clock.now()),
    },
  };
}

/**
 * One party's 延期开庭通知书 of a postponed hearing (调解仲裁法 Arts. 35–36): who asked and why, or the tribunal's own
 * decision, and the hearing booked in its place. Refused, saying why, for a hearing not postponed, a replacement
 * itself postponed since (its own notice is owed), or a recipient who is not a party; a second paper for the same
 * postponement and party is refused unless regenerating.
 */
export function postponementNoticeData(call: CallContext, hearingId: string, recipientId: string, regenerating = false): { data: PostponementNoticeData; caseFileId: string } {
  const core = call.core;
  const inst = requireInstallation(core);
  const h = findHearing(core.prepare, hearingId);
  if (!h) throw notFound('该开庭安排');
  const p = findProceeding(core.prepare, h.proceedingId);
  if (!p || p.unitId !== inst.unitId) throw notFound('该开庭安排');
  if (h.status !== 'postponed' || !h.postponedBy || !h.postponeReason) throw new ServiceError('STEP_BLOCKED', `${h.date} ${h.start} 的开庭没有延期，不能制作延期开庭通知书；需要通知开庭的，请制作开庭通知书`);
  const nextId = replacementOf(core.prepare, h.id);
  const next = nextId ? findHearing(core.prepare, nextId) : null;
  if (!next) throw new ServiceError('STEP_BLOCKED', '未找到延期后重新安排的开庭，不能制作延期开庭通知书');
  if (next.status === 'postponed') throw new ServiceError('STEP_BLOCKED', `延期后安排的 ${next.date} ${next.start} 开庭也已延期，请为其后一次延期制作延期开庭通知书`);
  if (!p.number) throw new ServiceError('STEP_BLOCKED', '本案尚未编立案号（受理时编号），不能制作延期开庭通知书');
  const parties = paperParties(core.prepare, p.id);
  const party = parties.find((x) => x.recipientId === recipientId);
  if (!party) throw invalid({ recipientId: '受送达人不是本案的当事人' });
  if (!regenerating) {
    const issued = issuedHearingPaper(core.prepare, 'postponementNotice', { kind: 'postponementNotice', hearingId, recipientId });
    if (issued) throw new ServiceError('CONFLICT', `已为${party.name}制作了 ${h.date} 开庭延期的延期开庭通知书（${issued.number ?? '未编号'}）；内容有误的，请先作废该文书再重新制作`);
  }
  return {
    caseFileId: p.caseFileId,
    data: {
      committee: committeeName(getUnitSummary(core, inst.unitId).name),
      caseNumber: p.number,
      applicants: parties.filter((x) => x.side === 'applicant').map((x) => x.name),
      respondents: parties.filter((x) => x.side === 'respondent').map((x) => x.name),
      recipient: { role: party.side, name: party.name },
      original: { date: h.date, time: h.start },
      requestedBy: h.postponedBy,
      requestedOn: h.postponeRequestedOn,
      reason: h.postponeReason,
      next: { date: next.date, time: next.start, room: next.roomName, address: '本委' },
      date: dateKeyOf(core.clock.now()),
    },
  };
}
