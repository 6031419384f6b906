// The arbitration's ending, pure: the items an award form gives, when 结案 may be taken, the method/result/amount
// checks, the award's effect per party from its own service (Arts. 47, 50), the overdue award (Art. 43) — dates
// counted by hand in the comments (national calendar).
import { describe, expect, it } from 'vitest';
import { blockedBy, proceedingDefinition, type ActionEvent, type ProceedingView } from '../../shared/domain/proceedings';
import { awardedItems, awardEffects, closeInputProblems, closeProblem, overdueAwardNotice } from '../../shared/domain/proceedings/arbitration-closing';

const def = proceedingDefinition('arbitration');
const EMPLOYER = '日喀则市华建建筑工程有限公司';

function view(status: string, events: ActionEvent[], today = '2026-11-25'): ProceedingView {
  return { kind: 'arbitration', status, number: null, today, events, caseFile: { collective: false, urgent: false, leaderStaffId: null }, team: [], pendingApproval: null, awaitingReceipt: null };
}

const accepted: ActionEvent = { kind: 'accepted', date: '2026-10-08' };
const awarded: ActionEvent = { kind: 'awarded', date: '2026-11-02' };
const served = (party: string, role: 'worker' | 'employer', date: string, awardFinality: 'final' | 'nonFinal'): ActionEvent => ({ kind: 'awardServed', date, party, partyRole: role, awardFinality });

describe('the award form', () => {
  it('gives an item for each amount above zero and for the labour-standards matter, each with its claimant and basis', () => {
    const i = { date: '2026-11-02', claimant: '扎西', wagesFen: 100, injuryMedicalFen: 0, compensationFen: 0, damagesFen: 5, otherFen: 0, standards: 'yes' as const, note: null, wagesBasis: '《劳动合同法》第三十条' };
    expect(awardedItems(i)).toEqual([
      { category: 'wages', amountFen: 100, claimant: '扎西', basis: '《劳动合同法》第三十条' },
      { category: 'damages', amountFen: 5, claimant: '扎西', basis: null },
      { category: 'standards', amountFen: null, claimant: '扎西', basis: null },
    ]);
  });
});

describe('结案 after an award', () => {
  it('waits for the award served on both sides, every court matter decided and every route ended', () => {
    expect(closeProblem(view('awarded', [accepted, awarded, served('扎西', 'worker', '2026-11-03', 'nonFinal')]))).toBe('裁决书尚未向劳动者和用人单位双方送达（送达回证），不能结案');
    const both = [accepted, awarded, served('扎西', 'worker', '2026-11-03', 'nonFinal'), served(EMPLOYER, 'employer', '2026-11-05', 'nonFinal')];
    // The employer's 15 days: 11-05 + 15 = 11-20 (Fri); the worker's: 11-03 + 15 = 11-18 (Wed). On 11-19 the employer's still runs.
    expect(closeProblem(view('awarded', both, '2026-11-19'))).toBe(`不服裁决向人民法院起诉（${EMPLOYER}，非终局裁决）至2026-11-20届满，期满（或当事人起诉、申请撤销并经法院处理）之后才能结案`);
    expect(closeProblem(view('awarded', both, '2026-11-21'))).toBeNull();
    const sued = [...both, { kind: 'sued', date: '2026-11-10', party: EMPLOYER, partyRole: 'employer' } as ActionEvent];
    expect(blockedBy(def, view('awarded', sued, '2026-11-21'), 'close')).toBe('当事人已起诉或申请撤销裁决，人民法院的结果登记之前不能结案');
    expect(blockedBy(def, view('awarded', [...sued, { kind: 'courtDecided', date: '2026-11-20' }], '2026-11-21'), 'close')).toBeNull();
  });

  it('takes the method of how the case ended, a result only on the merits, and amounts that agree', () => {
    const base = { date: '2026-11-25', method: 'award' as const, result: 'workerWon' as const, claimedFen: 500, resolvedFen: 400, note: null };
    const v = view('awarded', [accepted, awarded]);
    expect(closeInputProblems(v, base)).toBeNull();
    expect(closeInputProblems(v, { ...base, method: 'withdrawal' })).toEqual({ method: '本案已作出裁决，结案方式应为“裁决”' });
    expect(closeInputProblems(v, { ...base, method: 'other' })).toEqual({ note: '以“其他”方式结案的，请在结案说明中写明情形' });
    expect(closeInputProblems(v, { ...base, result: 'employerWon' })).toEqual({ resolvedFen: '用人单位胜诉的，确定金额应为0' });
    expect(closeInputProblems(v, { ...base, resolvedFen: 0 })).toEqual({ resolvedFen: '劳动者胜诉或双方部分胜诉的，请填写裁决或调解确定的金额' });
    expect(closeInputProblems(view('notAccepted', [{ kind: 'rejected', date: '2026-11-20' }]), { ...base, method: 'notAccepted', result: 'none', resolvedFen: 0 })).toBeNull();
    expect(closeInputProblems(view('deemedWithdrawn', [{ kind: 'withdrawn', date: '2026-11-20' }]), { ...base, method: 'deemedWithdrawal', result: 'none', resolvedFen: 10 })).toEqual({
      resolvedFen: '未经裁决或调解结案的，确定金额应为0',
    });
    expect(closeInputProblems(v, { ...base, date: '2026-11-01' })).toEqual({ date: '结案日期不能早于本程序上一步骤的日期（2026-11-02）' });
  });
});

