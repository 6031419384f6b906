// The built-in templates of the first five documents, and what each piece may contain. Wording is modelled on the
// sources in DOMAIN.md §2.1 (受理通知书 after the "仲裁文书样式" reproduced on public pages; 送达回证 fields) and on
// the statute; where a sentence is not statutory it is our own, and where a period is not confirmed it is data
// here, never a constant in a builder. Which national template set is current is UNCONFIRMED (DOMAIN.md §2.1).
import { DOCUMENT_KIND, type DocumentKind } from '../vocabulary';
import { INSPECTION_PAPER_SPECS, INSPECTION_PAPER_TEMPLATES } from './inspection-templates';
import { ARBITRATION_CHANGE_SPECS, ARBITRATION_CHANGE_TEMPLATES } from './arbitration-change-templates';
import { INSPECTION_APPROVAL_SPECS, INSPECTION_APPROVAL_TEMPLATES } from './inspection-approval-templates';
import { PROCEEDING_PAPER_SPECS, PROCEEDING_PAPER_TEMPLATES } from './proceeding-paper-templates';
import { NUMBERING_MODES } from './numbering-modes';

export { NUMBERING_MODES };
import { APPLICATION_PAPER_SPECS, APPLICATION_PAPER_TEMPLATES } from './arbitration-application-templates';
import { ARBITRATION_NOTICE_SPECS, ARBITRATION_NOTICE_TEMPLATES } from './arbitration-notice-templates';
import { SINGLE_PAPER_SPECS, SINGLE_PAPER_TEMPLATES } from './single-paper-templates';
import { checkNumbering, checkTemplateAgainst, type DocumentTemplate, type PieceSpec, type TemplateProblem, type TemplateSpec } from './template-engine';

const LAW = '《中华人民共和国劳动争议调解仲裁法》';
const RULES = '《劳动人事争议仲裁办案规则》';

const piece = (label: string, placeholders: readonly string[] = [], required = true, note?: string): PieceSpec =>
  note === undefined ? { label, required, placeholders } : { label, required, placeholders, note };

/** What every arbitration document can say about the case. */
const CASE_VALUES = ['committee', 'caseNumber', 'cause', 'applicants', 'respondents', 'applicationDate', 'acceptedDate'] as const;
/** The tribunal, for the phrases that name it ({tribunal} is the filled tribunalPanel or tribunalSole). */
const TRIBUNAL_VALUES = ['chief', 'members', 'clerk'] as const;
const CONTACT_VALUES = ['committeeAddress', 'committeePhone', 'clerk'] as const;
/** What the 限期改正（支付）指令书 can say (DOMAIN.md §2.2). */
const ORDER_VALUES = ['employer', 'facts', 'workers', 'amount', 'date', 'deadline', 'caseNumber'] as const;

const tribunalPieces = {
  tribunalPanel: piece('仲裁庭组成（三人）', TRIBUNAL_VALUES),
  tribunalSole: piece('仲裁庭组成（独任）', TRIBUNAL_VALUES),
};

// ---------------------------------------------------------------------------------------------------------------
// Specs

