import { describe, expect, it } from 'vitest';
import { PROCEEDINGS } from '../../shared/domain/proceedings';
import { blockedGroups } from '../../renderer/src/features/casework/blocked';
import { checkInput, describeInput, describeValues, initialValues, toInput, typedProblems } from '../../renderer/src/features/casework/step-fields';

const spec = (kind: keyof typeof PROCEEDINGS, action: string) => describeInput(PROCEEDINGS[kind].actions[action]!.input);

describe('a step’s dialog, read from the step’s own input schema', () => {
  it('finds each field’s kind, label, whether it is required and its length, from the schema’s Chinese messages', () => {
    expect(spec('inspection', 'accept')).toEqual([
      { name: 'date', kind: 'date', label: '受理日期', required: true, max: null },
      { name: 'note', kind: 'multiline', label: '受理意见', required: false, max: 500 },
    ]);
    expect(spec('inspection', 'reject')).toEqual([
      { name: 'date', kind: 'date', label: '决定日期', required: true, max: null },
      { name: 'reason', kind: 'multiline', label: '不予受理的理由', required: true, max: 2000 },
      { name: 'referTo', kind: 'text', label: '告知向哪一机关投诉', required: false, max: 200 },
    ]);
    expect(spec('arbitration', 'requestSupplement')[1]).toEqual({ name: 'items', kind: 'list', label: '需补正的材料', required: true, max: 200 });
    expect(spec('policeReferral', 'refer')[1]).toMatchObject({ name: 'police', kind: 'text', label: '接收的公安机关' });
    expect(spec('enforcement', 'apply')[1]).toMatchObject({ name: 'court', kind: 'text', label: '受理法院' });
  });

  it('gives every field of every step of every proceeding a Chinese label', () => {
    for (const def of Object.values(PROCEEDINGS)) {
      for (const [name, a] of Object.entries(def.actions)) {
        for (const f of describeInput(a.input)) expect(f.label, `${def.kind}.${name}.${f.name}`).toMatch(/^[\u4e00-\u9fff（）、]+$/);
      }
    }
  });

  it('starts a form with today’s date and one empty line, and sends trimmed text without the blanks', () => {
    const fields = spec('arbitration', 'requestSupplement');
    expect(initialValues(fields, '2026-12-05')).toEqual({ date: '2026-12-05', items: [''] });
    expect(toInput(fields, { date: '2026-12-05', items: [' 身份证复印件 ', '', '劳动合同'] })).toEqual({ date: '2026-12-05', items: ['身份证复印件', '劳动合同'] });
    const accept = spec('inspection', 'accept');
    expect(toInput(accept, { date: '2026-12-05', note: '  ' })).toEqual({ date: '2026-12-05' });
  });

  it('checks the input with the schema the core parses it with, field by field', () => {
    const reject = PROCEEDINGS.inspection.actions.reject!.input;
    expect(checkInput(reject, { date: '2026-12-05', reason: '不属' })).toEqual({ reason: '请写明不予受理的理由（至少4个字）' });
    const items = PROCEEDINGS.arbitration.actions.requestSupplement!.input;
    expect(checkInput(items, { date: '2026-12-05', items: [] })).toEqual({ items: '请至少列出一项需补正的材料' });
    expect(checkInput(items, { date: '2026-12-05', items: ['身份证复印件'] })).toEqual({});
  });

  it('reads a stored input back with its labels for the approval card', () => {
    expect(describeValues(spec('inspection', 'file'), { date: '2026-12-05', opinion: null })).toEqual([{ name: 'date', label: '立案日期', value: '2026-12-05' }]);
  });
});

