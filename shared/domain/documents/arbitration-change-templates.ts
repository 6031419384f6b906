// The papers of an arbitration's changes of course: 延长审理期限通知书 (调解仲裁法 Art. 43(1): the extension is notified
// in writing), 中止仲裁决定书 and 恢复仲裁通知书 (办案规则 Art. 47: 中止 is
// decided in writing and the parties told; the days between are not counted, Art. 46) and 先予执行裁定书 (调解仲裁法
// Art. 44: the worker gives no security; the ruling is transferred to the people's court for enforcement). No national
// form is confirmed (DOMAIN.md §2.1): the sentences are our own, editable in 设置 → 文书模板.
import type { DocumentTemplate, PieceSpec, TemplateSpec } from './template-engine';

const piece = (label: string, placeholders: readonly string[], required = true, mustUse?: readonly string[]): PieceSpec =>
  mustUse ? { label, required, placeholders, mustUse } : { label, required, placeholders };

/** What every one of these papers can say about its case. */
const CASE = ['committee', 'caseNumber', 'applicants', 'respondents', 'acceptedOn'] as const;

export const ARBITRATION_CHANGE_SPECS = {
  suspensionDecision: {
    kind: 'suspensionDecision',
    texts: {
      title: piece('标题', CASE),
      parties: piece('当事人', CASE),
      facts: piece('案件情况', [...CASE, 'date']),
      ground: piece('中止事由', [...CASE, 'ground', 'date'], true, ['ground']),
      decision: piece('决定', [...CASE, 'date'], true, ['date']),
      clock: piece('期限说明', [...CASE, 'date']),
      effect: piece('生效', CASE),
    },
    lists: {},
  },
  resumptionNotice: {
    kind: 'resumptionNotice',
    texts: {
      title: piece('标题', CASE),
      addressee: piece('主送', CASE),
      suspended: piece('中止情况', [...CASE, 'suspendedOn', 'ground']),
      resumed: piece('恢复', [...CASE, 'date', 'reason'], true, ['date']),
      clock: piece('期限说明', [...CASE, 'date', 'pausedDays', 'awardDue'], true, ['awardDue']),
      provisional: piece('届满日暂定的说明', [...CASE, 'awardDue'], false),
    },
    lists: {},
  },
  extensionNotice: {
    kind: 'extensionNotice',
    texts: {
      title: piece('标题', CASE),
      addressee: piece('主送', CASE),
      facts: piece('案件情况', CASE, true, ['caseNumber']),
      extended: piece('延长', [...CASE, 'date', 'extensionReason'], true, ['date']),
      clock: piece('期限说明', [...CASE, 'date', 'originalDue', 'extendedDue'], true, ['extendedDue']),
      provisional: piece('届满日暂定的说明', [...CASE, 'extendedDue'], false),
    },
    lists: {},
  },
  provisionalExecutionRuling: {
    kind: 'provisionalExecutionRuling',
    texts: {
      title: piece('标题', CASE),
      parties: piece('当事人', CASE),
      application: piece('申请情况', [...CASE, 'applicant', 'appliedOn', 'claim', 'appliedAmount']),
      findings: piece('审查意见', [...CASE, 'facts']),
      granted: piece('裁定（准予）', [...CASE, 'applicant', 'amount', 'amountWords'], true, ['amount']),
      security: piece('担保', [...CASE, 'applicant']),
      transfer: piece('移送执行', [...CASE, 'court'], true, ['court']),
      refused: piece('裁定（驳回）', [...CASE, 'applicant']),
      effect: piece('生效', CASE),
    },
    lists: {},
  },
} as const satisfies Record<string, TemplateSpec>;

