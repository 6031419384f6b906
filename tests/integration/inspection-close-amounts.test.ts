// 结案 “全额支付” only when every worker has the money (the stored payments: what counts as paid, 条例 Arts. 11, 31),
// naming who is still owed; the closing line records what was paid, by payer, as the payments hold it.
import { describe, expect, it } from 'vitest';
import { testCore } from '../helpers/core';
import { approve, overdueOrder, step } from '../helpers/listing';

describe('结案 amounts from the stored payments', () => {
  it('refuses 全额支付 while 扎西 is owed, naming him and the amount; closes once the 总包 has paid, recording it by payer', async () => {
    const t = await testCore();
    const f = await overdueOrder(t);
    const close = { date: '2026-12-03', method: 'paidInFull', recoveredFen: 800_000, workersPaid: 1, summary: '工资已全部支付' };
    const pay = (amountFen: number) =>
      f.suolang.call('payments.record', { caseFileId: f.caseFileId, kind: 'worker', personId: f.zhaxi, payerKind: 'generalContractor', payerName: '中建某局西藏分公司', method: 'cash', receiptMark: 'signed', receiptSigner: '扎西', paidOn: '2026-12-03', amountFen });

    expect(await step(f.suolang, f.caseFileId, 'inspection', 'close', close)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { method: '按已登记的支付，尚有劳动者未足额获得支付（扎西尚欠¥8,000.00），不能以“全额支付”结案' } },
    });
    await pay(500_000);
    expect(await step(f.suolang, f.caseFileId, 'inspection', 'close', close)).toMatchObject({ ok: false, error: { fields: { method: '按已登记的支付，尚有劳动者未足额获得支付（扎西尚欠¥3,000.00），不能以“全额支付”结案' } } });
    await pay(300_000);
    expect(await step(f.suolang, f.caseFileId, 'inspection', 'close', close)).toMatchObject({ ok: true, value: { approvalRequested: true } });
    await approve(f.leader, f.caseFileId, 'inspection', '2026-12-03');
    const db = t.core.services!.db;
    const line = db.prepare("SELECT summary FROM case_events WHERE case_file_id = ? AND kind = 'proceeding.step' ORDER BY seq DESC LIMIT 1").get(f.caseFileId) as { summary: string };
    expect(line.summary).toBe('2026-12-03 结案（全额支付）：追发工资¥8,000.00，1名劳动者获得支付（按登记的支付：总包先行清偿¥8,000.00）；工资已全部支付');
  });
});
