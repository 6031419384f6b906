// The inspection's decision papers: what each piece may say (specs) and the built-in wording. The elements are the
// statutes' (行政处罚法 Arts. 44–45, 59, 64, 67, 72; 监察条例 Arts. 19, 26; 行政强制法 Arts. 35–36, 54; 行政复议法
// 2023 Arts. 20, 24, 42; 行政诉讼法 Arts. 46, 56); the sentences are our own. Periods the statutes fix are printed with
// the dates the deadline engine counts; periods a bureau sets (the 陈述申辩 days, the time to pay a decision) come
// from the settings or are template text a bureau edits (设置 → 文书模板). No national form is confirmed (DOMAIN.md §2.2).
import type { DocumentTemplate, PieceSpec, TemplateSpec } from './template-engine';

const piece = (label: string, placeholders: readonly string[] = [], required = true, note?: string): PieceSpec =>
  note === undefined ? { label, required, placeholders } : { label, required, placeholders, note };

/** What every paper can say about the case. */
const CASE = ['organ', 'employer', 'caseTitle', 'caseNumber', 'caseRef', 'filedOn', 'facts'] as const;
/** The party's identity lines (行政处罚法 Art. 59(1): 名称、地址). */
const PARTY = ['employer', 'creditCode', 'address', 'legalRepName', 'legalRepTitle'] as const;
/** The hearing of the party before a decision. */
const HEARD = ['noticeDate', 'statementDate', 'statement', 'review', 'hearingHeldOn', 'hearingRecord'] as const;
/** The remedies: the reconsideration body (the organ's own government, 行政复议法 Art. 24). */
const REMEDY = ['government'] as const;

const partyList = piece('当事人身份事项', PARTY, false, '某项的占位符都为空时（如未登记住所），该项不打印');
const heardPieces = {
  heardNotice: piece('事先告知情况', [...CASE, ...HEARD]),
  heardStatement: piece('陈述申辩及复核', [...CASE, ...HEARD]),
  heardSilent: piece('未陈述申辩', [...CASE, ...HEARD]),
  heardHearing: piece('听证情况', [...CASE, ...HEARD], false),
};

export const INSPECTION_PAPER_SPECS = {
  priorNotice: {
    kind: 'priorNotice',
    texts: {
      titleHandling: piece('标题（拟作出行政处理决定）'),
      titlePenalty: piece('标题（拟作出行政处罚决定）'),
      titleBoth: piece('标题（拟作出行政处理和行政处罚决定）'),
      addressee: piece('主送', ['employer']),
      finding: piece('查明的事实', [...CASE]),
      intended: piece('拟作出的决定及其理由和依据', [...CASE, 'decisionKind', 'content']),
      statement: { ...piece('陈述、申辩的权利', [...CASE, 'statementDays', 'statementDue'], true, '必须写明陈述、申辩的最后一日{statementDue}'), mustUse: ['statementDue'] },
      hearing: { ...piece('要求听证的权利（拟作出行政处罚时）', [...CASE, 'hearingDays', 'hearingDue'], true, '必须写明要求听证的最后一日{hearingDue}'), mustUse: ['hearingDue'] },
      how: piece('提出方式', [...CASE, 'orHearing'], false),
    },
    lists: {},
  },
  handlingDecision: {
    kind: 'handlingDecision',
    texts: {
      title: piece('标题'),
      partyLabel: piece('当事人（名称行）', ['employer']),
      finding: piece('立案和查明的事实', [...CASE]),
      orderUnpaid: piece('逾期未执行限期支付指令', [...CASE, 'orderDate', 'orderDeadline']),
      ...heardPieces,
      decisionIntro: piece('决定（引言）', [...CASE]),
      wagesItem: { ...piece('责令支付工资', [...CASE, 'payees', 'wages', 'wagesWords'], true, '必须写明金额{wages}及其大写{wagesWords}'), mustUse: ['wages', 'wagesWords'] },
      compensationItem: { ...piece('加付赔偿金', [...CASE, 'percent', 'compensation', 'compensationWords']), mustUse: ['compensation', 'compensationWords'] },
      perform: piece('履行方式和期限', [...CASE], true, '履行期限为本地做法（待核实），请按本机关的规定修改'),
      consequence: piece('逾期不履行的后果', [...CASE]),
      remedy: { ...piece('救济途径和期限', [...CASE, ...REMEDY], true, '必须写明申请行政复议的机关{government}'), mustUse: ['government'] },
    },
    lists: { party: partyList },
  },
  penaltyDecision: {
    kind: 'penaltyDecision',
    texts: {
      title: piece('标题'),
      partyLabel: piece('当事人（名称行）', ['employer']),
      finding: piece('立案和查明的事实', [...CASE]),
      ...heardPieces,
      decision: { ...piece('处罚的种类和依据', [...CASE, 'basis', 'fine', 'fineWords'], true, '必须写明罚款金额{fine}及其大写{fineWords}'), mustUse: ['basis', 'fine', 'fineWords'] },
      perform: piece('履行方式和期限', [...CASE]),
      consequence: piece('到期不缴纳的后果', [...CASE]),
      remedy: { ...piece('救济途径和期限', [...CASE, ...REMEDY], true, '必须写明申请行政复议的机关{government}'), mustUse: ['government'] },
    },
    lists: { party: partyList },
  },
  demandNotice: {
    kind: 'demandNotice',
    texts: {
      title: piece('标题'),
      addressee: piece('主送', ['employer']),
      decided: piece('决定及其生效情况', [...CASE, 'decisions']),
      demand: { ...piece('催告履行的义务、期限和金额', [...CASE, 'dueDays', 'due', 'amount', 'amountWords', 'duties'], true, '必须写明履行期限{due}和金额{amount}'), mustUse: ['due', 'amount'] },
      how: piece('履行方式', [...CASE]),
      statement: piece('陈述、申辩的权利', [...CASE, 'due']),
      consequence: piece('逾期不履行的后果', [...CASE, 'due']),
    },
    lists: {},
  },
} as const satisfies Record<string, TemplateSpec>;