export const TEMPLATE_SPECS: Record<DocumentKind, TemplateSpec> = {
  intakeRecord: {
    kind: 'intakeRecord',
    texts: {
      titleComplaint: piece('标题（投诉）'),
      titleReport: piece('标题（举报）'),
      titleConsultation: piece('标题（咨询）'),
      header: piece('表头（登记单位）', ['unitName', 'department']),
      confirmation: piece('核对声明', ['role']),
      annexTitle: piece('附表标题（人员名单）', ['role', 'count']),
      hiddenReporters: piece('未显示的举报人说明', ['count']),
    },
    lists: {},
  },
  acceptanceNotice: {
    kind: 'acceptanceNotice',
    texts: {
      title: piece('标题'),
      addressee: piece('主送', ['applicant']),
      opening: piece('开头（受理决定）', ['applicant', ...CASE_VALUES]),
      ...tribunalPieces,
      tribunalLine: piece('仲裁庭组成', ['tribunal', ...TRIBUNAL_VALUES]),
      nextSteps: piece('后续程序', [...CASE_VALUES]),
      // 办案规则 Art. 15: the committee sets the evidence period; the notice states its last day as a date.
      evidencePeriod: { ...piece('举证期限', ['evidenceDeadline', ...CASE_VALUES], true, '必须写明举证期限的日期{evidenceDeadline}'), mustUse: ['evidenceDeadline'] },
      rightsIntro: piece('权利义务告知（引言）'),
      evidenceIntro: piece('补充证据（引言）', ['applicant']),
      receipt: piece('签收提示'),
    },
    lists: {
      rights: piece('权利义务告知事项', ['evidenceDeadline'], true),
      evidence: piece('须补充提交的材料', [], false),
      contact: piece('联系方式', CONTACT_VALUES, false, '某项的占位符都为空时（如未登记电话），该项不打印'),
    },
  },
  hearingNotice: {
    kind: 'hearingNotice',
    texts: {
      title: piece('标题'),
      addressee: piece('主送', ['recipient']),
      opening: piece('开头（开庭时间地点）', ['recipient', 'you', 'hearingDate', 'hearingTime', 'hearingRoom', 'hearingAddress', ...CASE_VALUES]),
      ...tribunalPieces,
      tribunalLine: piece('仲裁庭组成与回避', ['tribunal', ...TRIBUNAL_VALUES]),
      bringIntro: piece('到庭携带材料（引言）', ['you']),
      noShowApplicant: piece('申请人不到庭的后果', ['you']),
      noShowRespondent: piece('被申请人不到庭的后果', ['you']),
      postponement: piece('申请延期开庭'),
      receipt: piece('签收提示'),
    },
    lists: {
      bringApplicant: piece('申请人携带材料', [], false),
      bringRespondent: piece('被申请人携带材料', [], false),
      contact: piece('联系方式', CONTACT_VALUES, false, '某项的占位符都为空时（如未登记电话），该项不打印'),
    },
  },
  serviceReceipt: {
    kind: 'serviceReceipt',
    texts: {
      title: piece('标题'),
      receivedBlank: piece('收到日期栏（留空待填）'),
      instruction: piece('表下说明', [], false),
    },
    lists: {},
  },
  award: {
    kind: 'award',
    texts: {
      title: piece('标题'),
      applicantLabel: piece('申请人称谓'),
      respondentLabel: piece('被申请人称谓'),
      legalRep: piece('法定代表人行', ['legalRepName', 'legalRepTitle']),
      ...tribunalPieces,
      hearingHeld: piece('开庭情况', ['hearingDate', 'hearingTime', 'hearingRoom', ...CASE_VALUES]),
      procedure: piece('案件由来和审理经过', ['tribunal', 'hearing', ...CASE_VALUES, ...TRIBUNAL_VALUES]),
      claimsIntro: piece('仲裁请求（引言）', [...CASE_VALUES]),
      claimAmount: piece('请求金额写法', ['amount']),
      factsIntro: piece('争议事实（引言）'),
      reasonsIntro: piece('裁决理由（引言）'),
      itemBasis: piece('各裁决项的法律依据', ['itemNumber', 'basis'], false, '留空则不打印各项的法律依据'),
      awardIntro: piece('裁决结果（引言，有法律依据）', ['basis']),
      awardIntroNoBasis: piece('裁决结果（引言，无法律依据）'),
      itemAmount: piece('裁决金额写法', ['amount']),
      rejectOthers: piece('驳回其他仲裁请求'),
      payment: piece('履行期限', ['moneyItems'], false, '履行期限的日数为本地做法，待核实；留空则不写'),
      splitNumberFirst: piece('分别裁决：终局裁决书编号', ['caseNumber', 'caseNumberStem', 'part'], true, '{caseNumberStem} 为去掉末尾“号”的案号'),
      splitNumberSecond: piece('分别裁决：非终局裁决书编号', ['caseNumber', 'caseNumberStem', 'part'], true, '{caseNumberStem} 为去掉末尾“号”的案号'),
      splitCrossRef: piece('分别裁决：另一份裁决书的说明', ['otherKind', 'otherNumber'], false),
    },
    lists: {
      applicantIdentity: piece('申请人身份事项', ['sex', 'ethnicity', 'birthDate', 'idNumber', 'address', 'phone'], false, '某项的占位符都为空时，该项不打印'),
      respondentIdentity: piece('被申请人身份事项', ['creditCode', 'address', 'phone'], false, '某项的占位符都为空时，该项不打印'),
    },
  },
  orderToPay: {
    kind: 'orderToPay',
    texts: {
      title: piece('标题'),
      addressee: piece('主送', ['employer']),
      finding: piece('查明的违法事实', ORDER_VALUES),
      order: { ...piece('责令事项', ORDER_VALUES, true, '必须写明限期支付的日期{deadline}和金额{amount}'), mustUse: ['deadline', 'amount'] },
      consequence: piece('逾期不支付的后果', ORDER_VALUES),
      reportBack: piece('报告改正情况', ORDER_VALUES, false),
    },
    lists: {},
  },
  inquiryNotice: {
    kind: 'inquiryNotice',
    texts: {
      title: piece('标题'),
      addressee: piece('主送', ['addressee']),
      opening: piece('开头（到场时间地点）', ['addressee', 'caseTitle', 'caseRef', 'appearDate', 'appearTime', 'place']),
      bringIntro: piece('携带材料（引言）'),
      unitRepresentative: piece('单位到场人员', [], false),
      rights: piece('询问时的权利', [], false),
      refusal: piece('拒不接受询问的后果', [], false),
      receipt: piece('签收提示', [], false),
    },
    lists: {
      bringAlways: piece('每次都须携带的材料', [], false),
      contact: piece('联系方式', ['contactNames', 'contactPhone'], false, '某项的占位符都为空时（如未登记电话），该项不打印'),
    },
  },
  inquiryRecord: {
    kind: 'inquiryRecord',
    texts: {
      title: piece('标题'),
      credentials: piece('出示证件、告知事项', ['inspectors', 'organ']),
      interpreterDuty: piece('翻译人员告知', ['interpreter', 'language']),
      closing: piece('结尾核对声明（被询问人手写或确认）'),
      pageFoot: piece('每页页脚（被询问人签名捺印）'),
      correctionsIntro: piece('更正（引言）', [], false),
    },
    lists: {},
  },
  ...INSPECTION_PAPER_SPECS,
  ...ARBITRATION_CHANGE_SPECS,
  ...INSPECTION_APPROVAL_SPECS,
  ...APPLICATION_PAPER_SPECS,
  ...PROCEEDING_PAPER_SPECS,
  ...ARBITRATION_NOTICE_SPECS,
  ...SINGLE_PAPER_SPECS,
};

