// The 投诉（举报）登记表 with what a complaint states (若干规定: the complainant's occupation, workplace, address and
// contact) and what the routing rules ask (监察条例 Art. 20: when the violation ended; Art. 21: whether the matter is
// before mediation, arbitration or a court); representatives reached by phone; numbers whole.
import { describe, expect, it } from 'vitest';
import { documentModel, type DocBlock, type DocCell, type DocumentModel } from '../../shared/contract/documents';
import { buildIntakeRecord } from '../../shared/domain/documents';
import { ANNEX_COLUMNS_MM } from '../../shared/domain/documents/intake-record';
import { TEXT_BLOCK_MM } from '../../shared/domain/documents/layout-constants';
import { complaintIntake } from '../fixtures/arbitration-case';
import { ADDRESS, WIDEST, WORKPLACE, groupWithWidestNumbers, singleWithPermit, singleWithTwoPhones } from '../fixtures/intake-records';

type Table = Extract<DocBlock, { type: 'table' }>;
const tables = (m: DocumentModel): Table[] => m.body.filter((b): b is Table => b.type === 'table');
const textOf = (c: DocCell): string => c.runs.map((r) => r.text).join('');

/** The value cells after each label cell with this text, in order. */
function values(m: DocumentModel, label: string): string[] {
  const out: string[] = [];
  for (const row of tables(m)[0].rows) {
    row.cells.forEach((c, i) => {
      if (c.label && textOf(c) === label) out.push(textOf(row.cells[i + 1]));
    });
  }
  return out;
}

describe('the 登记表 of one complainant', () => {
  const record = buildIntakeRecord(singleWithTwoPhones);

  it('states the complainant’s occupation, workplace and address, and both phones one a line', () => {
    expect(documentModel.parse(record)).toEqual(record);
    expect(values(record, '职业')).toEqual(['钢筋工']);
    expect(values(record, '工作单位')).toEqual([WORKPLACE]);
    expect(values(record, '住所')).toEqual([ADDRESS]);
    expect(values(record, '籍贯')).toEqual(['西藏日喀则']);
    expect(values(record, '联系电话')[0]).toBe(`${WIDEST.mobile}\n${WIDEST.landline}`);
  });

  it('states when the violation ended and whether the matter is before another body (监察条例 Arts. 20, 21)', () => {
    expect(values(record, '违法行为终止日期')).toEqual(['2026年10月31日']);
    expect(values(record, '是否已申请调解、仲裁或者起诉')).toEqual(['已申请仲裁']);
    const none = buildIntakeRecord({ ...singleWithTwoPhones, pendingElsewhere: 'none' });
    expect(values(none, '是否已申请调解、仲裁或者起诉')).toEqual(['否']);
  });

  it('leaves a blank to fill by hand for what was not asked, and prints the other document’s name with its number', () => {
    const record = buildIntakeRecord(singleWithPermit);
    expect(values(record, '违法行为终止日期')).toEqual(['']);
    expect(values(record, '是否已申请调解、仲裁或者起诉')).toEqual(['']);
    expect(values(record, '住所')).toEqual(['']);
    expect(values(record, '证件号码')).toEqual([`港澳居民来往内地通行证 ${WIDEST.permit}`]);
  });

  it('leaves the complaint’s questions off a consultation that did not answer them', () => {
    const consultation = buildIntakeRecord({ ...singleWithPermit, kind: 'consultation', route: 'answered', answer: '已答复' });
    expect(values(consultation, '违法行为终止日期')).toEqual([]);
  });
});

describe('the 登记表 of a group', () => {
  const record = buildIntakeRecord(groupWithWidestNumbers);
  const annex = tables(record)[1];

  it('reaches each representative by phone, never prints their ID there, and says when there is no phone', () => {
    expect(values(record, '代表联系方式')).toEqual([`尼玛扎西：${WIDEST.mobile}、${WIDEST.landline}；住所：${ADDRESS}`, `次仁：${WIDEST.mobile}、18888888887`]);
    for (const v of values(record, '代表联系方式')) expect(v).not.toMatch(/\d{15,}/);
    const noPhone = buildIntakeRecord({ ...groupWithWidestNumbers, complainants: groupWithWidestNumbers.complainants.map((p, i) => (i === 1 ? { ...p, phones: [] } : p)) });
    expect(values(noPhone, '代表联系方式')[1]).toBe('次仁：未登记电话');
  });

  it('lists everyone in columns sized for the widest numbers, and what each stated on a row under theirs', () => {
    expect(annex.columns).toEqual(ANNEX_COLUMNS_MM);
    expect(ANNEX_COLUMNS_MM.reduce((a, b) => a + b, 0)).toBeCloseTo(TEXT_BLOCK_MM.width, 6);
    expect(annex.rows[0].cells.map(textOf)).toEqual(['序号', '姓名', '证件号码', '联系电话', '诉求金额']);
    const [, first, firstDetails, second, third, thirdDetails, fourth] = annex.rows;
    expect(first.cells.map(textOf)).toEqual(['1', '尼玛扎西\n（代表）', WIDEST.resident, `${WIDEST.mobile}\n${WIDEST.landline}`, '12,800元']);
    expect(first.cells[0].rowSpan).toBe(2);
    expect(firstDetails.cells.map(textOf)).toEqual([`职业：钢筋工；工作单位：${WORKPLACE}；住所：${ADDRESS}`]);
    expect(second.cells[0].rowSpan).toBeUndefined();
    expect(third.cells.map(textOf).slice(2, 4)).toEqual([WIDEST.permit, WIDEST.landline]);
    expect(thirdDetails.cells.map(textOf)).toEqual(['证件类型：港澳居民来往内地通行证；职业：木工']);
    expect(fourth.cells.map(textOf)).toEqual(['4', '格桑', '无（未带证件）', '', '128,000.50元']);
    expect(annex.rows).toHaveLength(7);
  });

  it('marks every number whole, and nothing else', () => {
    const whole = tables(record).flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap((c) => c.runs.filter((x) => x.nowrap).map((x) => x.text))));
    expect(whole).toEqual(
      expect.arrayContaining([WIDEST.resident, WIDEST.residentX, WIDEST.permit, WIDEST.mobile, WIDEST.landline, '12,800元', '128,000.50元', '2026年10月31日', '2026-0015', '10:30']),
    );
    for (const text of whole) expect(text).not.toMatch(/[：；、\n]/);
  });

  it('keeps the old form for a group whose members stated nothing more: one row each', () => {
    const plain = buildIntakeRecord(complaintIntake);
    expect(tables(plain)[1].rows).toHaveLength(1 + complaintIntake.complainants.length);
  });
});
