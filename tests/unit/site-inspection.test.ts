// The 现场检查 rules and the 现场检查笔录's elements: Art. 16 in the inspection's words, the times, what finalising
// needs (an end, findings, a caption on every photo), and the printed record's table, findings, photo list,
// corrections and a signature line for each person present and each inspector.
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../shared/domain/documents/model';
import { buildSiteInspectionRecord } from '../../shared/domain/documents/site-inspection-record';
import { checkTemplate, DEFAULT_TEMPLATES } from '../../shared/domain/documents/templates';
import { inspectorProblem } from '../../shared/domain/investigation';
import { SITE_ACT, siteFinaliseProblems, siteTimeProblems } from '../../shared/domain/site-inspection';
import { siteInspectionRecordSample } from '../fixtures/site-inspection';

const zhang = { staffId: 's1', name: '张伟', certNo: '藏人社监字0231', certExpiry: '2028-12-31' };
const dawa = { staffId: 's2', name: '达瓦次仁', certNo: '藏人社监字0232', certExpiry: '2026-11-26' };

function textOf(m: DocumentModel): string {
  const runs = m.body.flatMap((b) => (b.type === 'paragraph' ? b.runs : b.type === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.runs)) : []));
  return [m.title, ...runs.map((r) => r.text), m.pageFoot ?? ''].join('');
}

describe('现场检查: who, when, and what finalising needs', () => {
  it('applies Art. 16 in the inspection’s words', () => {
    expect(inspectorProblem([zhang, dawa], '2026-11-26', SITE_ACT)).toBeNull();
    expect(inspectorProblem([zhang, dawa], '2026-11-27', SITE_ACT)).toBe('达瓦次仁的执法证已于 2026-11-26 过期，不能担任检查人员（《劳动保障监察条例》第十六条）');
    expect(inspectorProblem([zhang], '2026-11-26', SITE_ACT)).toBe('现场检查须由两名以上持有效执法证的监察员进行（现有1名，《劳动保障监察条例》第十六条）');
    expect(inspectorProblem([zhang, { ...zhang }], '2026-11-26', SITE_ACT)).toBe('检查人员“张伟”重复，请选择两名不同的监察员');
  });

  it('wants the end after the start and neither in the future', () => {
    const now = Date.parse('2026-11-27T12:00:00+08:00');
    const at = (hm: string) => Date.parse(`2026-11-27T${hm}:00+08:00`);
    expect(siteTimeProblems({ startedAt: at('10:00'), endedAt: at('11:30') }, now)).toEqual({});
    expect(siteTimeProblems({ startedAt: at('10:00'), endedAt: null }, now)).toEqual({});
    expect(siteTimeProblems({ startedAt: at('10:00'), endedAt: at('10:00') }, now)).toEqual({ endedAt: '检查结束时间应当晚于开始时间' });
    expect(siteTimeProblems({ startedAt: at('10:00'), endedAt: at('12:30') }, now)).toEqual({ endedAt: '检查结束时间不能晚于现在' });
    expect(siteTimeProblems({ startedAt: at('12:30'), endedAt: null }, now)).toEqual({ startedAt: '检查开始时间不能晚于现在' });
  });

  it('finalises only with an end, findings and a caption on every photo', () => {
    const ok = { startedAt: 1, endedAt: 2, findings: '未发现问题', photos: [{ caption: '大门' }] };
    expect(siteFinaliseProblems(ok)).toEqual({});
    expect(siteFinaliseProblems({ ...ok, endedAt: null, findings: '  ', photos: [{ caption: '大门' }, { caption: ' ' }] })).toEqual({
      endedAt: '定稿前请填写检查结束时间',
      findings: '请记录现场检查的情况；未发现问题的，也请如实写明',
      photos: '第2张照片没有说明；请写明拍摄的是什么（《劳动保障监察条例》第十五条第（四）项）',
    });
  });
});