// ---------------------------------------------------------------------------------------------------------------
// Built-in templates

const CONTACT = ['联系地址：{committeeAddress}', '联系电话：{committeePhone}', '书记员：{clerk}'];

const TRIBUNAL_TEXTS = {
  tribunalPanel: '由首席仲裁员{chief}、仲裁员{members}组成仲裁庭',
  tribunalSole: '由仲裁员{chief}独任仲裁',
};

export const intakeRecordTemplate: DocumentTemplate = {
  kind: 'intakeRecord',
  name: '内置模板',
  numbering: { mode: 'intakeRegNo' },
  audience: ['internal'],
  texts: {
    titleComplaint: '投诉登记表',
    titleReport: '举报登记表',
    titleConsultation: '咨询登记表',
    header: '登记单位：{unitName}{department}',
    // DOMAIN.md §2.2: record faithfully and warn against false complaints.
    confirmation: '以上内容已向{role}宣读或者经{role}阅看，与{role}所述一致。{role}应当如实反映情况，不得捏造、歪曲事实。',
    annexTitle: '附表：{role}名单（共{count}人）',
    hiddenReporters: '另有{count}名举报人的信息因查看权限未显示。',
  },
  lists: {},
};

export const acceptanceNoticeTemplate: DocumentTemplate = {
  kind: 'acceptanceNotice',
  name: '内置模板',
  numbering: { mode: 'caseNumber' },
  audience: ['applicant'],
  texts: {
    title: '受理通知书',
    addressee: '{applicant}：',
    // 调解仲裁法 Art. 29; 办案规则 Art. 30.
    opening: `你于{applicationDate}向本委提交的仲裁申请书已收悉。你与{respondents}{cause}一案，经审查，符合受理条件。根据${LAW}第二十九条、${RULES}第三十条的规定，本委决定立案受理。`,
    ...TRIBUNAL_TEXTS,
    // 调解仲裁法 Arts. 31–32.
    tribunalLine: '本案{tribunal}审理，书记员{clerk}。',
    // 调解仲裁法 Arts. 30, 35, 53.
    nextSteps: `本委将依法向被申请人送达仲裁申请书副本；开庭的日期、地点另行书面通知。劳动争议仲裁不收费（${LAW}第五十三条）。`,
    evidencePeriod: `本案举证期限至{evidenceDeadline}。当事人应当在举证期限届满前向本委提交证据（${RULES}第十五条）。`,
    rightsIntro: '在仲裁活动中，你享有下列权利，并应当履行下列义务：',
    evidenceIntro: '请在举证期限届满前提交下列材料（已提交的除外）：',
    receipt: '请在送达回证上签名或者盖章，并写明收到日期。',
  },
  lists: {
    rights: [
      `申请回避。仲裁员、书记员有法定回避情形的，你有权以口头或者书面方式申请其回避；回避申请应当在首次开庭前提出并说明理由，回避事由在首次开庭后知道的，可以在庭审辩论终结前提出（${LAW}第三十三条，${RULES}第十一条）。`,
      `委托代理。你可以委托代理人参加仲裁活动；委托他人参加的，应当向本委提交有你签名或者盖章的委托书，委托书应当载明委托事项和权限（${LAW}第二十四条）。`,
      // The evidence period's wording (办案规则 Art. 15) is UNCONFIRMED: template text.
      `举证责任。你对自己提出的主张，有责任提供证据；与争议事项有关的证据属于用人单位掌握管理的，用人单位应当提供，不提供的应当承担不利后果（${LAW}第六条、第三十九条）。你应当在上述举证期限内提供证据，确有困难的，可以在期限内申请延长（${RULES}第十五条）。`,
      `自行和解。你可以与被申请人自行和解；达成和解协议的，可以撤回仲裁申请（${LAW}第四十一条）。`,
      // 办案规则 Art. 44: before the evidence period ends; after it, a new application (an older template's "首次开庭三日前" is superseded).
      `增加或者变更仲裁请求。你可以在举证期限届满前向本委提出增加或者变更仲裁请求；举证期限届满后提出的，应当另行申请仲裁（${RULES}第四十四条）。`,
      `按时到庭。你应当按照开庭通知载明的日期、地点到庭；无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，可以视为撤回仲裁申请（${LAW}第三十六条）。`,
      `质证、辩论和核对笔录。你有权进行质证和辩论；认为庭审笔录对你陈述的记录有遗漏或者差错的，有权申请补正（${LAW}第三十八条、第四十条）。`,
      `遵守纪律、履行义务。你应当遵守仲裁庭纪律，如实陈述案件事实，并履行发生法律效力的调解书、裁决书（${LAW}第五十一条）。`,
    ],
    evidence: [
      '本人居民身份证复印件；',
      '证明与被申请人存在劳动关系的材料（劳动合同、工作证、工资条、考勤记录、工友证言等）；',
      '与仲裁请求有关的其他证据，并附证据清单，写明证据名称、来源和证明内容。',
    ],
    contact: CONTACT,
  },
};