const PARTY_LINES = ['统一社会信用代码：{creditCode}', '住所：{address}', '法定代表人（负责人）：{legalRepName}{legalRepTitle}'];
const HEARD_TEXTS = {
  heardNotice: '本机关于{noticeDate}向你单位送达事先告知书，告知拟作出的决定及其事实、理由、依据，以及你单位依法享有的陈述、申辩等权利。',
  heardStatement: '你单位于{statementDate}提出陈述、申辩：{statement}。本机关对你单位提出的事实、理由和证据进行了复核，复核意见：{review}。',
  heardSilent: '你单位在规定期限内未提出陈述、申辩。',
  heardHearing: '本机关应你单位的要求，于{hearingHeldOn}依法举行听证：{hearingRecord}。',
};
// 行政复议法 (2023) Art. 20: 60 days from knowing of the act; Art. 24: the organ's own government hears it. 行政诉讼法
// Art. 46: six months from knowing of it. Both Arts. 42 and 56: the decision is carried out meanwhile, save exceptions.
const REMEDY_TEXT =
  '你单位如不服本决定，可以自收到本决定书之日起六十日内向{government}申请行政复议（《中华人民共和国行政复议法》第二十条），或者自收到本决定书之日起六个月内依法向人民法院提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）。行政复议或者行政诉讼期间，本决定不停止执行，法律另有规定的除外。';

