// The investigation's pure rules: 监察条例 Art. 16 (two or more inspectors, each with a 执法证 valid on the day of the
// interview), an interpreter for any language but 汉语 told of the duty, the interview's times, and what a record
// needs before it is finalised; and the printed documents' elements from the builders.
import { describe, expect, it } from 'vitest';
import { buildInquiryNotice } from '../../shared/domain/documents/inquiry-notice';
import { buildInquiryRecord } from '../../shared/domain/documents/inquiry-record';
import type { DocumentModel } from '../../shared/domain/documents/model';
import { DEFAULT_TEMPLATES } from '../../shared/domain/documents/templates';
import { finaliseProblems, inspectorProblem, languageProblems, timeProblems } from '../../shared/domain/investigation';
import { inquiryNoticeSample, inquiryRecordSample, TIBETAN_ANSWER } from '../fixtures/investigation';

const zhang = { staffId: 's1', name: '张伟', certNo: '藏人社监字0231', certExpiry: '2028-12-31' };
const dawa = { staffId: 's2', name: '达瓦次仁', certNo: '藏人社监字0232', certExpiry: '2026-11-26' };

function textOf(m: DocumentModel): string {
  const runs = m.body.flatMap((b) => (b.type === 'paragraph' ? b.runs : b.type === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.runs)) : []));
  return [m.title, m.number ?? '', m.addressee ?? '', ...runs.map((r) => r.text), ...m.notes.flat().map((r) => r.text), m.pageFoot ?? ''].join('');
}

describe('监察条例 Art. 16: who may question', () => {
  it('takes two distinct inspectors whose certificates are valid on the day, and names what is wrong otherwise', () => {
    expect(inspectorProblem([zhang, dawa], '2026-11-26')).toBeNull();
    // Valid through its last day, not the day after.
    expect(inspectorProblem([zhang, dawa], '2026-11-27')).toBe('达瓦次仁的执法证已于 2026-11-26 过期，不能担任询问人（《劳动保障监察条例》第十六条）');
    expect(inspectorProblem([zhang], '2026-11-26')).toBe('询问须由两名以上持有效执法证的监察员进行（现有1名，《劳动保障监察条例》第十六条）');
    expect(inspectorProblem([], '2026-11-26')).toContain('现有0名');
    expect(inspectorProblem([zhang, { ...zhang }], '2026-11-26')).toBe('询问人“张伟”重复，请选择两名不同的监察员');
    expect(inspectorProblem([zhang, { ...dawa, certExpiry: null }], '2026-11-26')).toBe('达瓦次仁没有登记执法证号及有效期，不能担任询问人（《劳动保障监察条例》第十六条）');
  });
});

describe('language and interpreter', () => {
  const base = { language: 'zh' as const, languageOther: null, interpreterName: null, interpreterDutyTold: false };
  it('needs nothing for 汉语, an interpreter told of the duty for 藏语, and the language named for another', () => {
    expect(languageProblems(base)).toEqual({});
    expect(languageProblems({ ...base, language: 'bo' })).toEqual({ interpreterName: '使用藏语询问的，须有翻译人员；请填写翻译人员姓名' });
    expect(languageProblems({ ...base, language: 'bo', interpreterName: '次仁央宗' })).toEqual({ interpreterDutyTold: '请先告知翻译人员如实、完整翻译的义务，并勾选“已告知”' });
    expect(languageProblems({ ...base, language: 'bo', interpreterName: '次仁央宗', interpreterDutyTold: true })).toEqual({});
    expect(languageProblems({ ...base, language: 'other', languageOther: '维吾尔语' })).toEqual({ interpreterName: '使用维吾尔语询问的，须有翻译人员；请填写翻译人员姓名' });
    expect(languageProblems({ ...base, language: 'other' })).toMatchObject({ languageOther: '请写明询问使用的语言' });
  });
});