export const hearingNoticeTemplate: DocumentTemplate = {
  kind: 'hearingNotice',
  name: '内置模板',
  numbering: { mode: 'caseNumber' },
  audience: ['applicant', 'respondent'],
  texts: {
    title: '开庭通知书',
    addressee: '{recipient}：',
    // 调解仲裁法 Art. 35: 开庭日期、地点书面通知双方当事人 (served ≥ 5 days before the hearing).
    opening: `申请人{applicants}与被申请人{respondents}{cause}一案，本委定于{hearingDate}{hearingTime}在{hearingAddress}{hearingRoom}开庭审理。根据${LAW}第三十五条的规定，请{you}准时到庭。`,
    ...TRIBUNAL_TEXTS,
    // 调解仲裁法 Art. 33; 办案规则 Art. 11: before the hearing, or until the end of debate for grounds learned later.
    tribunalLine: `本案{tribunal}审理，书记员{clerk}。申请上述人员回避的，应当在开庭前提出并说明理由；回避事由在开庭后知道的，也可以在庭审辩论终结前提出（${LAW}第三十三条，${RULES}第十一条）。`,
    bringIntro: '{you}到庭时请携带下列材料：',
    // 调解仲裁法 Art. 36; 办案规则 Art. 39: a deemed-withdrawn applicant who applies again on the same facts is refused.
    noShowApplicant: `{you}收到本通知后，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，可以视为撤回仲裁申请（${LAW}第三十六条第一款）；视为撤回仲裁申请后，以相同的事实和理由再次申请仲裁的，本委不予受理（${RULES}第三十九条）。`,
    noShowRespondent: `{you}收到本通知后，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，仲裁庭可以缺席裁决（${LAW}第三十六条第二款）。`,
    postponement: `当事人有正当理由的，可以在开庭三日前向本委请求延期开庭，是否延期由本委决定（${LAW}第三十五条）。`,
    receipt: '请在送达回证上签名或者盖章，并写明收到日期。',
  },
  lists: {
    bringApplicant: ['本人居民身份证原件；', '已提交证据的原件；', '委托代理人出庭的，授权委托书和代理人的身份证明。'],
    bringRespondent: [
      '营业执照副本复印件（加盖公章）；',
      '法定代表人身份证明书；',
      '委托代理人出庭的，授权委托书和代理人的身份证明；',
      '答辩书（已提交的除外）和证据原件。',
    ],
    contact: CONTACT,
  },
};