describe("the award's effect per party (调解仲裁法 Arts. 47, 50)", () => {
  it('a final award binds from the day it was made; a non-final one from the day after each party’s own 15 days', () => {
    const events = [accepted, awarded, served('扎西', 'worker', '2026-11-03', 'nonFinal'), served(EMPLOYER, 'employer', '2026-11-05', 'nonFinal')];
    // Worker: 11-03 + 15 = 11-18 → effective 11-19. Employer: 11-05 + 15 = 11-20 → still running on 11-19.
    expect(awardEffects(view('awarded', events, '2026-11-19')).map((e) => [e.party, e.effectiveOn])).toEqual([
      ['扎西', '2026-11-19'],
      [EMPLOYER, null],
    ]);
    expect(awardEffects(view('awarded', events, '2026-11-19'))[1]!.text).toBe('起诉期限至2026-11-20届满；期满不起诉的，裁决自2026-11-21起对其发生法律效力（第五十条）');
    const sued = [...events, { kind: 'sued', date: '2026-11-10', party: EMPLOYER, partyRole: 'employer' } as ActionEvent];
    expect(awardEffects(view('awarded', sued, '2026-11-25')).map((e) => e.effectiveOn)).toEqual([null, null]);
    const final = [accepted, awarded, served(EMPLOYER, 'employer', '2026-11-05', 'final')];
    expect(awardEffects(view('awarded', final))).toMatchObject([{ party: EMPLOYER, effectiveOn: '2026-11-02' }]);
  });
});

describe('the overdue award (调解仲裁法 Art. 43)', () => {
  it('is shown once the 45 days pass without an award, and not while an approved extension runs', () => {
    // Accepted 10-01 + 45 = 11-15 (Sun) → 11-16 (Mon); on 11-25 it is overdue.
    const late = [{ kind: 'accepted', date: '2026-10-01' } as ActionEvent];
    expect(overdueAwardNotice(view('composed', late))).toBe(
      '仲裁委员会逾期（2026-11-16届满）未作出仲裁裁决：当事人可以就该劳动争议事项向人民法院提起诉讼（《劳动争议调解仲裁法》第四十三条第一款）；本案按逾期案件处理（《劳动人事争议仲裁办案规则》第四十八条）',
    );
    // Extended on 11-10: 10-01 + 60 = 11-30 (Mon), not yet passed.
    expect(overdueAwardNotice(view('composed', [...late, { kind: 'extended', date: '2026-11-10', rule: 'arbitration.award' }]))).toBeNull();
    expect(overdueAwardNotice(view('awarded', [...late, { kind: 'awarded', date: '2026-11-12' }]))).toBeNull();
  });
});
