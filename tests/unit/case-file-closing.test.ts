// The rule for 办结 (shared/domain/case-file-closing.ts): every proceeding closed, every worker paid or accounted for
// (money held for one who cannot be found), no instalment owed — each unmet condition named in Chinese.
import { describe, expect, it } from 'vitest';
import { fileClosingBlockers, type ClosingFacts } from '../../shared/domain/case-file-closing';

const closed = { label: '劳动保障监察案件', statusLabel: '已结案', closed: true };
const paid = { name: '扎西', outstandingFen: 0, heldFen: 0, pendingFen: 0 };
const facts = (over: Partial<ClosingFacts> = {}): ClosingFacts => ({ proceedings: [closed], workers: [paid], instalments: [], ...over });

describe('fileClosingBlockers', () => {
  it('is empty when every proceeding is closed, every worker paid and no instalment owed', () => {
    expect(fileClosingBlockers(facts())).toEqual([]);
  });

  it('names an open proceeding with its state', () => {
    expect(fileClosingBlockers(facts({ proceedings: [closed, { label: '移送公安', statusLabel: '已申请复议', closed: false }] }))).toEqual(['移送公安尚未结束（已申请复议）']);
  });

  it('a 系列案’s cases in the same state are one line with their count; another state its own line', () => {
    const arb = (statusLabel: string) => ({ label: '劳动人事争议仲裁案件', statusLabel, closed: false });
    expect(fileClosingBlockers(facts({ proceedings: [arb('仲裁庭已组成'), arb('仲裁庭已组成'), arb('已受理'), arb('仲裁庭已组成'), closed] }))).toEqual([
      '3件劳动人事争议仲裁案件尚未结束（仲裁庭已组成）',
      '劳动人事争议仲裁案件尚未结束（已受理）',
    ]);
  });

  it('a file without any proceeding never closes by itself', () => {
    expect(fileClosingBlockers(facts({ proceedings: [] }))).toEqual(['案卷中还没有任何程序']);
  });

  it('a worker owed is accounted for only once the money held for him covers it', () => {
    const nima = { name: '尼玛', outstandingFen: 450_000, heldFen: 449_999, pendingFen: 0 };
    expect(fileClosingBlockers(facts({ workers: [paid, nima] }))).toEqual(['尼玛尚欠工资¥0.01']);
    expect(fileClosingBlockers(facts({ workers: [paid, { ...nima, heldFen: 450_000 }] }))).toEqual([]);
  });

  it('money with a 班组长 awaiting the worker’s receipt does not count (条例 Art. 31)', () => {
    expect(fileClosingBlockers(facts({ workers: [{ name: '尼玛', outstandingFen: 450_000, heldFen: 0, pendingFen: 450_000 }] }))).toEqual([
      '尼玛尚欠工资¥4,500.00，其中¥4,500.00已交包工头或班组长转交，待本人签收',
    ]);
  });

  it('a worker whose amount owed is not known does not hold the file open; an instalment with money left does', () => {
    expect(fileClosingBlockers(facts({ workers: [{ name: '格桑', outstandingFen: null, heldFen: 0, pendingFen: 0 }] }))).toEqual([]);
    expect(fileClosingBlockers(facts({ instalments: [{ seq: 2, personName: null, dueOn: '2026-12-10', leftFen: 1 }] }))).toEqual(['调解协议第2期（全体劳动者，2026-12-10到期）尚欠¥0.01']);
    expect(fileClosingBlockers(facts({ instalments: [{ seq: 1, personName: '扎西', dueOn: '2026-11-30', leftFen: 0 }] }))).toEqual([]);
  });
});
