// The demo's payments: on the oldest open inspection file with a worker whose amount owed is known, the employer paid
// that worker half in cash against their signed receipt ten days after the complaint — through the payments service
// itself, recorded that afternoon by the inspector on the file, so the 支付情况 panel shows a partial payment and what
// is still owed. Lawful by construction: after the complaint, never after today, on an open file, by its team.
import { addDays } from '../../../shared/domain/calendar';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import { workerClaimsOfFile } from '../evidence/evidence.data';
import type { CallContext } from '../kernel/context';
import { recordPayment } from '../payments/payments.service';

export function addDemoPayment(call: CallContext, inspector: string): number {
  const today = dateKeyOf(call.core.clock.now());
  const files = call.core
    .prepare(
      `SELECT c.id AS caseFileId, i.received_date AS receivedDate,
              (SELECT pa.name FROM intake_parties ip JOIN parties pa ON pa.id = ip.party_id WHERE ip.intake_id = i.id ORDER BY ip.role = 'employer' DESC, ip.rowid LIMIT 1) AS employer
       FROM case_files c JOIN intakes i ON i.id = c.source_intake_id JOIN proceedings p ON p.case_file_id = c.id
       WHERE c.status = 'open' AND p.kind = 'inspection' AND i.kind = 'complaint'
         AND EXISTS (SELECT 1 FROM case_team t WHERE t.case_file_id = c.id AND t.staff_id = ? AND t.removed_at IS NULL)
       ORDER BY i.received_at, c.id`,
    )
    .all(inspector) as { caseFileId: string; receivedDate: string; employer: string | null }[];
  for (const f of files) {
    const paidOn = addDays(f.receivedDate, 10);
    const worker = workerClaimsOfFile(call.core.prepare, f.caseFileId).find((w) => w.amount_claimed_fen !== null && w.amount_claimed_fen >= 200);
    if (!worker || !f.employer || paidOn >= today) continue;
    const at = instantOf(paidOn, '15:00');
    const c: CallContext = { ...call, principal: null, session: { ...call.session, staffId: inspector }, core: { ...call.core, clock: { now: () => at } } };
    recordPayment(c, {
      caseFileId: f.caseFileId,
      kind: 'worker',
      personId: worker.person_id,
      batchId: null,
      holdingId: null,
      instalmentId: null,
      payerKind: 'employer',
      payerName: f.employer,
      method: 'cash',
      bankReference: null,
      receiptMark: 'signed',
      receiptSigner: worker.name,
      intermediaryName: null,
      intermediaryRole: null,
      paidOn,
      amountFen: Math.floor(worker.amount_claimed_fen! / 2),
      allocations: [],
      approvedBy: null,
      approvedOn: null,
      note: '演示数据：用人单位在监察员见证下当场支付一半工资，劳动者本人在收条上签名',
      scans: [],
    });
    return 1;
  }
  return 0;
}
