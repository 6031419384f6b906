// The inspection's acceptance papers, hearing notice and approval forms as pure builders: the statutory elements in
// the model's text, and the refusals (in Chinese) of a paper the law would not have — two handlers for 立案 (监察条例
// Art. 16), a reason for 不予受理 (若干规定 Art. 18), a hearing after its notice (行政处罚法 Art. 64(2)).
import { describe, expect, it } from 'vitest';
import {
  buildClosingApproval,
  buildComplaintAcceptanceNotice,
  buildComplaintRejectionNotice,
  buildFilingApproval,
  buildPenaltyHearingNotice,
} from '../../shared/domain/documents/inspection-approvals';
import type { DocumentModel } from '../../shared/domain/documents/model';
import { closingApprovalSample, complaintAcceptanceSample, complaintRejectionSample, filingApprovalSample, hearingNoticeSample } from '../fixtures/inspection-approvals';

const textOf = (m: DocumentModel) =>
  [m.title, m.addressee ?? '', ...m.body.flatMap((b) => (b.type === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : b.type === 'table' ? b.rows.flatMap((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(''))) : []))].join('|');

describe('the complainant’s notices (若干规定 Art. 18)', () => {
  it('受理 and 立案 on one day, addressed to every complainant', () => {
    const t = textOf(buildComplaintAcceptanceNotice(complaintAcceptanceSample));
    expect(t).toContain('顿珠、次仁多吉：');
    expect(t).toContain('你们于2026年10月30日反映');
    expect(t).toContain('本机关决定自2026年11月2日起予以受理，并于同日立案调查（案号：日喀则市人社监立字〔2026〕第16号）。');
    expect(t).toContain('六十个工作日');
    // Accepted on its own, it does not claim a 立案.
    expect(textOf(buildComplaintAcceptanceNotice({ ...complaintAcceptanceSample, filedSameDay: false }))).toContain('起予以受理。');
  });

  it('不予受理 states its reasons, where to go and the remedies; without a reason or a complainant it is refused', () => {
    const t = textOf(buildComplaintRejectionNotice(complaintRejectionSample));
    expect(t).toContain('经审查，所反映的拖欠工资行为于2023年6月终止');
    expect(t).toContain('可以向日喀则市劳动人事争议仲裁委员会反映');
    expect(t).toContain('六十日内向日喀则市人民政府申请行政复议');
    expect(t).toContain('六个月内依法向人民法院提起行政诉讼');
    expect(textOf(buildComplaintRejectionNotice({ ...complaintRejectionSample, referTo: null }))).not.toContain('反映或者依法提出申请');
    expect(() => buildComplaintRejectionNotice({ ...complaintRejectionSample, reason: null })).toThrow('不予受理通知书须写明不予受理的理由');
    expect(() => buildComplaintAcceptanceNotice({ ...complaintAcceptanceSample, complainants: [] })).toThrow('本案没有登记投诉人');
  });
});

describe('the hearing notice (行政处罚法 Art. 64)', () => {
  it('names the day, time, place and presiding officer and the party’s rights', () => {
    const t = textOf(buildPenaltyHearingNotice(hearingNoticeSample));
    expect(t).toContain('本机关定于2026年12月21日上午9时30分在日喀则市人力资源和社会保障局三楼听证室举行听证。');
    expect(t).toContain('非本案调查人员卓嘎主持');
    for (const right of ['听证公开举行', '申请回避', '委托一至二人代理', '申辩和质证', '视为放弃听证权利']) expect(t).toContain(right);
    expect(textOf(buildPenaltyHearingNotice({ ...hearingNoticeSample, presiding: null, time: null }))).toContain('本机关定于2026年12月21日在');
    expect(() => buildPenaltyHearingNotice({ ...hearingNoticeSample, hearingDate: hearingNoticeSample.date })).toThrow('听证日期（2026-12-10）应晚于听证通知送达日期（2026-12-10）');
  });
});

describe('the approval forms (监察条例 Arts. 16–18)', () => {
  it('立案 names two or more handlers with their 执法证 and the leader who signed; fewer is refused', () => {
    const m = buildFilingApproval(filingApprovalSample);
    expect(m).toMatchObject({ layout: 'form', number: '日喀则市人社监立字〔2026〕第16号', signature: null });
    const t = textOf(m);
    expect(t).toContain('张伟（执法证号 藏人社监字0231）、达瓦次仁（执法证号 藏人社监字0232）');
    expect(t).toContain('投诉（来访），2026年10月30日登记');
    expect(t).toContain('涉及劳动者15人，反映金额128,000.50元');
    expect(t).toContain('负责人：李强');
    expect(() => buildFilingApproval({ ...filingApprovalSample, handlers: filingApprovalSample.handlers.slice(0, 1) })).toThrow('立案审批表须载明两名以上承办人及其执法证号（《劳动保障监察条例》第十六条），批准立案时本案有1名承办人');
  });

  it('结案 prints the ledger per worker and says so where the approved total differs from it', () => {
    expect(textOf(buildClosingApproval(closingApprovalSample))).not.toContain('两者不一致');
    const t = textOf(buildClosingApproval({ ...closingApprovalSample, recoveredFen: 10_000_000 }));
    expect(t).toContain('结案时填报的追发工资总额为100,000元，支付记录合计为128,000.50元，两者不一致');
  });
});