export const serviceReceiptTemplate: DocumentTemplate = {
  kind: 'serviceReceipt',
  name: '内置模板',
  numbering: { mode: 'none' },
  audience: ['recipient'],
  texts: {
    title: '送达回证',
    receivedBlank: '　　　　年　　月　　日　　时',
    // DOMAIN.md §1.3 (service): the date the recipient signs is the date of service; 留置 needs the reason recorded.
    instruction: '受送达人在本回证上签收的日期为送达日期。受送达人拒绝签收的，送达人应当在备注栏写明拒收事由和日期，由送达人、见证人签名或者盖章。',
  },
  lists: {},
};

export const awardTemplate: DocumentTemplate = {
  kind: 'award',
  name: '内置模板',
  numbering: { mode: 'caseNumber' },
  audience: ['allParties'],
  texts: {
    title: '仲裁裁决书',
    applicantLabel: '申请人',
    respondentLabel: '被申请人',
    legalRep: '法定代表人：{legalRepName}，{legalRepTitle}。',
    ...TRIBUNAL_TEXTS,
    hearingHeld: '仲裁庭于{hearingDate}在{hearingRoom}开庭审理了本案。',
    procedure: '申请人{applicants}与被申请人{respondents}{cause}一案，本委于{acceptedDate}受理后，依法{tribunal}。{hearing}本案现已审理终结。',
    // 调解仲裁法 Art. 46: 仲裁请求、争议事实、裁决理由、裁决结果和裁决日期.
    claimsIntro: '申请人请求：',
    claimAmount: '{amount}',
    factsIntro: '经审理查明：',
    reasonsIntro: '本委认为：',
    itemBasis: '裁决第{itemNumber}项，依据{basis}。',
    awardIntro: '依照{basis}的规定，裁决如下：',
    awardIntroNoBasis: '裁决如下：',
    itemAmount: '人民币{amount}',
    rejectOthers: '驳回申请人的其他仲裁请求。',
    // UNCONFIRMED: the number of days is local practice, not statute.
    payment: '上述{moneyItems}款项，被申请人应当自本裁决书生效之日起十日内支付。',
    // UNCONFIRMED: how a committee numbers two awards of one case (one example seen: "…-1号" and "…-2号").
    splitNumberFirst: '{caseNumber}',
    splitNumberSecond: '{caseNumber}-{part}',
    splitCrossRef: '本案中属于{otherKind}裁决的事项，本委另行制作裁决书（{otherNumber}）。',
  },
  lists: {
    applicantIdentity: ['{sex}', '{ethnicity}', '{birthDate}出生', '公民身份号码{idNumber}', '住{address}'],
    respondentIdentity: ['统一社会信用代码{creditCode}', '住所{address}'],
  },
};

