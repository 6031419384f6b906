// Who is still owed under a 调解协议 when an instalment is missed, and how much: a worker's own instalments count in full
// (what is left of each), the group's remainder is shared as the workers' outstanding amounts say and never beyond what
// the agreement promised; the 支付令 path (调解仲裁法 Art. 16) is open to a worker an unpaid missed instalment is owed to.
import { describe, expect, it } from 'vitest';
import { agreementFacts, owedUnderAgreement, wageClaimBasis } from '../../shared/domain/mediation-arbitration';

describe('owedUnderAgreement', () => {
  it('counts a worker’s own instalments in full and shares the group’s remainder by what each is still owed beyond them', () => {
    const r = owedUnderAgreement(
      [
        { seq: 1, personId: 'a', leftFen: 500_000, missed: true },
        { seq: 2, personId: null, leftFen: 1_790_050, missed: false },
      ],
      [
        { personId: 'a', outstandingFen: 980_000 },
        { personId: 'b', outstandingFen: 860_050 },
        { personId: 'c', outstandingFen: 450_000 },
      ],
    );
    expect(r).toEqual({
      perWorker: [
        { personId: 'a', owedFen: 980_000, paymentOrderOpen: true },
        { personId: 'b', owedFen: 860_050, paymentOrderOpen: false },
        { personId: 'c', owedFen: 450_000, paymentOrderOpen: false },
      ],
      unattributedFen: 0,
    });
  });

  it('shrinks the shares in proportion (whole fen, largest remainders first) when the group was promised less than owed', () => {
    const r = owedUnderAgreement([{ seq: 1, personId: null, leftFen: 100_000, missed: true }], [
      { personId: 'a', outstandingFen: 100_000 },
      { personId: 'b', outstandingFen: 100_000 },
      { personId: 'c', outstandingFen: 100_000 },
    ]);
    expect(r.perWorker.map((w) => w.owedFen)).toEqual([33_334, 33_333, 33_333]);
    expect(r.perWorker.reduce((s, w) => s + w.owedFen, 0)).toBe(100_000);
    expect(r.perWorker.every((w) => w.paymentOrderOpen)).toBe(true);
  });

  it('leaves out the workers owed nothing, and reports group money no outstanding amount carries', () => {
    const r = owedUnderAgreement(
      [
        { seq: 1, personId: 'a', leftFen: 0, missed: false },
        { seq: 2, personId: null, leftFen: 50_000, missed: true },
      ],
      [
        { personId: 'a', outstandingFen: 0 },
        { personId: 'b', outstandingFen: 20_000 },
        { personId: 'c', outstandingFen: null },
      ],
    );
    expect(r).toEqual({ perWorker: [{ personId: 'b', owedFen: 20_000, paymentOrderOpen: true }], unattributedFen: 30_000 });
    expect(owedUnderAgreement([{ seq: 1, personId: 'a', leftFen: 0, missed: false }], [{ personId: 'a', outstandingFen: 5 }]).perWorker).toEqual([]);
  });
});

describe('wageClaimBasis', () => {
  it('cites the agreement with its number and date, and Art. 16 only where the 支付令 path is open', () => {
    expect(wageClaimBasis({ number: '日人社调〔2026〕3号', signedOn: '2026-11-25' }, [1, 2], true)).toBe(
      '调解协议书（日人社调〔2026〕3号，2026-11-25达成）第1、2期逾期未履行；该协议亦可依《劳动争议调解仲裁法》第十六条申请支付令',
    );
    expect(wageClaimBasis({ number: null, signedOn: '2026-11-25' }, [1], false)).toBe('调解协议书（2026-11-25达成）第1期逾期未履行');
  });
});

describe('agreementFacts', () => {
  it('states the agreement once, its plan, the missed instalments and what is still owed on the day', () => {
    expect(agreementFacts({ number: null, signedOn: '2026-11-25', totalFen: 2_690_050, instalmentCount: 2 }, [1], '2026-12-01', 2_290_050)).toBe(
      '2026-11-25，申请人与被申请人在劳动保障监察联合调解中达成调解协议，约定拖欠的工资分2期支付，合计¥26,900.50。被申请人未按约定履行第1期付款义务，截至2026-12-01，申请人尚欠工资合计¥22,900.50。申请人请求仲裁委员会依法裁决。',
    );
  });
});
