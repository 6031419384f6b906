// The demo's case files carried forward through the proceedings engine itself, as the bureau would have handled
// them: each file led by a leader with two certified inspectors (or the arbitrator and the clerk) on its team, each
// step taken within its statutory limit on a working day after receipt — a demo must never show a date the engine
// would call unlawful. Files closed on fixed 2025–2026 dates keep met, non-provisional deadlines on any day.
import { shiftWorkingDays } from '../../../shared/domain/calendar';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import type { ProceedingKind } from '../../../shared/domain/vocabulary';
import type { CallContext } from '../kernel/context';
import { loadCalendar } from '../deadlines/calendar.service';
import { act, decide } from '../proceedings/engine';
import { findProceeding, pendingApproval } from '../proceedings/proceedings.data';
import { addTeamMember } from '../team/team.service';
import { acceptRouting } from '../routing/routing-decisions';
import { awaitingRoutingOf } from '../routing/routing.data';

/** Files received before this day are the demo's closed files of fixed past dates. */
export const FIXED_BEFORE = '2026-06-01';

interface DemoFile {
  caseFileId: string;
  proceedingId: string;
  kind: ProceedingKind;
  receivedDate: string;
}

export interface DemoCrew {
  leader: string;
  inspectors: [string, string];
  arbitrator: string;
  clerk: string;
}

/**
 * A call made by a demo person at an instant — never later than the demo is being made: a step the story puts at
 * 10:00 today, seeded at 08:50, is recorded at 08:50 (a record, and its line on the audit trail, never from the future).
 */
export function actingAt(call: CallContext, staffId: string, at: number): CallContext {
  const now = Math.min(at, call.core.clock.now());
  return { ...call, principal: null, session: { ...call.session, staffId }, core: { ...call.core, clock: { now: () => now } } };
}

/** A call made by a demo person at 10:00 on a given day. */
function as(call: CallContext, staffId: string, day: string): CallContext {
  return actingAt(call, staffId, instantOf(day, '10:00'));
}

function step(call: CallContext, staffId: string, day: string, proceedingId: string, action: string, input: Record<string, unknown>): void {
  const c = as(call, staffId, day);
  const p = findProceeding(c.core.prepare, proceedingId)!;
  act(c, { proceedingId, action, input, expectedRowVersion: p.rowVersion });
  const pending = pendingApproval(c.core.prepare, proceedingId);
  if (pending) decide(as(call, findProceeding(c.core.prepare, proceedingId)!.leaderStaffId!, day), { approvalId: pending.id, decision: 'approve', opinion: '同意', date: day, expectedRowVersion: pending.rowVersion });
}

function staffTeam(call: CallContext, f: DemoFile, crew: DemoCrew): void {
  // A file the desk registered with its 包案领导 keeps that leader; the others are taken by the demo's leader.
  const leader = findProceeding(call.core.prepare, f.proceedingId)!.leaderStaffId;
  const c = as(call, leader ?? crew.leader, f.receivedDate);
  const base = { caseFileId: f.caseFileId, name: null, organisation: null, phone: null, employment: 'fullTime' as const };
  if (!leader) addTeamMember(c, { ...base, role: 'leader', staffId: crew.leader, reason: '局领导包案' });
  const handlers = f.kind === 'arbitration' ? [crew.arbitrator, crew.clerk] : crew.inspectors;
  for (const h of handlers) addTeamMember(c, { ...base, role: f.kind === 'arbitration' && h === crew.clerk ? 'participant' : 'handler', staffId: h, reason: '指定为承办人' });
}

/** 签收 by the department the desk routed the file to (归口办理), before any step. */
function takeIn(call: CallContext, staffId: string, day: string, proceedingId: string): void {
  const r = awaitingRoutingOf(call.core.prepare, proceedingId);
  if (r) acceptRouting(as(call, staffId, day), { routingId: r.id, rowVersion: r.row_version });
}

/**
 * Carries each demo file as far as the days since its receipt allow, each step on time: inspections accepted the
 * next working day and filed (on the leader's approval) the day after; one in seven not accepted; arbitrations
 * accepted within the 5 days, or asked once for 补正 and accepted after it.
 */