export const INSPECTION_PAPER_TEMPLATES: Record<keyof typeof INSPECTION_PAPER_SPECS, DocumentTemplate> = {
  priorNotice: {
    kind: 'priorNotice',
    name: '内置模板',
    numbering: { mode: 'series', series: 'priorNotice', pattern: '{unitShort}人社监告字〔{year}〕第{n}号' },
    audience: ['respondent'],
    texts: {
      titleHandling: '劳动保障监察行政处理事先告知书',
      titlePenalty: '劳动保障监察行政处罚事先告知书',
      titleBoth: '劳动保障监察行政处理和行政处罚事先告知书',
      addressee: '{employer}：',
      finding: '本机关对{caseTitle}一案{caseRef}立案调查，现已调查终结。经查：{facts}',
      // 行政处罚法 Art. 44; 监察条例 Art. 19.
      intended: '依照《中华人民共和国行政处罚法》第四十四条和《劳动保障监察条例》第十九条的规定，现将本机关拟对你单位作出的{decisionKind}及其事实、理由和依据告知如下：{content}',
      // 行政处罚法 Art. 45 (the period is the bureau's: setting penalty.statement).
      statement:
        '你单位对上述拟作出的决定享有陈述、申辩的权利。请于收到本告知书之日起{statementDays}个工作日内（{statementDue}前）向本机关提出陈述、申辩意见；逾期未提出的，视为放弃陈述、申辩的权利。本机关不因你单位陈述、申辩而给予更重的处罚（《中华人民共和国行政处罚法》第四十五条）。',
      // 行政处罚法 Arts. 63–64(1); Art. 85: 五日 are working days.
      hearing:
        '对拟作出的行政处罚，你单位有权要求举行听证。要求听证的，应当于收到本告知书之日起{hearingDays}个工作日内（{hearingDue}前）向本机关提出；逾期未提出的，视为放弃听证的权利（《中华人民共和国行政处罚法》第六十三条、第六十四条）。',
      how: '陈述、申辩{orHearing}，可以向本机关提交书面意见，也可以到本机关口头提出，由本机关记录。',
    },
    lists: {},
  },
  handlingDecision: {
    kind: 'handlingDecision',
    name: '内置模板',
    numbering: { mode: 'series', series: 'handlingDecision', pattern: '{unitShort}人社监理字〔{year}〕第{n}号' },
    audience: ['respondent'],
    texts: {
      title: '劳动保障监察行政处理决定书',
      partyLabel: '当事人：{employer}',
      finding: '本机关于{filedOn}对{caseTitle}一案{caseRef}立案调查。经查：{facts}',
      orderUnpaid: '本机关于{orderDate}向你单位下达劳动保障监察限期改正（支付）指令书，责令你单位于{orderDeadline}前支付，你单位逾期未支付。',
      ...HEARD_TEXTS,
      decisionIntro: '根据《劳动保障监察条例》第二十六条的规定，本机关决定如下：',
      wagesItem: '责令你单位向{payees}支付拖欠的劳动报酬人民币{wages}（大写：{wagesWords}）；',
      compensationItem: '责令你单位按应付金额的{percent}%向劳动者加付赔偿金人民币{compensation}（大写：{compensationWords}）；',
      // UNCONFIRMED: the days to perform are local practice; a bureau edits them here.
      perform: '上述款项由你单位自收到本决定书之日起十五日内直接支付给劳动者本人，并将支付凭证报送本机关。',
      // 行政强制法 Arts. 53–54; 保障农民工工资支付条例 Art. 42.
      consequence:
        '你单位在法定期限内不申请行政复议或者提起行政诉讼，又不履行本决定的，本机关将依照《中华人民共和国行政强制法》第五十三条、第五十四条的规定催告履行，并申请人民法院强制执行。',
      remedy: REMEDY_TEXT,
    },
    lists: { party: PARTY_LINES },
  },
  penaltyDecision: {
    kind: 'penaltyDecision',
    name: '内置模板',
    numbering: { mode: 'series', series: 'penaltyDecision', pattern: '{unitShort}人社监罚字〔{year}〕第{n}号' },
    audience: ['respondent'],
    texts: {
      title: '劳动保障监察行政处罚决定书',
      partyLabel: '当事人：{employer}',
      finding: '本机关于{filedOn}对{caseTitle}一案{caseRef}立案调查。经查：{facts}',
      ...HEARD_TEXTS,
      // 行政处罚法 Art. 59(3): the kind of penalty and its basis.
      decision: '以上事实违反了有关劳动保障法律、法规的规定。依照{basis}的规定，本机关决定对你单位处以罚款人民币{fine}（大写：{fineWords}）。',
      // 行政处罚法 Art. 67(3): paid within 15 days of receipt at the designated bank or by electronic payment.
      perform: '请你单位自收到本决定书之日起十五日内，持本决定书到本机关指定的银行或者通过电子支付系统缴纳罚款（《中华人民共和国行政处罚法》第六十七条）。',
      // 行政处罚法 Art. 72(1)(1)(2).
      consequence:
        '到期不缴纳罚款的，本机关可以每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额；并可以依法申请人民法院强制执行（《中华人民共和国行政处罚法》第七十二条）。',
      remedy: REMEDY_TEXT,
    },
    lists: { party: PARTY_LINES },
  },
  demandNotice: {
    kind: 'demandNotice',
    name: '内置模板',
    numbering: { mode: 'series', series: 'demandNotice', pattern: '{unitShort}人社监催字〔{year}〕第{n}号' },
    audience: ['respondent'],
    texts: {
      title: '履行行政决定催告书',
      addressee: '{employer}：',
      decided: '本机关在{caseTitle}一案{caseRef}中对你单位作出的{decisions}，已依法送达。你单位在法定期限内未申请行政复议、未提起行政诉讼，又未履行上述决定。',
      // 行政强制法 Art. 35(1)(2); Art. 54: ten days after service; Art. 69: 十日 are working days.
      demand:
        '依照《中华人民共和国行政强制法》第三十五条、第五十四条的规定，现催告你单位于收到本催告书之日起{dueDays}个工作日内（{due}前）履行下列义务：{duties}。尚未履行的金额共计人民币{amount}（大写：{amountWords}）。',
      how: '劳动报酬和赔偿金直接支付给劳动者本人，并将支付凭证报送本机关；罚款到本机关指定的银行或者通过电子支付系统缴纳。',
      // 行政强制法 Art. 35(4), Art. 36.
      statement: '你单位收到本催告书后有权进行陈述和申辩，可以在{due}前向本机关书面或者口头提出。本机关将充分听取你单位的意见，对你单位提出的事实、理由和证据进行记录、复核；理由成立的，予以采纳。',
      consequence: '逾期仍不履行的，本机关将依法向人民法院申请强制执行（《中华人民共和国行政强制法》第五十四条）。',
    },
    lists: {},
  },
};