// DOMAIN.md §2.2 (a real 指令书: the violation, its scope, 监察条例 Art. 26, the date to pay by, a date to report
// back). Courts have held it is not a 行政处罚 and not litigable, so it carries no rights notice.
export const orderToPayTemplate: DocumentTemplate = {
  kind: 'orderToPay',
  name: '内置模板',
  // A series of its own (the order is a 文书 of the case, numbered per unit and year; the pattern is the bureau's to set).
  numbering: { mode: 'series', series: 'orderToPay', pattern: '{unitShort}人社监令字〔{year}〕第{n}号' },
  audience: ['respondent'],
  texts: {
    title: '劳动保障监察限期改正（支付）指令书',
    addressee: '{employer}：',
    finding: '经查，你单位{facts}，涉及劳动者{workers}人，应付劳动报酬共计人民币{amount}。',
    order: '根据《劳动保障监察条例》第二十六条的规定，责令你单位于{deadline}前向上述劳动者本人足额支付劳动报酬人民币{amount}。',
    consequence:
      '逾期不支付的，本机关将依法责令你单位按应付金额百分之五十以上百分之一百以下的标准向劳动者加付赔偿金（《劳动保障监察条例》第二十六条）；以转移财产、逃匿等方法逃避支付或者有能力支付而不支付，数额较大，经本指令责令支付仍不支付的，依法移送公安机关追究刑事责任（《中华人民共和国刑法》第二百七十六条之一）。',
    reportBack: '请于{deadline}前将支付情况和劳动者签收凭证报送本机关。',
  },
  lists: {},
};

// 询问通知书 (监察条例 Art. 15(2)(3)): no national form has been found (DOMAIN.md §2.2, UNCONFIRMED); the pieces
// below are what a bureau's standard notice carries — the case, the time and place to come, what to bring, who comes
// for a unit, the inspectors' duty to show credentials and the right to ask them to stand aside (Art. 16), the
// consequence of refusing (Art. 30), and whom to contact. Every piece is editable data in settings.
export const inquiryNoticeTemplate: DocumentTemplate = {
  kind: 'inquiryNotice',
  name: '内置模板',
  numbering: { mode: 'series', series: 'inquiryNotice', pattern: '{unitShort}人社监询字〔{year}〕第{n}号' },
  audience: ['recipient'],
  texts: {
    title: '劳动保障监察询问通知书',
    addressee: '{addressee}：',
    opening: '因调查{caseTitle}一案{caseRef}，根据《劳动保障监察条例》第十五条第（二）项、第（三）项的规定，请你（单位）于{appearDate}{appearTime}到{place}接受询问。',
    bringIntro: '届时请携带下列材料：',
    unitRepresentative: '单位由法定代表人（主要负责人）或者委托代理人到场。',
    // 监察条例 Art. 16: two or more inspectors, who show their credentials and stand aside where they have an interest.
    rights: '询问由两名以上劳动保障监察员进行并出示执法证件；监察员与本案有直接利害关系的，你可以申请其回避（《劳动保障监察条例》第十六条）。你可以使用本民族语言接受询问。',
    // 监察条例 Art. 30(1)(2): obstructing an inspection, hiding facts or giving false evidence.
    refusal: '无理抗拒询问，或者隐瞒事实真相、出具伪证的，依照《劳动保障监察条例》第三十条处理。',
    receipt: '',
  },
  lists: {
    bringAlways: ['到场人的身份证件；委托他人到场的，另带授权委托书。'],
    contact: ['联系人：{contactNames}', '联系电话：{contactPhone}'],
  },
};