describe('times and finalising', () => {
  const now = Date.parse('2026-11-26T12:00:00+08:00');
  const start = Date.parse('2026-11-26T09:30:00+08:00');
  it('refuses a start in the future and an end not after the start', () => {
    expect(timeProblems({ startedAt: start, endedAt: start + 3_600_000 }, now)).toEqual({});
    expect(timeProblems({ startedAt: now + 1, endedAt: null }, now)).toEqual({ startedAt: '询问开始时间不能晚于现在' });
    expect(timeProblems({ startedAt: start, endedAt: start }, now)).toEqual({ endedAt: '询问结束时间应当晚于开始时间' });
    expect(timeProblems({ startedAt: start, endedAt: now + 60_000 }, now)).toEqual({ endedAt: '询问结束时间不能晚于现在' });
  });
  it('finalises only with an end time and every question answered', () => {
    expect(finaliseProblems({ startedAt: start, endedAt: start + 1, qa: [{ q: '问', a: '答' }] })).toEqual({});
    expect(finaliseProblems({ startedAt: start, endedAt: null, qa: [] })).toEqual({ endedAt: '定稿前请填写询问结束时间', qa: '笔录还没有问答内容，不能定稿' });
    expect(finaliseProblems({ startedAt: start, endedAt: start + 1, qa: [{ q: '问', a: '答' }, { q: '问二', a: ' ' }] }).qa).toBe('第2组问答的问题或回答为空；被询问人未回答的，请如实记录“未回答”');
  });
});

describe('the documents', () => {
  it('询问通知书: the statutory powers, the time and place, what to bring, refusal and rights, contact, sealed and dated', () => {
    const m = buildInquiryNotice(inquiryNoticeSample);
    const text = textOf(m);
    expect(m).toMatchObject({ kind: 'inquiryNotice', title: '劳动保障监察询问通知书', addressee: '日喀则市华建建筑工程有限公司：', layout: 'official' });
    expect(m.signature).toEqual({ lines: [], organ: '日喀则市人力资源和社会保障局', date: '2026-11-26', dateStyle: 'arabic', sealed: true });
    for (const e of ['第十五条第（二）项、第（三）项', '2026年12月1日上午10时', '监察支队203室接受询问', '1.2026年3月至11月的工资发放表、考勤记录；', '3.到场人的身份证件', '第十六条', '第三十条', '联系人：张伟', '联系电话：0892-8826001']) {
      expect(text, e).toContain(e);
    }
    expect(() => buildInquiryNotice({ ...inquiryNoticeSample, appearDate: '2026-11-25' })).toThrow('到场日期 2026-11-25 早于通知日期 2026-11-26');
    // A notice numbered by the case's own number where the bureau so chooses.
    expect(buildInquiryNotice(inquiryNoticeSample, { ...DEFAULT_TEMPLATES.inquiryNotice, numbering: { mode: 'caseNumber' } }).number).toBe('日喀则市人社监立字〔2026〕第1号');
  });

  it('询问笔录: the interview, both inspectors with their certificates, the interpreter, the Q/A in Tibetan, the closing line and every signature', () => {
    const m = buildInquiryRecord({ ...inquiryRecordSample, corrections: [{ at: '2026-11-26 11:00', text: '“3月”应为“4月”', reason: '被询问人核对时指出', by: '张伟' }] });
    const text = textOf(m);
    for (const e of ['询问笔录', '2026-11-26 09:30', '2026-11-26 10:45', '张伟（', '藏人社监字0231', '达瓦次仁（', '藏语', '次仁央宗', '出示执法证件', '申请回避', '如实、完整地翻译', TIBETAN_ANSWER, '以上笔录我已看过', '“3月”应为“4月”（更正理由：被询问人核对时指出）', '被询问人（签名捺印）：', '翻译人员（签名）：', '询问人（签名）：', '记录人（签名）：']) {
      expect(text, e).toContain(e);
    }
    expect(m.pageFoot).toBe('被询问人（签名并捺印）：');
    expect(() => buildInquiryRecord({ ...inquiryRecordSample, inspectors: [inquiryRecordSample.inspectors[0]!] })).toThrow('两名以上询问人');
    // 汉语 without an interpreter: no interpreter's line to sign.
    expect(textOf(buildInquiryRecord({ ...inquiryRecordSample, language: '汉语', interpreter: null }))).not.toContain('翻译人员（签名）');
  });
});
