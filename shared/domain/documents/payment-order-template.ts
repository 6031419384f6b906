// The 支付令申请书's template and what each piece may contain. 调解仲裁法 Art. 16: where an employer does not perform, in
// the agreed time, a mediation agreement on unpaid wages (劳动报酬), the worker may take the 调解协议书 to a people's
// court and apply for a 支付令. The court's form, its jurisdiction and its fee are not in DOMAIN.md (UNCONFIRMED): the
// court is left blank for the worker to complete, the wording is our own, and a bureau edits every piece.
import type { DocumentTemplate, PieceSpec, TemplateSpec } from './template-engine';

const piece = (label: string, placeholders: readonly string[] = [], required = true, note?: string): PieceSpec =>
  note === undefined ? { label, required, placeholders } : { label, required, placeholders, note };
const must = (label: string, placeholders: readonly string[], mustUse: readonly string[]): PieceSpec => ({
  ...piece(label, placeholders, true, `必须写明${mustUse.map((m) => `{${m}}`).join('、')}`),
  mustUse,
});
const CASE = ['organ', 'caseTitle', 'signedOn', 'agreementRef', 'respondents'] as const;

export const paymentOrderApplicationSpec: TemplateSpec = {
  kind: 'paymentOrderApplication',
  texts: {
    title: piece('标题'),
    applicantsLabel: piece('申请人（标签）', ['applicantCount']),
    respondentLabel: piece('被申请人（标签）', ['respondent']),
    request: must('请求事项', [...CASE, 'owed', 'owedWords'], ['owed', 'owedWords']),
    agreement: must('调解协议', [...CASE, 'total', 'totalWords', 'instalmentCount'], ['signedOn']),
    breach: must('逾期未履行的事实', [...CASE, 'today', 'owed', 'owedWords', 'missedCount'], ['owed']),
    basis: piece('申请的依据', [...CASE]),
    addressee: piece('致送的人民法院', [], true, '人民法院的名称由申请人填写'),
    annex: piece('附件', [...CASE]),
  },
  lists: {},
};

export const paymentOrderApplicationTemplate: DocumentTemplate = {
  kind: 'paymentOrderApplication',
  name: '内置模板',
  // The worker's own application, not the bureau's paper: no number of the bureau's.
  numbering: { mode: 'none' },
  audience: ['applicant'],
  texts: {
    title: '支付令申请书',
    applicantsLabel: '申请人（共{applicantCount}人）：',
    respondentLabel: '被申请人：{respondent}',
    request: '请求事项：请求人民法院向被申请人{respondents}发出支付令，督促其向申请人支付调解协议约定而逾期未支付的劳动报酬人民币{owed}（大写：{owedWords}）。',
    agreement:
      '事实与理由：申请人与被申请人因拖欠劳动报酬（{caseTitle}）发生争议，经{organ}主持调解，各方于{signedOn}达成调解协议{agreementRef}，约定拖欠的劳动报酬分{instalmentCount}期支付，合计人民币{total}（大写：{totalWords}）。',
    breach: '被申请人在协议约定的期限内未履行下列{missedCount}期付款义务，截至{today}尚欠人民币{owed}（大写：{owedWords}），明细如下：',
    // 调解仲裁法 Art. 16.
    basis: '根据《中华人民共和国劳动争议调解仲裁法》第十六条的规定，因支付拖欠劳动报酬事项达成调解协议，用人单位在协议约定期限内不履行的，劳动者可以持调解协议书依法向人民法院申请支付令。特此申请，请依法发出支付令。',
    addressee: '＿＿＿＿＿＿＿＿＿＿人民法院',
    annex: '附：1．调解协议书（{signedOn}）复印件一份；2．申请人身份证明复印件；3．付款记录。',
  },
  lists: {},
};
