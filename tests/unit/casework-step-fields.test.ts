import { describe, expect, it } from 'vitest';
import { PROCEEDINGS } from '../../shared/domain/proceedings';
import { blockedGroups } from '../../renderer/src/features/casework/blocked';
import { checkInput, describeInput, describeValues, initialValues, toInput } from '../../renderer/src/features/casework/step-fields';

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

  it('keeps a single step’s own sentence and leaves out the steps that may be taken', () => {
    expect(blockedGroups([step('accept', '受理', null), step('file', '立案', '您的角色不能办理“立案”')])).toEqual([{ labels: ['立案'], reason: '您的角色不能办理“立案”' }]);
  });
});
