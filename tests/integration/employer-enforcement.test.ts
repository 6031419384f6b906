// The repeat offender's page through the core: for each file, the order to pay as issued and served, paid or not by
// the stored payments, the listing on the 失信联合惩戒名单 with its term, and what the workers got and are owed — and
// the page's totals of them.
import { describe, expect, it } from 'vitest';
import { testCore } from '../helpers/core';
import { LISTED_EMPLOYER, listedEmployer } from '../helpers/listing';

describe('the employer page shows what was done and paid', () => {
  it('an order served and partly paid, a listing in force: each on the file’s line and in the totals', async () => {
    const t = await testCore();
    const f = await listedEmployer(t);
    await f.suolang.call('payments.record', { caseFileId: f.caseFileId, kind: 'worker', personId: f.zhaxi, payerKind: 'employer', payerName: LISTED_EMPLOYER, method: 'transfer', bankReference: 'TX20261203001', paidOn: '2026-12-03', amountFen: 300_000 });
    // Handed to a 包工头 without 扎西's own receipt it would not count: only his own transfer does (条例 Arts. 11, 31).
    const view = await f.leader.call('employers.get', { type: 'party', id: f.employerId });
    const file = view.files.find((x) => x.id === f.caseFileId)!;
    expect(file.enforcement).toEqual({
      orders: [{ issuedOn: '2026-11-25', deadline: '2026-12-02', amountFen: 800_000, workers: 1, servedOn: '2026-11-25', paid: 'partial' }],
      decisions: [],
      referrals: [],
      listings: [{ proceedingId: expect.any(String), status: '已列入', listedOn: '2026-12-03', until: '2029-12-03', removedOn: null }],
      paidFen: 300_000,
      outstandingFen: 500_000,
    });
    expect(view.totals).toMatchObject({ paidFen: 300_000, outstandingFen: 500_000, orders: 1, ordersUnpaid: 1, decisions: 0, finesFen: 0, referrals: 0, listings: 1, listedNow: 1 });

    await f.suolang.call('payments.record', { caseFileId: f.caseFileId, kind: 'worker', personId: f.zhaxi, payerKind: 'employer', payerName: LISTED_EMPLOYER, method: 'cash', receiptMark: 'thumbprint', receiptSigner: '扎西', paidOn: '2026-12-03', amountFen: 500_000 });
    const after = await f.leader.call('employers.get', { type: 'party', id: f.employerId });
    expect(after.files[0]!.enforcement).toMatchObject({ orders: [{ paid: 'paid' }], paidFen: 800_000, outstandingFen: 0 });
    expect(after.totals).toMatchObject({ ordersUnpaid: 0, outstandingFen: 0 });
  });
});
