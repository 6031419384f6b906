import { describe, expect, it } from 'vitest';
import { emptyForm, emptyNewParty, emptyRow, formFromDraft, isUntouchedForm, isBlankRow, rowErrors, rowFromRoster, rowsOnlyErrors, serverErrors, toInput, type FormValues } from '../../renderer/src/features/intakes/form/model';

const NOW = Date.UTC(2026, 10, 25, 2);

function form(patch: Partial<FormValues> = {}): FormValues {
  return {
    ...emptyForm(NOW),
    summary: '工资未付',
    parties: [{ partyId: 'p1', name: '华建', role: 'employer', newParty: null }],
    complainants: [
      { ...emptyRow(), name: '扎西', idNumber: '540202198503120019', phone: '13908921234', amountYuan: '12,800' },
      { ...emptyRow(), name: '次仁', idNumber: '540221199007010026', amountYuan: 'abc' },
      { ...emptyRow(), name: '达瓦', idType: 'none', idMissingReason: '' },
      emptyRow(),
    ],
    ...patch,
  };
}

describe('the desk form model: what the clerk typed → the contract input', () => {
  it('sends the department chosen (none: the unit’s default), and a transfer’s unit or a referral’s body only with that route', () => {
    expect(toInput(form()).input).toMatchObject({ route: 'inspection', departmentId: null, transferUnitId: null, otherBody: null });
    expect(toInput(form({ route: 'mediation', departmentId: 'dept-540200-laborRelations', transferUnitId: 'unit-540221', otherBody: '住建局' })).input).toMatchObject({
      departmentId: 'dept-540200-laborRelations',
      transferUnitId: null,
      otherBody: null,
    });
    expect(toInput(form({ route: 'transfer', transferUnitId: 'unit-540221' })).input).toMatchObject({ route: 'transfer', transferUnitId: 'unit-540221' });
    expect(toInput(form({ route: 'transfer' })).errors).toMatchObject({ transferUnitId: '请选择移送的单位' });
    expect(toInput(form({ route: 'referredElsewhere', otherBody: '市人社局工伤保险科', answer: '告知申请工伤认定' })).input).toMatchObject({ otherBody: '市人社局工伤保险科' });
  });

  it('converts yuan to fen, phones to a list, ignores the trailing blank row, and counts workers from the rows', () => {
    const { input } = toInput(form());
    expect(input.complainants).toHaveLength(3);
    expect(input.complainants![0]).toMatchObject({ amountClaimedFen: 1_280_000, phones: ['13908921234'], idType: 'residentId' });
    expect(input.workersCount).toBe(3);
    expect(input.amountClaimedFen).toBe(1_280_000);
  });

  it('takes amounts and the count typed in full-width digits (１２３４５．６) as the same numbers', () => {
    const { input, errors } = toInput(form({
      workersCount: '１２',
      amountYuan: '',
      complainants: [{ ...emptyRow(), name: '扎西', idNumber: '540202198503120019', amountYuan: '１２３４５．６' }, { ...emptyRow(), name: '格桑', idType: 'none', idMissingReason: '未带证件', amountYuan: '８０００' }],
    }));
    expect(errors).toEqual({});
    expect(input.workersCount).toBe(12);
    expect(input.complainants!.map((c) => c.amountClaimedFen)).toEqual([1_234_560, 800_000]);
    expect(input.amountClaimedFen).toBe(2_034_560);
  });

  it('reports each row’s errors at the form field, in the core’s words', () => {
    const { errors } = toInput(form());
    expect(errors['complainants.1.idNumber']).toContain('校验位错误');
    expect(errors['complainants.1.amountYuan']).toContain('不是有效金额');
    expect(errors['complainants.2.idMissingReason']).toContain('写明原因');
    expect(rowsOnlyErrors(errors)).toEqual([1, 2]);
  });

  it('skips the rows the clerk chose to correct later, keeping form row numbers in the errors', () => {
    const { input, errors } = toInput(form({ complainants: [...form().complainants.slice(0, 2), { ...emptyRow(), name: '格桑', idNumber: '12' }] }), new Set([1]));
    expect(input.complainants!.map((c) => c.name)).toEqual(['扎西', '格桑']);
    expect(Object.keys(errors)).toEqual(['complainants.2.idNumber']);
  });

  it('maps server errors on sent rows back to the form rows', () => {
    const v = form();
    expect(serverErrors({ 'complainants.1.name': '姓名不符', 'complainants.0.phones.0': '电话错误', amountClaimedFen: '过大' }, v, new Set([1]))).toEqual({
      'complainants.2.name': '姓名不符',
      'complainants.0.phone': '电话错误',
      amountYuan: '过大',
    });
  });

  it('is not "rows only" when a form-level field is wrong', () => {
    const { errors } = toInput(form({ summary: '' }));
    expect(errors.summary).toBe('请填写诉求摘要');
    expect(rowsOnlyErrors(errors)).toBeNull();
  });

  it('checks one row on its own as the clerk leaves it', () => {
    expect(rowErrors({ ...emptyRow(), name: '扎西', idNumber: '540202198503120018' })).toEqual({ idNumber: expect.stringContaining('最后一位应为 9') });
    expect(rowErrors(emptyRow())).toEqual({});
    expect(rowErrors({ ...emptyRow(), name: '扎西', phone: '12' })).toEqual({ idNumber: expect.any(String), phone: expect.any(String) });
  });

  it('sends what each person stated and the complaint’s dates; not asked is null', () => {
    const row = { ...emptyRow(), name: '扎西', idNumber: '540202198503120019', address: ' 南木林县艾玛乡 ', occupation: '钢筋工', workplace: '' };
    const { input, errors } = toInput(form({ complainants: [row], violationEndDate: '2026-10-31', pendingElsewhere: 'mediation' }));
    expect(errors).toEqual({});
    expect(input).toMatchObject({ violationEndDate: '2026-10-31', pendingElsewhere: 'mediation' });
    expect(input.complainants![0]).toMatchObject({ address: ' 南木林县艾玛乡 ', occupation: '钢筋工', workplace: '' });
    expect(toInput(form()).input).toMatchObject({ violationEndDate: null, pendingElsewhere: null });
  });

  it('shows a bad end date and an address too long at their fields, in the core’s words', () => {
    const { errors } = toInput(form({ receivedAt: Date.UTC(2026, 10, 25, 2), violationEndDate: '2026-12-01', complainants: [{ ...emptyRow(), name: '扎西', idNumber: '540202198503120019', address: '藏'.repeat(201) }] }));
    expect(errors).toEqual({ violationEndDate: '违法行为终止日期不能晚于接待日期', 'complainants.0.address': '住所不能超过200个字' });
    expect(rowErrors({ ...emptyRow(), name: '扎西', idNumber: '540202198503120019', workplace: '单'.repeat(121) })).toEqual({ workplace: '工作单位不能超过120个字' });
  });

  it('counts a row with only an address typed as typed (never dropped as blank)', () => {
    expect(isBlankRow({ ...emptyRow(), address: '南木林县' })).toBe(false);
    expect(isBlankRow(emptyRow())).toBe(true);
  });

  it('takes back a draft saved before the form had these fields, keeping everything in it', () => {
    const old = { summary: '工资未付', violationEndDate: undefined, complainants: [{ name: '扎西', idNumber: '540202198503120019', phone: '139' }] } as unknown as Partial<FormValues>;
    const v = formFromDraft(old, NOW);
    expect(v.summary).toBe('工资未付');
    expect(v.violationEndDate).toBe('');
    expect(v.pendingElsewhere).toBe('');
    expect(v.complainants[0]).toMatchObject({ name: '扎西', phone: '139', address: '', occupation: '', workplace: '', idType: 'residentId' });
    expect(() => toInput(v)).not.toThrow();
    const current = form({ violationEndDate: '2026-10-31', complainants: [{ ...emptyRow(), name: '扎西', address: '南木林县' }] });
    expect(formFromDraft(JSON.parse(JSON.stringify(current)), NOW)).toEqual(current);
  });

  it('sends a party typed in the dialog inline, to be created with the intake, and one picked by its id', () => {
    const wang = { ...emptyNewParty('individual', '王德发'), idNumber: '620102198701010384', creditCode: '91512081MA62K0260E', legalRepName: '不该发送' };
    const { input, errors } = toInput(form({ parties: [form().parties[0], { partyId: '', name: '王德发', role: 'laborTeam', newParty: wang }] }));
    expect(errors).not.toHaveProperty('parties.1');
    // Only what an individual has goes: the credit code and representative typed under another kind stay behind.
    expect(input.parties).toEqual([
      { partyId: 'p1', role: 'employer' },
      { newParty: { kind: 'individual', name: '王德发', creditCode: null, idNumber: '620102198701010384', legalRepName: null, legalRepTitle: null, address: '', phone: '' }, role: 'laborTeam' },
    ]);
    const bad = toInput(form({ parties: [{ partyId: '', name: '王德发', role: 'laborTeam', newParty: { ...wang, idNumber: '91512081MA62K0260E' } }] }));
    expect(bad.errors['parties.0']).toBe('这是统一社会信用代码：公司、个体工商户等单位，请将类型改为“单位”后填写');
  });

  it('takes back a draft’s parties saved before new parties were kept in the form', () => {
    const old = { parties: [{ partyId: 'p1', name: '华建', role: 'employer' }] } as unknown as Partial<FormValues>;
    expect(formFromDraft(old, NOW).parties).toEqual([{ partyId: 'p1', name: '华建', role: 'employer', newParty: null }]);
  });

  it('knows a form with nothing typed (no draft to keep), whenever it was opened and however many blank rows it has', () => {
    expect(isUntouchedForm(emptyForm(NOW))).toBe(true);
    expect(isUntouchedForm({ ...emptyForm(NOW + 60_000), complainants: [emptyRow(), emptyRow()] })).toBe(true);
    expect(isUntouchedForm(formFromDraft(JSON.parse(JSON.stringify(emptyForm(NOW))), NOW))).toBe(true);
    expect(isUntouchedForm({ ...emptyForm(NOW), summary: '工资' })).toBe(false);
    expect(isUntouchedForm({ ...emptyForm(NOW), kind: 'report' })).toBe(false);
    expect(isUntouchedForm({ ...emptyForm(NOW), complainants: [{ ...emptyRow(), isRepresentative: true }] })).toBe(false);
    expect(isUntouchedForm(form())).toBe(false);
  });

  it('brings a roster’s 住址, 职业 and 工作单位 into the row', () => {
    const row = rowFromRoster({ line: 2, name: '扎西', idType: 'residentId', idNumber: '540202198503120019', idMissingReason: '', phone: '', hometown: '', amountYuan: '', isRepresentative: false, note: '', address: '南木林县', occupation: '钢筋工', workplace: '雪域建筑公司', errors: {} });
    expect(row).toMatchObject({ address: '南木林县', occupation: '钢筋工', workplace: '雪域建筑公司' });
  });
});
