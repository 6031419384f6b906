// The templates of three papers of the arbitration made from its stored steps: the 回避决定书 (调解仲裁法 Arts. 33–34;
// 办案规则 Art. 11 — the applicant, the person, the reasons, the decision, who decided, the date, the committee's seal),
// the 应诉通知书 sent with the application's copy (调解仲裁法 Art. 30: served within 5 days of 受理, defence within
// 10 days) and the 举证通知书 (调解仲裁法 Arts. 6, 39; 办案规则 Arts. 13, 15, 44). No national form has been obtained
// (DOMAIN.md §2.1, UNCONFIRMED): the sentences are our own — kept consistent with the 受理通知书's — and editable in
// 设置 → 文书模板. The wording of 办案规则 Arts. 13, 15 and 36 is UNCONFIRMED (secondary sources).
import type { DocumentTemplate, PieceSpec, TemplateSpec } from './template-engine';

const piece = (label: string, placeholders: readonly string[], required = true, mustUse?: readonly string[]): PieceSpec =>
  mustUse ? { label, required, placeholders, mustUse } : { label, required, placeholders };

const LAW = '《中华人民共和国劳动争议调解仲裁法》';
const RULES = '《劳动人事争议仲裁办案规则》';
const CASE = ['committee', 'caseNumber', 'applicants', 'respondents', 'acceptedOn'] as const;
const RECUSAL = [...CASE, 'recusalApplicant', 'recusalPerson', 'recusalSeat', 'recusalAppliedOn', 'recusalGrounds', 'decisionReason', 'decidedBy', 'decidedOn', 'replacementSeat'] as const;
const NOTICE = [...CASE, 'you', 'recipient', 'applicationDate'] as const;

export const ARBITRATION_NOTICE_SPECS = {
  recusalDecision: {
    kind: 'recusalDecision',
    texts: {
      title: piece('标题', CASE),
      parties: piece('当事人', CASE),
      application: piece('回避申请（申请人、被申请回避的人员、理由）', RECUSAL, true, ['recusalApplicant', 'recusalPerson', 'recusalGrounds']),
      findings: piece('审查意见', RECUSAL, true, ['decisionReason']),
      granted: piece('决定（回避）', RECUSAL, true, ['decidedBy', 'recusalPerson']),
      refused: piece('决定（驳回申请）', RECUSAL, true, ['decidedBy']),
      effect: piece('生效', RECUSAL),
    },
    lists: {},
  },
  respondentNotice: {
    kind: 'respondentNotice',
    texts: {
      title: piece('标题', CASE),
      addressee: piece('主送', NOTICE),
      opening: piece('开头（申请与受理，送达申请书副本）', NOTICE),
      claimsIntro: piece('仲裁请求（引言）', NOTICE, false),
      defence: piece('答辩', NOTICE),
      papers: piece('应当提交的身份证明和委托书', NOTICE),
      tribunalComposed: piece('仲裁庭组成（已组庭）', [...NOTICE, 'tribunal'], true, ['tribunal']),
      tribunalLater: piece('仲裁庭组成（尚未组庭）', NOTICE),
      evidenceSet: piece('举证期限（已指定）', [...NOTICE, 'evidenceDeadline'], true, ['evidenceDeadline']),
      evidenceLater: piece('举证期限（尚未指定）', NOTICE),
      rightsIntro: piece('权利义务（引言）', NOTICE),
      receipt: piece('签收提示', NOTICE, false),
      enclosure: piece('附件', NOTICE),
    },
    lists: { rights: piece('权利义务告知事项', NOTICE) },
  },
  evidenceNotice: {
    kind: 'evidenceNotice',
    texts: {
      title: piece('标题', CASE),
      addressee: piece('主送', NOTICE),
      opening: piece('开头', [...NOTICE, 'setOn']),
      deadline: piece('举证期限', [...NOTICE, 'evidenceDeadline', 'setOn'], true, ['evidenceDeadline']),
      burden: piece('举证责任', NOTICE),
      employerBurden: piece('用人单位的举证责任（致被申请人）', NOTICE),
      workerHelp: piece('用人单位掌握管理的证据（致申请人）', NOTICE),
      employerIntro: piece('用人单位应当提供的证据（引言）', NOTICE, false),
      late: piece('延长与逾期', [...NOTICE, 'evidenceDeadline']),
      claimChanges: piece('增加、变更仲裁请求（致申请人）', [...NOTICE, 'evidenceDeadline']),
      receipt: piece('签收提示', NOTICE, false),
    },
    lists: { employerEvidence: piece('用人单位应当提供的证据', NOTICE, false) },
  },
} as const satisfies Record<string, TemplateSpec>;