// 询问笔录: the generic layout in DOMAIN.md §2.2 (wuji.gov.cn page): 案由, time from–to, place, the interviewee's
// identity, 询问人 with their 执法证 numbers, 记录人, the credentials shown and the rights told, the questions and
// answers, the closing confirmation, signatures and thumbprints on every page. The wording is our own.
export const inquiryRecordTemplate: DocumentTemplate = {
  kind: 'inquiryRecord',
  name: '内置模板',
  numbering: { mode: 'none' },
  audience: ['internal'],
  texts: {
    title: '询问笔录',
    credentials: '我们是{organ}的劳动保障监察员{inspectors}，现向你出示执法证件，依法就有关情况向你询问。你应当如实回答，不得隐瞒或者作伪证。你认为我们与本案有直接利害关系的，可以申请回避。你有陈述和申辩的权利。',
    interpreterDuty: '本次询问使用{language}，由{interpreter}担任翻译。已告知翻译人员应当如实、完整地翻译，不得隐瞒、歪曲或者增减内容。',
    closing: '以上笔录我已看过（或者已向我宣读、翻译），记录的内容与我所说的一致。',
    pageFoot: '被询问人（签名并捺印）：',
    correctionsIntro: '定稿后的更正：',
  },
  lists: {},
};

export const DEFAULT_TEMPLATES: Record<DocumentKind, DocumentTemplate> = {
  intakeRecord: intakeRecordTemplate,
  acceptanceNotice: acceptanceNoticeTemplate,
  hearingNotice: hearingNoticeTemplate,
  serviceReceipt: serviceReceiptTemplate,
  award: awardTemplate,
  orderToPay: orderToPayTemplate,
  inquiryNotice: inquiryNoticeTemplate,
  inquiryRecord: inquiryRecordTemplate,
  ...INSPECTION_PAPER_TEMPLATES,
  ...ARBITRATION_CHANGE_TEMPLATES,
  ...INSPECTION_APPROVAL_TEMPLATES,
  ...APPLICATION_PAPER_TEMPLATES,
  ...PROCEEDING_PAPER_TEMPLATES,
  ...ARBITRATION_NOTICE_TEMPLATES,
  ...SINGLE_PAPER_TEMPLATES,
};

/**
 * Checks edited texts (and lists) of one kind for the settings screen: required pieces present, no unknown
 * placeholder, braces paired, no stray piece. Each problem carries the piece's Chinese label and message.
 */
export function checkTemplate(
  kind: DocumentKind,
  texts: Readonly<Record<string, string>>,
  lists: Readonly<Record<string, readonly string[]>> = {},
): TemplateProblem[] {
  return checkTemplateAgainst(TEMPLATE_SPECS[kind], texts, lists);
}

/** Checks a whole edited template: its texts and lists, its numbering policy, and that its audience is unchanged. */
export function checkDocumentTemplate(template: DocumentTemplate): TemplateProblem[] {
  const problems = [...checkTemplate(template.kind, template.texts, template.lists), ...checkNumbering(template.numbering)];
  if (!NUMBERING_MODES[template.kind].includes(template.numbering.mode)) {
    problems.push({ piece: 'numbering', label: '编号规则', message: `“${DOCUMENT_KIND.label(template.kind)}”不能使用这种编号方式` });
  }
  const builtIn = DEFAULT_TEMPLATES[template.kind].audience;
  if (builtIn.length !== template.audience.length || builtIn.some((a) => !template.audience.includes(a))) {
    // The audience decides who may read a reporter's name (监察条例 Art. 9): it belongs to the kind, not the wording.
    problems.push({ piece: 'audience', label: '文书对象', message: `“${DOCUMENT_KIND.label(template.kind)}”的文书对象不能修改` });
  }
  return problems;
}
