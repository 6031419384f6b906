// 行政处罚法 Art. 63: a hearing is the party's right against a fine of a 较大数额 — the province's figure (a regional,
// dated parameter, UNCONFIRMED), read on the day the 事先告知书 is served. Both sides of the line, and a figure changed
// after the notice does not change what the notice gave.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../../shared/domain/calendar';
import { blockedBy, PROCEEDINGS, stateAfter, type ActionEvent, type ProceedingView } from '../../shared/domain/proceedings';
import { hearingRight } from '../../shared/domain/proceedings/inspection-decisions';

const def = PROCEEDINGS.inspection;
// ¥10,000 until 2025-09-30, ¥20,000 from 2025-10-01.
const threshold = (date: string) => (date < '2025-10-01' ? 1_000_000 : 2_000_000);

function view(status: string, events: ActionEvent[], today: string): ProceedingView {
  return {
    kind: 'inspection', status, number: '日喀则人社监立字〔2025〕第1号', today, events,
    caseFile: { collective: false, urgent: false, leaderStaffId: null },
    team: [1, 2].map((n) => ({ staffId: `s-${n}`, role: 'handler' as const, enforcementCertExpiry: '2030-12-31', arbitratorCertExpiry: null })),
    pendingApproval: null, awaitingReceipt: null,
    basis: { calendar: DEFAULT_CALENDAR, settings: {}, hearingFineThresholdFen: threshold },
  };
}

const closed = view('investigationClosed', [{ kind: 'received', date: '2025-09-18' }, { kind: 'accepted', date: '2025-09-18' }, { kind: 'filed', date: '2025-09-18' }, { kind: 'investigationClosed', date: '2025-09-29' }], '2025-09-30');

/** 事先告知 served on Tue 2025-09-30 with the fine given; the proceeding as the engine would leave it. */
function noticed(fineFen: number | undefined, intended: 'penalty' | 'both' | 'handling' = 'penalty'): ProceedingView {
  const a = def.actions.priorNotice!;
  const input = a.input.parse({ date: '2025-09-30', intended, content: '拟处罚款', ...(fineFen === undefined ? {} : { fineFen }) });
  expect(a.check!(closed, input as never)).toBeNull();
  return { ...closed, status: stateAfter(a, closed), today: '2025-10-09', events: [...closed.events, ...a.events(input as never, closed)] };
}

const kinds = (p: ProceedingView) => p.events.map((e) => e.kind);

describe('the hearing threshold (行政处罚法 Art. 63)', () => {
  it('a fine one fen below ¥10,000 gives no hearing right: the request is refused naming the figure', () => {
    const p = noticed(999_999);
    expect(kinds(p)).toContain('penaltyIntended');
    expect(kinds(p)).not.toContain('hearingRightNoticed');
    expect(blockedBy(def, p, 'requestHearing')).toBe('事先告知的拟罚款数额低于本省规定的较大数额（¥10,000.00），当事人无权要求听证（《行政处罚法》第六十三条、第六十四条）');
  });

  it('a fine of exactly ¥10,000 gives the right; the party may ask within its five working days', () => {
    const p = noticed(1_000_000);
    expect(kinds(p)).toContain('hearingRightNoticed');
    expect(blockedBy(def, p, 'requestHearing')).toBeNull();
  });

  it('the figure in force on the notice’s day decides, not a later one', () => {
    expect(hearingRight(closed, '2025-09-30', 1_500_000)).toBe(true);
    expect(hearingRight(closed, '2025-10-01', 1_500_000)).toBe(false);
  });

  it('no amount stated, or no figure known, keeps the right (a hearing refused where due voids the penalty)', () => {
    expect(kinds(noticed(undefined))).toContain('hearingRightNoticed');
    expect(hearingRight({ ...closed, basis: { calendar: DEFAULT_CALENDAR, settings: {} } }, '2025-09-30', 100)).toBe(true);
  });

  it('a fine on a 处理决定 alone, or no fine on a penalty, is refused at the field', () => {
    const a = def.actions.priorNotice!;
    expect(a.check!(closed, a.input.parse({ date: '2025-09-30', intended: 'handling', content: '拟责令支付', fineFen: 100 }) as never)).toEqual({ fineFen: '只拟作出行政处理决定的，不罚款；拟罚款金额应为空或填0' });
    expect(a.check!(closed, a.input.parse({ date: '2025-09-30', intended: 'both', content: '拟处罚', fineFen: 0 }) as never)).toEqual({ fineFen: '拟作出行政处罚的，请填写拟罚款金额（据以确定当事人是否有权要求听证）' });
  });
});
