import { describe, expect, it } from 'vitest';
import { blockedBy, type ActionEvent, type ProceedingView } from '../../shared/domain/proceedings/definition';
import { blacklisting } from '../../shared/domain/proceedings/blacklisting';
import { policeReferral } from '../../shared/domain/proceedings/police-referral';

const view = (kind: ProceedingView['kind'], status: string, today: string, events: ActionEvent[]): ProceedingView => ({
  kind, status, number: null, today, events, caseFile: { collective: false, urgent: false, leaderStaffId: null }, team: [], pendingApproval: null, awaitingReceipt: null,
});

describe('blacklisting steps', () => {
  const noticed = (today: string, extra: ActionEvent[] = []) => view('blacklisting', 'noticed', today, [{ kind: 'received', date: '2025-06-02' }, { kind: 'listingNoticed', date: '2025-06-09' }, ...extra]);

  it('refuses the listing until 陈述申辩 is made or its period (5 working days, to 2025-06-16) is over', () => {
    expect(blockedBy(blacklisting, noticed('2025-06-16'), 'list')).toBe('当事人陈述申辩期限至2025-06-16，期满或陈述申辩后方可决定列入（《国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见》（国办发〔2020〕49号））');
    expect(blockedBy(blacklisting, noticed('2025-06-17'), 'list')).toBeNull();
    expect(blockedBy(blacklisting, noticed('2025-06-11', [{ kind: 'listingStatementMade', date: '2025-06-11' }]), 'list')).toBeNull();
  });

  it('cannot list without the prior notice', () => {
    expect(blockedBy(blacklisting, view('blacklisting', 'proposed', '2025-06-20', [{ kind: 'received', date: '2025-06-02' }]), 'list')).toContain('不能决定列入');
  });

  const listed = (today: string) => view('blacklisting', 'listed', today, [{ kind: 'listingNoticed', date: '2025-06-09' }, { kind: 'listed', date: '2025-06-13' }]);

  it('offers 期满移出 from the end of the three years (2028-06-13), not a day before', () => {
    expect(blockedBy(blacklisting, listed('2028-06-12'), 'expire')).toBe('列入期限三年，2028-06-13起方可期满移出');
    expect(blockedBy(blacklisting, listed('2028-06-13'), 'expire')).toBeNull();
  });

  it('early removal only six months after the correction', () => {
    const check = blacklisting.actions.removeEarly!.check!;
    const p = listed('2026-03-01');
    expect(check(p, { date: '2026-02-27', correctionDate: '2025-08-28', reason: '已足额支付拖欠工资' })).toEqual({ date: '改正之日起满六个月（2026-02-28）方可提前移出' });
    expect(check(p, { date: '2026-02-28', correctionDate: '2025-08-28', reason: '已足额支付拖欠工资' })).toBeNull();
    expect(check(p, { date: '2026-02-28', correctionDate: '2025-06-01', reason: '已足额支付拖欠工资' })).toEqual({ correctionDate: '改正日期不能早于列入日期（2025-06-13）' });
  });
});

describe('police referral steps', () => {
  it('after the 案件移送书 is approved, the transfer records its copy to the 检察院 and a late one says so', () => {
    const p = view('policeReferral', 'approved', '2025-06-13', [{ kind: 'received', date: '2025-06-09' }, { kind: 'referralApproved', date: '2025-06-10' }]);
    const t = policeReferral.actions.transfer!;
    expect(t.summary({ date: '2025-06-11', police: '桑珠孜区公安分局', procuratorateCopyDate: '2025-06-11', procuratorate: '桑珠孜区人民检察院' }, p)).toBe('2025-06-11 移送桑珠孜区公安分局，2025-06-11 抄送桑珠孜区人民检察院');
    expect(t.summary({ date: '2025-06-13', police: '桑珠孜区公安分局', procuratorateCopyDate: '2025-06-13', procuratorate: '桑珠孜区人民检察院' }, p)).toContain('（超过批准后移送期限2025-06-11）');
  });

  it('a refusal to file may be reviewed, and the review ends in a decision', () => {
    const declined = view('policeReferral', 'policeDeclined', '2025-07-01', []);
    expect(blockedBy(policeReferral, declined, 'requestReview')).toBeNull();
    expect(blockedBy(policeReferral, view('policeReferral', 'reviewRequested', '2025-07-10', []), 'recordFiled')).toBeNull();
    expect(blockedBy(policeReferral, view('policeReferral', 'referred', '2025-07-10', []), 'requestReview')).toContain('不能申请复议');
  });
});