describe('money, whole numbers and choices in a step’s form', () => {
  it('reads a money field (yuan typed, fen sent), a count with its unit and a choice with its Chinese labels from the schema', () => {
    const fields = spec('inspection', 'decideHandling');
    expect(fields.map((f) => [f.name, f.kind, f.label])).toEqual([
      ['date', 'date', '决定日期'],
      ['wagesFen', 'money', '责令支付的工资'],
      ['compensationPercent', 'count', '加付赔偿金比例'],
      ['reviewCase', 'choice', '法制审核情形'],
      ['serious', 'choice', '是否须集体讨论'],
    ]);
    expect(fields[2]!.unit).toBe('%');
    expect(fields[3]!.options).toEqual([
      { value: 'none', label: '不属于须法制审核的情形' },
      { value: 'majorInterest', label: '涉及重大公共利益或者当事人重大权益' },
      { value: 'complex', label: '案件情况疑难复杂、涉及多个法律关系' },
    ]);
    expect(initialValues(fields, '2026-12-05')).toEqual({ date: '2026-12-05', wagesFen: '', compensationPercent: '', reviewCase: '', serious: '' });
  });

  it('sends ¥ typed as yuan as exact fen and a full-width count as a number; says what cannot be read', () => {
    const fields = spec('inspection', 'decideHandling');
    const values = { date: '2026-12-05', wagesFen: '128,000.5', compensationPercent: '７５', reviewCase: 'none', serious: 'no' };
    const input = toInput(fields, values);
    expect(input).toEqual({ date: '2026-12-05', wagesFen: 12_800_050, compensationPercent: 75, reviewCase: 'none', serious: 'no' });
    expect(checkInput(PROCEEDINGS.inspection.actions.decideHandling!.input, input)).toEqual({});
    expect(typedProblems(fields, values)).toEqual({});
    expect(typedProblems(fields, { ...values, wagesFen: '12.345', compensationPercent: '五十', serious: '' })).toEqual({
      wagesFen: '金额最多精确到分（小数点后两位）',
      compensationPercent: '加付赔偿金比例应为整数',
      serious: '请选择是否须集体讨论',
    });
    expect(typedProblems(fields, { ...values, wagesFen: ' ' })).toEqual({ wagesFen: '请填写责令支付的工资' });
  });

  it('reads a stored decision back in yuan, with the choice’s label and the count’s unit', () => {
    const fields = spec('inspection', 'decideHandling');
    expect(describeValues(fields, { date: '2026-12-05', wagesFen: 12_800_050, compensationPercent: 75, reviewCase: 'complex', serious: 'no' }).map((x) => x.value)).toEqual([
      '2026-12-05',
      '¥128,000.50',
      '75%',
      '案件情况疑难复杂、涉及多个法律关系',
      '否',
    ]);
  });
});

describe('why steps cannot be taken, said once', () => {
  const step = (action: string, label: string, blockedBy: string | null) => ({ action, label, blockedBy, approval: null });

  it('shares one line between steps blocked for one reason, even where the reason names its own step', () => {
    expect(
      blockedGroups([
        step('accept', '受理', '您不在本案办案组中，不能办理“受理”；请包案领导或部门负责人将您加入办案组'),
        step('reject', '不予受理', '您不在本案办案组中，不能办理“不予受理”；请包案领导或部门负责人将您加入办案组'),
        step('file', '立案', '立案前须指定两名以上持有效执法证的承办人（现有0名）'),
      ]),
    ).toEqual([
      { labels: ['受理', '不予受理'], reason: '您不在本案办案组中，不能办理本程序的步骤；请包案领导或部门负责人将您加入办案组' },
      { labels: ['立案'], reason: '立案前须指定两名以上持有效执法证的承办人（现有0名）' },
    ]);
  });

  it('says a pending approval once, naming the pending step, even when that step is offered again', () => {
    const pending = '“作出行政处理决定”正在等待领导审批，审批或退回之前不能办理其他步骤';
    expect(blockedGroups([step('recordStatement', '记录陈述申辩', pending), step('decideHandling', '作出行政处理决定', pending), step('legalReview', '法制审核', pending)])).toEqual([
      { labels: ['记录陈述申辩', '作出行政处理决定', '法制审核'], reason: pending },
    ]);
  });

  it('keeps a single step’s own sentence and leaves out the steps that may be taken', () => {
    expect(blockedGroups([step('accept', '受理', null), step('file', '立案', '您的角色不能办理“立案”')])).toEqual([{ labels: ['立案'], reason: '您的角色不能办理“立案”' }]);
  });
});

describe('an optional amount (事先告知’s intended fine)', () => {
  it('may be left empty and is then not sent; typed, it is sent in fen', () => {
    const fields = describeInput(PROCEEDINGS.inspection.actions.priorNotice!.input);
    const fine = fields.find((f) => f.name === 'fineFen')!;
    expect(fine).toMatchObject({ kind: 'money', label: '拟罚款金额', required: false });
    const base = { date: '2026-12-03', intended: 'penalty', content: '拟处罚款' };
    expect(toInput(fields, { ...base, fineFen: '' })).toEqual(base);
    expect(typedProblems(fields, { ...base, fineFen: '' })).toEqual({});
    expect(toInput(fields, { ...base, fineFen: '20000' })).toEqual({ ...base, fineFen: 2_000_000 });
  });
});
