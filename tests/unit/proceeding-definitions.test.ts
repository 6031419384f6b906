// Every proceeding definition: each step is offered exactly in the states it lists, refused elsewhere with a sentence
// naming the state, and blocked while an approval is pending; the guards say what must happen first.
import { describe, expect, it } from 'vitest';
import { availableActions, blockedBy, PROCEEDINGS, proceedingDefinition, type ProceedingView, type TeamMemberView } from '../../shared/domain/proceedings';
import { PROCEEDING_KIND, type ProceedingKind } from '../../shared/domain/vocabulary';

function view(kind: ProceedingKind, status: string, over: Partial<ProceedingView> = {}): ProceedingView {
  return {
    kind,
    status,
    number: null,
    today: '2026-11-25',
    events: [{ kind: 'received', date: '2026-11-20' }],
    caseFile: { collective: false, urgent: false, leaderStaffId: null },
    team: [],
    pendingApproval: null,
    awaitingReceipt: null,
    ...over,
  };
}

const inspector = (expiry: string | null): TeamMemberView => ({ staffId: `s-${expiry}`, role: 'handler', enforcementCertExpiry: expiry, arbitratorCertExpiry: null });

describe('proceeding definitions', () => {
  it('define every kind of proceeding, each starting in one of its own states', () => {
    expect(Object.keys(PROCEEDINGS).sort()).toEqual([...PROCEEDING_KIND.values].sort());
    for (const def of Object.values(PROCEEDINGS)) {
      expect(def.states).toHaveProperty(def.initial);
      for (const s of def.closed) expect(def.states).toHaveProperty(s);
    }
  });

  for (const kind of PROCEEDING_KIND.values) {
    const def = proceedingDefinition(kind);
    it(`${kind}: every step is legal exactly in its states and refused in the others with the state's name`, () => {
      for (const status of Object.keys(def.states)) {
        const offered = availableActions(def, view(kind, status)).map((a) => a.action);
        for (const [name, a] of Object.entries(def.actions)) {
          const reason = blockedBy(def, view(kind, status), name);
          if (a.from.includes(status)) {
            // A step that only follows another is listed once that one is taken (its guard says why meanwhile).
            if (a.offered?.(view(kind, status)) ?? true) expect(offered).toContain(name);
            else expect(offered).not.toContain(name);
            // Legal in this state: blocked only by its own guard, if any.
            if (reason !== null) expect(reason).toBe(a.guard?.(view(kind, status)));
          } else {
            expect(offered).not.toContain(name);
            expect(reason).toBe(
              `${def.label}当前为“${(def.states as Record<string, string>)[status]}”，不能${a.label}（仅在${a.from.map((s) => (def.states as Record<string, string>)[s]).join('、')}时可以）`,
            );
          }
        }
      }
    });

    it(`${kind}: nothing moves while a step waits for a leader's approval`, () => {
      const pendingAction = Object.keys(def.actions)[0]!;
      for (const status of Object.keys(def.states)) {
        for (const name of Object.keys(def.actions)) {
          expect(blockedBy(def, view(kind, status, { pendingApproval: { action: pendingAction } }), name)).toBe(
            `“${def.actions[pendingAction]!.label}”正在等待领导审批，审批或退回之前不能办理其他步骤`,
          );
        }
      }
    });
  }

  it('blocks every step until a department takes the file (签收), and while it is returned to the desk', () => {
    for (const kind of PROCEEDING_KIND.values) {
      const def = proceedingDefinition(kind);
      for (const action of Object.keys(def.actions)) {
        const label = def.actions[action]!.label;
        expect(blockedBy(def, view(kind, def.initial, { awaitingReceipt: { department: '劳动保障监察支队', returned: false } }), action)).toBe(`本案尚待劳动保障监察支队签收，签收之后才能${label}`);
        expect(blockedBy(def, view(kind, def.initial, { awaitingReceipt: { department: '劳动保障监察支队', returned: true } }), action)).toBe(
          `本案已由劳动保障监察支队退回接待窗口重新分办，部门签收之前不能${label}`,
        );
      }
    }
  });

  it('refuses a step the kind does not have', () => {
    expect(blockedBy(proceedingDefinition('inspection'), view('inspection', 'received'), 'award')).toBe('劳动保障监察案件没有“award”这一步骤');
  });

  it('立案 needs two inspectors whose 执法证 is valid on the day (监察条例 Art. 16)', () => {
    const def = proceedingDefinition('inspection');
    expect(blockedBy(def, view('inspection', 'accepted', { team: [inspector('2027-06-30')] }), 'file')).toContain('现有1名');
    // One certificate expired yesterday: it does not count.
    expect(blockedBy(def, view('inspection', 'accepted', { team: [inspector('2027-06-30'), inspector('2026-11-24')] }), 'file')).toContain('现有1名');
    expect(blockedBy(def, view('inspection', 'accepted', { team: [inspector('2027-06-30'), inspector('2026-11-25')] }), 'file')).toBeNull();
  });

  it('a collective or urgent file is taken on only once it has its 包案领导 (领导包案)', () => {
    const two = [inspector('2027-06-30'), inspector('2027-06-30')];
    const file = proceedingDefinition('inspection');
    const urgent = { collective: false, urgent: true, leaderStaffId: null };
    expect(blockedBy(file, view('inspection', 'accepted', { team: two, caseFile: urgent }), 'file')).toBe('紧急案卷须先确定包案领导，再立案；请局领导在“办案组”中担任包案领导');
    expect(blockedBy(file, view('inspection', 'accepted', { team: two, caseFile: { ...urgent, leaderStaffId: 's-leader' } }), 'file')).toBeNull();
    // The leader comes first in the sentence; the inspectors after.
    expect(blockedBy(file, view('inspection', 'accepted', { caseFile: urgent }), 'file')).toContain('包案领导');
    const arbitration = proceedingDefinition('arbitration');
    expect(blockedBy(arbitration, view('arbitration', 'received', { caseFile: { collective: true, urgent: false, leaderStaffId: null } }), 'accept')).toBe('集体案卷须先确定包案领导，再受理；请局领导在“办案组”中担任包案领导');
    // An ordinary file needs none; 不予受理 is never held up by it.
    expect(blockedBy(arbitration, view('arbitration', 'received'), 'accept')).toBeNull();
    expect(blockedBy(arbitration, view('arbitration', 'received', { caseFile: { collective: true, urgent: true, leaderStaffId: null } }), 'reject')).toBeNull();
  });

  it('立案 straight from receipt records 受理 and 立案 on the same day (若干规定 Art. 18)', () => {
    const def = proceedingDefinition('inspection');
    const p = view('inspection', 'received');
    expect(def.actions.file!.events({ date: '2026-11-25', opinion: null }, p)).toEqual([
      { kind: 'accepted', date: '2026-11-25' },
      { kind: 'filed', date: '2026-11-25' },
    ]);
    expect(def.actions.file!.events({ date: '2026-11-25', opinion: null }, view('inspection', 'accepted'))).toEqual([{ kind: 'filed', date: '2026-11-25' }]);
  });

  it('补正 may be asked once only — all missing items at once (办案规则 Art. 29)', () => {
    const def = proceedingDefinition('arbitration');
    const asked = view('arbitration', 'received', { events: [{ kind: 'received', date: '2026-11-20' }, { kind: 'supplementRequested', date: '2026-11-21' }, { kind: 'supplemented', date: '2026-11-24' }] });
    expect(blockedBy(def, asked, 'requestSupplement')).toContain('已经一次性告知过需补正的材料');
    expect(blockedBy(def, asked, 'accept')).toBeNull();
  });

  it('checks dates: not after today, not before the previous step', () => {
    const accept = proceedingDefinition('arbitration').actions.accept!;
    const p = view('arbitration', 'received');
    expect(accept.check!(p, { date: '2026-11-26' })).toEqual({ date: '受理日期不能晚于今天（2026-11-25）' });
    expect(accept.check!(p, { date: '2026-11-19' })).toEqual({ date: '受理日期不能早于本程序上一步骤的日期（2026-11-20）' });
    expect(accept.check!(p, { date: '2026-11-20' })).toBeNull();
  });

  it('parses each step’s input with Chinese messages', () => {
    const reject = proceedingDefinition('arbitration').actions.reject!;
    const r = reject.input.safeParse({ date: '2026-11-31', reason: '不' });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message);
    expect(messages).toContain('决定日期应为有效日期（YYYY-MM-DD）');
    expect(messages).toContain('请写明不予受理的理由（至少4个字）');
  });
});
