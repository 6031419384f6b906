// Booking, postponing and recording hearings — one case, or a sitting (庭次) of several cases of one 系列案 heard
// together (issue #13: "a booking names … the cases heard (several for a 系列案)"). A sitting is one per-case hearing
// row per case, booked in one transaction with a shared sitting id: the same room, day, time, tribunal and clerk, so
// every per-case rule, paper and outcome keeps working. Each case is checked on its own (who acts, its tribunal
// composed and the same as the others', its notice servable and its defence period over), a refusal naming the case;
// the room's seats are counted over every party of every case; the sitting clashes with others, never with itself.
// A postponement or an outcome goes to one case or to every case of the sitting at once. Each change writes its
// hearing rows, timeline lines and audit row together, or nothing.
import type { z } from 'zod';
import type { hearingHeldInput, hearingPostponeInput, HearingRecord, hearingScheduleInput } from '../../../shared/contract/hearings';
import { postponeRequestProblem } from '../../../shared/domain/hearings';
import { TRIBUNAL_FORM } from '../../../shared/domain/proceedings/arbitration';
import { dateKeyOf } from '../../../shared/domain/time';
import type { CoreServices, CallContext } from '../kernel/context';
import { conflict, invalid, notFound, ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { tx, writeContext, type TxWriter } from '../kernel/tx';
import { storeProceedingDeadlines } from '../deadlines/stored-deadlines';
import { deadlineBasis } from '../proceedings/engine';
import { findProceeding, type ProceedingRow } from '../proceedings/proceedings.data';
import { seriesOf } from '../arbitration/arbitration-groups.data';
import { findHearing, hearingsOfSitting, markHeld, markPostponed, partyNames, type HearingRow, type TribunalRow } from './hearings.data';
import { book, callerOf, checkSlot, proceedingFor, rulesContext, sameTribunal, toRecord, type Sitting, type Slot } from './hearings.service';

/** '日喀则市劳人仲案字〔2026〕第2号（申请人扎西）': how a refusal names a case of a sitting. */
function caseLabel(core: CoreServices, p: ProceedingRow): string {
  const applicants = partyNames(core.prepare, p.id).applicants;
  return `${p.number ?? `“${p.caseTitle}”`}（申请人${applicants.join('、') || '未登记'}）`;
}

/**
 * Runs a per-case check; in a sitting of several cases its refusal names the case. A room or a clash is the sitting's
 * (the same for every case) and is left as it is; the date's rules (notice, defence) and the case's own state are the case's.
 */
function asCase<T>(core: CoreServices, p: ProceedingRow, joint: boolean, check: () => T): T {
  if (!joint) return check();
  try {
    return check();
  } catch (e) {
    if (!(e instanceof ServiceError)) throw e;
    const label = caseLabel(core, p);
    if (e.code !== 'VALIDATION') throw new ServiceError(e.code, `${label}：${e.message}`, e.fields);
    if (!e.fields?.date) throw e;
    throw invalid({ ...e.fields, date: `${label}：${e.fields.date}` });
  }
}

/** The cases a booking names: this one first, then the others of its 系列案 (each once), refused unless all are. */
function sittingCases(core: CoreServices, proceedingId: string, others: readonly string[]): string[] {
  const ids = [proceedingId, ...others.filter((id, i) => id !== proceedingId && others.indexOf(id) === i)];
  if (ids.length === 1) return ids;
  const series = seriesOf(core.prepare, proceedingId);
  if (!series) throw invalid({ jointProceedingIds: '本案不是系列案，不能与其他案件合并开庭；请单独安排开庭' });
  const stranger = ids.find((id) => !series.cases.some((c) => c.proceedingId === id));
  if (stranger) throw invalid({ jointProceedingIds: `所选案件不属于本系列案（${series.label}），不能合并开庭` });
  // In 案号 order, as the series lists them.
  return series.cases.map((c) => c.proceedingId).filter((id) => ids.includes(id));
}

interface Seated {
  p: ProceedingRow;
  tribunal: TribunalRow;
}

function rowOf(core: CoreServices, id: string): ProceedingRow {
  const p = findProceeding(core.prepare, id);
  if (!p || p.kind !== 'arbitration') throw notFound('该仲裁案件');
  return p;
}

/** Every case of a sitting may be heard now (each refusal naming its case) by the same tribunal and clerk. */
function seatCases(core: CoreServices, call: CallContext, ids: readonly string[]): Seated[] {
  const principal = callerOf(call);
  const joint = ids.length > 1;
  const cases = ids.map((id) => asCase(core, rowOf(core, id), joint, () => proceedingFor(core, principal, id)));
  const first = cases[0]!;
  for (const c of cases.slice(1)) {
    if (!sameTribunal(first.tribunal, c.tribunal)) {
      throw new ServiceError('STEP_BLOCKED', `${caseLabel(core, c.p)}的仲裁庭组成与${caseLabel(core, first.p)}不同，不能合并开庭；合并审理的案件应由同一仲裁庭、同一书记员审理，请变更其组成或单独安排开庭`);
    }
  }
  return cases;
}

/** Each case's slot checked (its notice and defence rules are its own); returns the first case's review. */
function checkAll(core: CoreServices, cases: readonly Seated[], slots: (c: Seated, k: number) => Slot, today: string, sitting: Sitting): ReturnType<typeof checkSlot>['review'] {
  const reviews = cases.map((c, k) => asCase(core, c.p, cases.length > 1, () => checkSlot(core, c.p, c.tribunal, slots(c, k), today, sitting)).review);
  return reviews[0]!;
}

function finish(w: TxWriter, core: CoreServices, p: ProceedingRow): void {
  storeProceedingDeadlines(core.prepare, w.now, p, deadlineBasis(core));
  w.changed('caseFile', p.caseFileId);
}

/** On a 系列案's file the timeline holds every case's lines: each names its case. */
function casePrefix(core: CoreServices, p: ProceedingRow): string {
  return p.number && seriesOf(core.prepare, p.id) ? `${p.number}：` : '';
}

const withOthers = (n: number) => (n > 1 ? `（与本系列案其他${n - 1}件案件合并开庭）` : '');

export function scheduleHearing(call: CallContext, input: z.output<typeof hearingScheduleInput>): HearingRecord {
  const core = call.core;
  callerOf(call);
  return tx(writeContext(call), (w) => {
    const today = dateKeyOf(w.now);
    // Who may act and whether each case is ready are each case's own: a refusal names it.
    const cases = seatCases(core, call, sittingCases(core, input.proceedingId, input.jointProceedingIds));
    const slot = { ...input, hearingId: null };
    const sitting: Sitting = { proceedingIds: cases.map((c) => c.p.id), except: [] };
    const review = checkAll(core, cases, () => slot, today, sitting);
    const sittingId = cases.length > 1 ? newId(w.now) : null;
    const ids = cases.map((c) => book(w, core, c.p, c.tribunal, slot, null, sittingId));
    const agreed = input.shortNoticeAgreement ? `；当事人同意缩短通知期限：${input.shortNoticeAgreement}` : '';
    cases.forEach((c, k) => {
      const h = findHearing(core.prepare, ids[k]!)!;
      w.caseEvent({
        caseFileId: c.p.caseFileId,
        proceedingId: c.p.id,
        kind: 'hearing.scheduled',
        summary: `${casePrefix(core, c.p)}安排于 ${h.date} ${h.start}—${h.end} 在${h.roomName}开庭（${TRIBUNAL_FORM[c.tribunal.form]}）${withOthers(cases.length)}，开庭通知书最迟应于 ${review.noticeBy} 送达${agreed}`,
        data: { hearingId: h.id, sittingId },
      });
      finish(w, core, c.p);
    });
    w.audit({ action: 'hearingScheduled', entity: 'hearing', entityId: ids[0]!, change: { ...input, sittingId, hearingIds: ids } });
    return toRecord(core, findHearing(core.prepare, ids[0]!)!);
  });
}

const WHO_ASKED = { applicant: '申请人', respondent: '被申请人', tribunal: '仲裁庭' } as const;

/** The hearings an act on this one reaches: its sitting's still scheduled (this one first), or itself alone. */
function reached(core: CoreServices, h: HearingRow, wholeSitting: boolean): HearingRow[] {
  if (!wholeSitting || !h.sittingId) return [h];
  return [h, ...hearingsOfSitting(core.prepare, h.sittingId).filter((x) => x.id !== h.id && x.status === 'scheduled')];
}

export function postponeHearing(call: CallContext, input: z.output<typeof hearingPostponeInput>): HearingRecord {
  const core = call.core;
  callerOf(call);
  return tx(writeContext(call), (w) => {
    const today = dateKeyOf(w.now);
    const old = findHearing(core.prepare, input.hearingId);
    if (!old) throw notFound('该开庭安排');
    seatCases(core, call, [old.proceedingId]);
    if (old.status !== 'scheduled') throw new ServiceError('STEP_BLOCKED', old.status === 'held' ? '该次开庭已经举行，不能延期' : '该次开庭已经延期，请对新的开庭安排办理');
    if (old.rowVersion !== input.expectedRowVersion) throw conflict('该开庭安排');
    const olds = reached(core, old, input.wholeSitting);
    const joint = olds.length > 1;
    const cases = seatCases(core, call, olds.map((x) => x.proceedingId));
    if (input.requestedBy !== 'tribunal') {
      if (input.requestedOn === null) throw invalid({ requestedOn: '当事人申请延期的，请填写申请日期' });
      if (input.requestedOn > today) throw invalid({ requestedOn: `申请日期不能晚于今天（${today}）` });
      const late = postponeRequestProblem(old.date, input.requestedOn, rulesContext(core, today));
      if (late) throw invalid({ requestedOn: late });
    }
    const sitting: Sitting = { proceedingIds: cases.map((c) => c.p.id), except: olds.map((x) => x.id) };
    checkAll(core, cases, (c, k) => ({ ...input, proceedingId: c.p.id, hearingId: olds[k]!.id }), today, sitting);
    const sittingId = joint ? newId(w.now) : null;
    const asked = input.requestedBy === 'tribunal' ? '仲裁庭决定' : `${WHO_ASKED[input.requestedBy]}于 ${input.requestedOn} 申请`;
    const ids = cases.map((c, k) => {
      const o = olds[k]!;
      const version = k === 0 ? input.expectedRowVersion : o.rowVersion;
      if (!markPostponed(core.prepare, o.id, version, { by: input.requestedBy, requestedOn: input.requestedBy === 'tribunal' ? null : input.requestedOn, reason: input.reason })) throw conflict('该开庭安排');
      const id = book(w, core, c.p, c.tribunal, { ...input, proceedingId: c.p.id, hearingId: o.id }, o.id, sittingId);
      const h = findHearing(core.prepare, id)!;
      const apart = !joint && old.sittingId ? '（本案单独延期，本系列其他案件仍按原定时间开庭）' : withOthers(cases.length);
      w.caseEvent({
        caseFileId: c.p.caseFileId,
        proceedingId: c.p.id,
        kind: 'hearing.postponed',
        summary: `${casePrefix(core, c.p)}延期开庭（${asked}，理由：${input.reason}）：原定 ${o.date} ${o.start}，改于 ${h.date} ${h.start}—${h.end} 在${h.roomName}开庭${apart}`,
        data: { hearingId: id, replaces: o.id, sittingId },
      });
      finish(w, core, c.p);
      return id;
    });
    w.audit({ action: 'hearingPostponed', entity: 'hearing', entityId: old.id, change: { ...input, newHearingId: ids[0], postponed: olds.map((x) => x.id), sittingId } });
    return toRecord(core, findHearing(core.prepare, ids[0]!)!);
  });
}

export function recordHeld(call: CallContext, input: z.output<typeof hearingHeldInput>): HearingRecord {
  const core = call.core;
  callerOf(call);
  return tx(writeContext(call), (w) => {
    const today = dateKeyOf(w.now);
    const h = findHearing(core.prepare, input.hearingId);
    if (!h) throw notFound('该开庭安排');
    seatCases(core, call, [h.proceedingId]);
    if (h.status !== 'scheduled') throw new ServiceError('STEP_BLOCKED', h.status === 'held' ? '该次开庭的情况已经登记' : '该次开庭已经延期，不能登记开庭情况');
    if (h.date > today) throw new ServiceError('STEP_BLOCKED', `该次开庭定于 ${h.date}，开庭之后才能登记开庭情况`);
    const bothCame = input.applicantAppeared && input.respondentAppeared;
    if (bothCame && input.absentWithoutCause) throw invalid({ absentWithoutCause: '双方均已到庭，不存在无正当理由拒不到庭' });
    const all = reached(core, h, input.wholeSitting);
    const appeared = (x: boolean) => (x ? '到庭' : '未到庭');
    const cases = seatCases(core, call, all.map((x) => x.proceedingId));
    for (const [k, x] of all.entries()) {
      const p = cases[k]!.p;
      if (!markHeld(core.prepare, x.id, k === 0 ? input.expectedRowVersion : x.rowVersion, { ...input, note: input.note })) throw conflict('该开庭安排');
      const record = toRecord(core, findHearing(core.prepare, x.id)!);
      w.caseEvent({
        caseFileId: p.caseFileId,
        proceedingId: p.id,
        kind: 'hearing.held',
        summary: `${casePrefix(core, p)}${x.date} 开庭${withOthers(all.length)}：申请人${appeared(input.applicantAppeared)}，被申请人${appeared(input.respondentAppeared)}${!bothCame ? (input.absentWithoutCause ? '（经书面通知，无正当理由）' : '（有正当理由）') : ''}${record.nextStep ? `。${record.nextStep}` : ''}`,
        data: { hearingId: x.id, sittingId: x.sittingId },
      });
      w.changed('caseFile', p.caseFileId);
    }
    w.audit({ action: 'hearingHeld', entity: 'hearing', entityId: h.id, change: { ...input, hearingIds: all.map((x) => x.id) } });
    return toRecord(core, findHearing(core.prepare, h.id)!);
  });
}