export const ARBITRATION_CHANGE_TEMPLATES: Record<keyof typeof ARBITRATION_CHANGE_SPECS, DocumentTemplate> = {
  suspensionDecision: {
    kind: 'suspensionDecision',
    name: '内置模板',
    numbering: { mode: 'caseNumber' },
    audience: ['allParties'],
    texts: {
      title: '中止仲裁决定书',
      parties: '申请人：{applicants}\n被申请人：{respondents}',
      facts: '申请人与被申请人劳动人事争议一案，本委于{acceptedOn}受理。',
      ground: '本案审理过程中，出现下列情形：{ground}。',
      decision: '依照《劳动人事争议仲裁办案规则》第四十七条的规定，经本委负责人批准，决定本案自{date}起中止仲裁审理。',
      clock: '中止审理期间不计入仲裁期限（《劳动人事争议仲裁办案规则》第四十六条）。中止事由消除后，本委将恢复仲裁审理并书面通知双方当事人。',
      effect: '本决定书送达即发生法律效力。',
    },
    lists: {},
  },
  resumptionNotice: {
    kind: 'resumptionNotice',
    name: '内置模板',
    numbering: { mode: 'caseNumber' },
    audience: ['allParties'],
    texts: {
      title: '恢复仲裁通知书',
      addressee: '{applicants}、{respondents}：',
      suspended: '你们之间的劳动人事争议一案，本委于{suspendedOn}因{ground}决定中止仲裁审理。',
      resumed: '现中止事由已经消除（{reason}），本委决定自{date}起恢复仲裁审理。',
      clock: '中止审理期间共{pausedDays}日，不计入仲裁期限；本案仲裁期限自恢复之日起继续计算，至{awardDue}届满（《劳动人事争议仲裁办案规则》第四十六条）。请双方当事人按本委通知参加仲裁活动。',
      // Printed only when the count runs into a year whose holiday notice is not yet entered (the date is 暂定).
      provisional: '上述届满日所在年度的节假日安排尚未公布，届满日为暂定；安排公布后届满日如有变化，本委将另行通知。',
    },
    lists: {},
  },
  // 调解仲裁法 Art. 43(1): 案情复杂需要延期的，经仲裁委员会主任批准，可以延期并书面通知当事人，但是延长期限不得超过十五日.
  extensionNotice: {
    kind: 'extensionNotice',
    name: '内置模板',
    numbering: { mode: 'caseNumber' },
    audience: ['allParties'],
    texts: {
      title: '延长审理期限通知书',
      addressee: '{applicants}、{respondents}：',
      facts: '你们之间的劳动人事争议一案（案号：{caseNumber}），本委于{acceptedOn}受理。',
      extended: '因{extensionReason}，本案案情复杂需要延期。依照《劳动争议调解仲裁法》第四十三条第一款的规定，经本委主任于{date}批准，本案审理期限予以延长，延长期限不超过十五日。',
      clock: '本案仲裁期限原至{originalDue}届满，延长后至{extendedDue}届满。请双方当事人按本委通知参加仲裁活动。',
      // Printed only when the count runs into a year whose holiday notice is not yet entered (the date is 暂定).
      provisional: '上述届满日所在年度的节假日安排尚未公布，届满日为暂定；安排公布后届满日如有变化，本委将另行通知。',
    },
    lists: {},
  },
  provisionalExecutionRuling: {
    kind: 'provisionalExecutionRuling',
    name: '内置模板',
    numbering: { mode: 'caseNumber' },
    audience: ['allParties'],
    texts: {
      title: '先予执行裁定书',
      parties: '申请人：{applicants}\n被申请人：{respondents}',
      application: '申请人与被申请人劳动人事争议一案，本委于{acceptedOn}受理。申请人{applicant}于{appliedOn}就{claim}请求向本委申请先予执行，申请金额人民币{appliedAmount}。',
      findings: '本委经审查认为：{facts}。',
      granted: '依照《中华人民共和国劳动争议调解仲裁法》第四十四条的规定，裁定如下：被申请人于本裁定书送达之日起先行支付申请人{applicant}人民币{amount}（大写：{amountWords}）。',
      security: '申请人{applicant}系劳动者，申请先予执行可以不提供担保（《中华人民共和国劳动争议调解仲裁法》第四十四条）。',
      transfer: '本裁定书移送{court}执行。',
      refused: '依照《中华人民共和国劳动争议调解仲裁法》第四十四条的规定，裁定如下：驳回申请人{applicant}的先予执行申请。',
      effect: '本裁定书送达即发生法律效力。',
    },
    lists: {},
  },
};