export const ARBITRATION_NOTICE_TEMPLATES: Record<keyof typeof ARBITRATION_NOTICE_SPECS, DocumentTemplate> = {
  recusalDecision: {
    kind: 'recusalDecision',
    name: '内置模板',
    numbering: { mode: 'caseNumber' },
    audience: ['allParties'],
    texts: {
      title: '回避决定书',
      parties: '申请人：{applicants}\n被申请人：{respondents}',
      application: '申请人与被申请人劳动人事争议一案，本委于{acceptedOn}受理。{recusalApplicant}于{recusalAppliedOn}申请本案{recusalSeat}{recusalPerson}回避，理由是：{recusalGrounds}。',
      findings: '经审查：{decisionReason}。',
      granted: `依照${LAW}第三十三条、第三十四条和${RULES}第十一条的规定，经{decidedBy}于{decidedOn}决定：{recusalSeat}{recusalPerson}回避，不再参与本案的处理。本委另行指定{replacementSeat}，重新组成仲裁庭，并将仲裁庭的组成情况书面通知双方当事人。`,
      refused: `依照${LAW}第三十三条和${RULES}第十一条的规定，经{decidedBy}于{decidedOn}决定：驳回{recusalApplicant}的回避申请，{recusalSeat}{recusalPerson}继续参与本案的处理。`,
      effect: '本决定书送达即发生法律效力。',
    },
    lists: {},
  },
  respondentNotice: {
    kind: 'respondentNotice',
    name: '内置模板',
    numbering: { mode: 'caseNumber' },
    audience: ['respondent'],
    texts: {
      title: '应诉通知书',
      addressee: '{recipient}：',
      opening: `申请人{applicants}与{you}劳动人事争议一案，申请人于{applicationDate}向本委申请仲裁，本委已于{acceptedOn}依法受理。现将仲裁申请书副本送达{you}（${LAW}第三十条）。`,
      claimsIntro: '申请人的仲裁请求如下：',
      // 调解仲裁法 Art. 30: 10 days to answer; the copy to the applicant within 5 days; no defence does not stop the case.
      defence: `{you}应当自收到仲裁申请书副本之日起十日内向本委提交答辩书，并按申请人人数提交副本；本委收到答辩书后，在五日内将副本送达申请人。{you}未提交答辩书的，不影响仲裁程序的进行（${LAW}第三十条）。`,
      papers: `{you}应当在答辩期内向本委提交身份证明（用人单位提交营业执照复印件和法定代表人或者主要负责人身份证明书）；委托代理人参加仲裁活动的，应当提交有{you}签名或者盖章、载明委托事项和权限的授权委托书（${LAW}第二十四条）。`,
      tribunalComposed: '本案{tribunal}。',
      tribunalLater: `仲裁庭的组成情况，本委将自受理之日起五日内另行书面通知（${LAW}第三十二条）。`,
      evidenceSet: `本案举证期限至{evidenceDeadline}。与争议事项有关的证据属于用人单位掌握管理的，用人单位应当在举证期限届满前提供；不提供的，应当承担不利后果（${LAW}第六条、第三十九条，${RULES}第十三条、第十五条）。`,
      evidenceLater: `本案的举证期限由本委另行书面通知（举证通知书）；与争议事项有关的证据属于用人单位掌握管理的，用人单位应当提供，不提供的应当承担不利后果（${LAW}第六条）。`,
      rightsIntro: '在仲裁活动中，{you}享有下列权利，并应当履行下列义务：',
      receipt: '请在送达回证上签名或者盖章，并写明收到日期。',
      enclosure: '附：仲裁申请书副本一份',
    },
    lists: {
      rights: [
        `申请回避。仲裁员、书记员有法定回避情形的，{you}有权以口头或者书面方式申请其回避；回避申请应当在首次开庭前提出并说明理由，回避事由在首次开庭后知道的，可以在庭审辩论终结前提出（${LAW}第三十三条，${RULES}第十一条）。`,
        `委托代理。{you}可以委托一至二名代理人参加仲裁活动（${LAW}第二十四条）。`,
        // 办案规则 Art. 36 (counter-claim) — its wording is UNCONFIRMED: template text.
        `提出反申请。{you}对申请人有仲裁请求的，可以在答辩期间向本委提出反申请，由本委决定是否合并审理（${RULES}第三十六条）。`,
        `自行和解。{you}可以与申请人自行和解（${LAW}第四十一条）。`,
        `按时到庭。{you}应当按照开庭通知载明的日期、地点到庭；无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，本委可以缺席裁决（${LAW}第三十六条）。`,
        `质证、辩论和核对笔录。{you}有权进行质证和辩论；认为庭审笔录对{you}陈述的记录有遗漏或者差错的，有权申请补正（${LAW}第三十八条、第四十条）。`,
        `遵守纪律、履行义务。{you}应当遵守仲裁庭纪律，如实陈述案件事实，并履行发生法律效力的调解书、裁决书（${LAW}第五十一条）。`,
      ],
    },
  },
  evidenceNotice: {
    kind: 'evidenceNotice',
    name: '内置模板',
    numbering: { mode: 'caseNumber' },
    audience: ['applicant', 'respondent'],
    texts: {
      title: '举证通知书',
      addressee: '{recipient}：',
      opening: `申请人{applicants}与被申请人{respondents}劳动人事争议一案，本委已于{acceptedOn}受理。根据${LAW}第六条、第三十九条和${RULES}第十三条、第十五条的规定，现将举证事项通知如下：`,
      deadline: '一、本案举证期限至{evidenceDeadline}届满。{you}应当在举证期限届满前向本委提交证据，并附证据清单，写明每份证据的名称、来源、证明目的和页数，注明是原件还是复印件。',
      burden: `二、当事人对自己提出的主张，有责任提供证据（${LAW}第六条，${RULES}第十三条）。`,
      employerBurden: `三、与争议事项有关的证据属于{you}掌握管理的，{you}应当提供；{you}不提供的，应当承担不利后果（${LAW}第六条、第三十九条）。`,
      workerHelp: `三、与争议事项有关的证据属于用人单位掌握管理的，用人单位应当提供；{you}无法提供由用人单位掌握管理的与仲裁请求有关的证据的，仲裁庭可以要求用人单位在指定期限内提供，用人单位在指定期限内不提供的，应当承担不利后果（${LAW}第六条、第三十九条）。`,
      employerIntro: '{you}应当提供的证据包括（与本案争议事项有关的）：',
      late: `四、{you}在举证期限内提供证据确有困难的，可以在期限届满前向本委申请延长；逾期提供证据的，本委可以责令说明理由，理由不成立的，可以不予采纳该证据（${RULES}第十五条）。`,
      claimChanges: `五、{you}增加或者变更仲裁请求的，应当在举证期限届满前（{evidenceDeadline}前）提出；举证期限届满后提出的，应当另行申请仲裁（${RULES}第四十四条）。`,
      receipt: '请在送达回证上签名或者盖章，并写明收到日期。',
    },
    lists: {
      // DOMAIN.md §2.4: what arbitrators ask the employer for in a wage dispute.
      employerEvidence: ['劳动合同；', '职工名册；', '工资支付台账、工资清单及劳动者签字确认的工资发放表；', '考勤记录；', '工程施工合同、农民工实名制管理记录、工资专用账户明细及代发凭证（工程建设领域）。'],
    },
  },
};
