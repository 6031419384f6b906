// A file's 调解协议 as the case page and the desk read it: each instalment against the counted payments linked to it
// (met, open, 逾期未履行), the joint 仲裁审查 window (办案规则 Art. 74, rule mediation.arbReview, from the stored
// deadlines), and with an instalment missed the way back: the file's other open proceedings — the inspection's
// 限期改正指令 and decisions, 移送公安 — with the steps each offers the caller now. A step that does not exist on the
// file is not offered.
import type { DeskMissedInstalment, FileInstalments } from '../../../shared/contract/mediation';
import { instalmentStanding } from '../../../shared/domain/mediation-agreement';
import { can } from '../../../shared/domain/permissions';
import { proceedingDefinition, proceedingStatusLabel } from '../../../shared/domain/proceedings';
import { dateKeyOf } from '../../../shared/domain/time';
import type { ProceedingKind } from '../../../shared/domain/vocabulary';
import { deadlinesOfProceeding } from '../desk/desk.data';
import { callerOf, fileOfUnit } from '../incidents/access';
import type { CallContext, Principal } from '../kernel/context';
import { actionsFor, viewBasis } from '../proceedings/engine';
import { findProceeding, viewOf } from '../proceedings/proceedings.data';
import { countedByInstalment } from './mediation-agreement.service';
import { agreementsOfFile, instalmentsDueBefore, instalmentsOfFile, linkedPaymentsOfFile, linkedPaymentsOfInstalments, proceedingsOfFile } from './mediation.data';

/** The kinds a missed instalment leads back to: an order or a decision (inspection), the police, arbitration. */
const WAY_BACK: readonly ProceedingKind[] = ['inspection', 'policeReferral', 'arbitration'];
/**
 * The way back from a missed instalment leads to an order, a decision, the police or arbitration — not to mediating
 * again, extending the investigation, revoking it or closing the file while the money is owed: those are left out.
 */
const NOT_A_WAY_BACK: readonly string[] = ['inspection.mediate', 'inspection.extendInvestigation', 'inspection.revoke', 'inspection.close'];

export function fileInstalments(call: CallContext, caseFileId: string): FileInstalments {
  const file = fileOfUnit(call, caseFileId);
  const prepare = call.core.prepare;
  const today = dateKeyOf(call.core.clock.now());
  const counted = countedByInstalment(linkedPaymentsOfFile(prepare, file.id));
  const instalments = instalmentsOfFile(prepare, file.id);
  const agreements = agreementsOfFile(prepare, file.id).map((a) => {
    const review = deadlinesOfProceeding(prepare, a.proceeding_id).find((d) => d.rule_id === 'mediation.arbReview');
    return {
      id: a.id,
      proceedingId: a.proceeding_id,
      signedOn: a.signed_on,
      totalFen: a.total_fen,
      outstandingFen: a.outstanding_fen,
      overOwedReason: a.over_owed_reason,
      note: a.note,
      review: review ? { startDate: review.start_date, dueDate: review.due_date, status: review.status, citation: review.citation } : null,
      instalments: instalments
        .filter((i) => i.agreement_id === a.id)
        .map((i) => ({
          id: i.id,
          seq: i.seq,
          personId: i.person_id,
          personName: i.person_name,
          dueOn: i.due_on,
          amountFen: i.amount_fen,
          payerName: i.payer_name,
          ...instalmentStanding({ dueOn: i.due_on, amountFen: i.amount_fen }, counted.get(i.id) ?? 0, today),
        })),
    };
  });
  const missedCount = agreements.reduce((s, a) => s + a.instalments.filter((i) => i.state === 'missed').length, 0);
  return { caseFileId: file.id, agreements, missedCount, wayBack: missedCount > 0 && file.status === 'open' ? wayBackOf(call, file.id, today) : [] };
}

function wayBackOf(call: CallContext, caseFileId: string, today: string): FileInstalments['wayBack'] {
  const core = call.core;
  const principal = callerOf(call);
  const basis = viewBasis(core);
  return proceedingsOfFile(core.prepare, caseFileId)
    .filter((r) => (WAY_BACK as readonly string[]).includes(r.kind) && !proceedingDefinition(r.kind as ProceedingKind).closed.includes(r.status))
    .map((r) => {
      const p = findProceeding(core.prepare, r.id)!;
      return {
        proceedingId: p.id,
        kind: p.kind,
        statusLabel: proceedingStatusLabel(p.kind, p.status),
        actions: actionsFor(core, principal, p, viewOf(core.prepare, p, today, basis))
          .filter((a) => !NOT_A_WAY_BACK.includes(`${p.kind}.${a.action}`))
          .map((a) => ({ action: a.action, label: a.label, blockedBy: a.blockedBy })),
      };
    });
}

const DESK_LIST = 20;

/** Missed instalments for a desk: the unit's for a leader, else those of the files the person leads or works on. */
export function deskMissedInstalments(call: CallContext, principal: Principal, unitId: string, today: string): { count: number; items: DeskMissedInstalment[] } {
  const prepare = call.core.prepare;
  const scope = can(principal.roles, 'proceeding.approve') ? 'unit' : 'mine';
  const due = instalmentsDueBefore(prepare, { unitId, today, me: principal.staffId, scope });
  const counted = countedByInstalment(linkedPaymentsOfInstalments(prepare, due.map((i) => i.id)));
  const missed: DeskMissedInstalment[] = [];
  for (const i of due) {
    const s = instalmentStanding({ dueOn: i.due_on, amountFen: i.amount_fen }, counted.get(i.id) ?? 0, today);
    if (s.state !== 'missed') continue;
    missed.push({
      instalmentId: i.id,
      caseFileId: i.case_file_id,
      caseTitle: i.case_title,
      seq: i.seq,
      personName: i.person_name,
      payerName: i.payer_name,
      dueOn: i.due_on,
      amountFen: i.amount_fen,
      leftFen: s.leftFen,
      overdueDays: s.overdueDays,
    });
  }
  return { count: missed.length, items: missed.slice(0, DESK_LIST) };
}