export function carryDemoFiles(call: CallContext, files: DemoFile[], crew: DemoCrew): void {
  const cal = loadCalendar(call.core);
  const today = dateKeyOf(call.core.clock.now());
  files.forEach((f, k) => {
    staffTeam(call, f, crew);
    const day = (n: number) => shiftWorkingDays(cal, f.receivedDate, n);
    const reached = (n: number) => day(n) <= today;
    const handler = f.kind === 'arbitration' ? crew.arbitrator : crew.inspectors[0];
    // The newest files (fewer than 3 working days old) still wait in their department's inbox, their 受理 clock running
    // from receipt and not yet due; the others were taken (签收) the working day after receipt.
    if (f.receivedDate >= FIXED_BEFORE && !reached(3)) return;
    takeIn(call, handler, day(1), f.proceedingId);
    // Files of past years, closed on their fixed dates: not accepted after the missing items did not all arrive.
    if (f.receivedDate < FIXED_BEFORE) {
      if (f.kind === 'arbitration') {
        step(call, handler, day(1), f.proceedingId, 'requestSupplement', { date: day(1), items: ['与被申请人存在劳动关系的证明材料'] });
        step(call, handler, day(4), f.proceedingId, 'supplement', { date: day(4), note: '补交工友证言一份' });
        return step(call, handler, day(5), f.proceedingId, 'reject', { date: day(5), reason: '申请人与被申请人之间不存在劳动关系，属于承揽合同纠纷，告知向人民法院起诉' });
      }
      return step(call, handler, day(2), f.proceedingId, 'reject', { date: day(2), reason: '违法行为已超过两年未被发现，依法不再查处（《劳动保障监察条例》第二十条）', referTo: null });
    }
    if (f.kind === 'inspection') {
      if (k % 7 === 6 && reached(1)) return step(call, handler, day(1), f.proceedingId, 'reject', { date: day(1), reason: '所反映事项已向劳动人事争议仲裁委员会申请仲裁，告知继续通过仲裁解决', referTo: '劳动人事争议仲裁委员会' });
      if (reached(1)) step(call, handler, day(1), f.proceedingId, 'accept', { date: day(1), note: null });
      // 立案 within the 5 working days of receipt (若干规定 Art. 18): a file only waits for it while that time runs.
      const fileOn = k % 3 === 2 ? 4 : 2;
      if (reached(fileOn) && (k % 3 !== 2 || reached(5))) step(call, handler, day(fileOn), f.proceedingId, 'file', { date: day(fileOn), opinion: '事实基本清楚，建议立案调查' });
    } else if (f.kind === 'arbitration') {
      if (k % 2 === 0) {
        if (reached(2)) step(call, handler, day(2), f.proceedingId, 'accept', { date: day(2) });
      } else if (reached(1)) {
        step(call, handler, day(1), f.proceedingId, 'requestSupplement', { date: day(1), items: ['劳动关系证明材料（工资条、考勤记录或工友证言）', '被申请人的注册登记信息'] });
        if (reached(4)) step(call, handler, day(4), f.proceedingId, 'supplement', { date: day(4), note: '补交考勤记录复印件' });
        if (reached(6)) step(call, handler, day(6), f.proceedingId, 'accept', { date: day(6) });
      }
    } else if (f.kind === 'jointMediation' && reached(1)) {
      step(call, crew.inspectors[0], day(1), f.proceedingId, 'accept', { date: day(1) });
    }
  });
}

/** The demo's files and their first proceedings, oldest first. */
export function demoFiles(call: CallContext): DemoFile[] {
  return call.core
    .prepare(
      `SELECT c.id AS caseFileId, p.id AS proceedingId, p.kind, i.received_date AS receivedDate
       FROM case_files c JOIN proceedings p ON p.case_file_id = c.id JOIN intakes i ON i.id = c.source_intake_id ORDER BY i.received_at, c.id`,
    )
    .all() as DemoFile[];
}