describe('现场检查笔录 (document)', () => {
  it('carries the time, place, unit, those present, the inspectors with their 执法证, the findings, the photos and the signatures', () => {
    const m = buildSiteInspectionRecord(siteInspectionRecordSample);
    expect(m).toMatchObject({ kind: 'siteInspectionRecord', title: '现场检查笔录', number: null, layout: 'form', pageFoot: '在场人员（签名）：' });
    const text = textOf(m);
    for (const element of [
      '2026-11-27 10:00',
      '2026-11-27 11:30',
      '桑珠孜区第二小学教学楼项目施工现场',
      '日喀则市华建建筑工程有限公司',
      '李建国（项目经理）',
      '张伟（藏人社监字0231）、达瓦次仁（藏人社监字0232）',
      '日喀则市人力资源和社会保障局劳动保障监察员张伟、达瓦次仁依法对日喀则市华建建筑工程有限公司进行现场检查',
      '项目部未设置维权信息告示牌。',
      '检查中拍摄现场照片2张',
      '照片1：项目大门，未设维权信息告示牌',
      '照片2：项目部墙上的木工班组考勤表',
    ]) {
      expect(text, element).toContain(element);
    }
    // The photos themselves follow on pages of their own, in order, each with its number and caption.
    expect(m.annex).toEqual({
      title: '附：现场照片',
      images: [
        { sha256: 'a1'.repeat(32), mime: 'image/jpeg', width: 4032, height: 3024, caption: '照片1：项目大门，未设维权信息告示牌' },
        { sha256: 'b2'.repeat(32), mime: 'image/jpeg', width: 3024, height: 4032, caption: '照片2：项目部墙上的木工班组考勤表' },
      ],
    });
    const lines = m.body.filter((b) => b.type === 'paragraph').map((b) => (b.type === 'paragraph' ? b.runs.map((r) => r.text).join('') : ''));
    expect(lines.filter((l) => l.startsWith('在场人员（签名）'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('检查人员（签名）'))).toHaveLength(2);
    // Each finding line is its own paragraph.
    expect(lines).toContain('工资专用账户的代发记录只到2026年6月；考勤表显示木工班组15人在岗。');
  });

  it('says no photo when none was taken, appends corrections after the record, and leaves a line for a refusal to sign', () => {
    const m = buildSiteInspectionRecord({ ...siteInspectionRecordSample, present: [], photos: [], corrections: [{ at: '2026-11-27 15:00', by: '张伟', text: '楼号应为二期', reason: '核对照片时发现记错' }] });
    const text = textOf(m);
    expect(text).not.toContain('拍摄现场照片');
    expect(m.annex).toBeNull();
    expect(text).toContain('在场人员无');
    expect(text).toContain('1. 2026-11-27 15:00，张伟更正：楼号应为二期（更正理由：核对照片时发现记错）');
    expect(text).toContain('在场人员（签名；拒绝签名的，由检查人员注明）');
    expect(text.indexOf('以上笔录已向在场人员宣读')).toBeLessThan(text.indexOf('楼号应为二期'));
  });

  it('refuses fewer than two inspectors or no findings, and a template that drops the unit', () => {
    expect(() => buildSiteInspectionRecord({ ...siteInspectionRecordSample, inspectors: siteInspectionRecordSample.inspectors.slice(0, 1) })).toThrow('第十六条');
    expect(() => buildSiteInspectionRecord({ ...siteInspectionRecordSample, findings: ' ' })).toThrow('没有检查情况');
    expect(checkTemplate('siteInspectionRecord', DEFAULT_TEMPLATES.siteInspectionRecord.texts)).toEqual([]);
    expect(checkTemplate('siteInspectionRecord', { ...DEFAULT_TEMPLATES.siteInspectionRecord.texts, credentials: '{organ}对{site}检查' }).map((p) => p.piece)).toContain('texts.credentials');
  });
});
