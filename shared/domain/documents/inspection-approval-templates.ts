// The inspection's acceptance papers, its 听证通知书 and its approval forms: what each piece may say and the built-in
// wording. Elements: 若干规定 Art. 18 (受理 within 5 working days and 立案 the same day, or a written 不予受理), 监察条例
// Arts. 14, 16–18 (立案, two inspectors, 60 + 30 working days, 撤销立案), 行政处罚法 Arts. 63–64 (the hearing and the
// party's rights in it), 行政复议法 (2023) Arts. 20, 24 and 行政诉讼法 Art. 46 (the remedies against a 不予受理). The
// form layouts follow the generic 立案审批表 of DOMAIN.md §2.2; no national form is confirmed, so the wording is
// template text a bureau edits (设置 → 文书模板).
import type { DocumentTemplate, PieceSpec, TemplateSpec } from './template-engine';

const piece = (label: string, placeholders: readonly string[] = [], required = true, note?: string): PieceSpec =>
  note === undefined ? { label, required, placeholders } : { label, required, placeholders, note };

/** What the complainant's notices can say. */
const COMPLAINT = ['organ', 'complainants', 'you', 'receivedOn', 'employer', 'caseTitle', 'date'] as const;
/** What the hearing notice can say about its case and hearing. */
const HEARING = ['organ', 'employer', 'caseTitle', 'caseRef', 'requestedOn', 'hearingDate', 'hearingTime', 'place', 'presiding'] as const;

export const INSPECTION_APPROVAL_SPECS = {
  complaintAcceptanceNotice: {
    kind: 'complaintAcceptanceNotice',
    texts: {
      title: piece('标题'),
      addressee: piece('主送', ['complainants']),
      accepted: { ...piece('受理决定', [...COMPLAINT, 'filedText'], true, '必须写明受理日期{date}'), mustUse: ['date'] },
      investigation: piece('调查处理期限', [...COMPLAINT]),
      duties: piece('投诉人须知', [...COMPLAINT], false),
    },
    lists: {},
  },
  complaintRejectionNotice: {
    kind: 'complaintRejectionNotice',
    texts: {
      title: piece('标题'),
      addressee: piece('主送', ['complainants']),
      rejected: { ...piece('不予受理的决定和理由', [...COMPLAINT, 'reason'], true, '必须写明不予受理的理由{reason}'), mustUse: ['reason'] },
      referral: piece('告知向有关机关反映（记录了去向时）', [...COMPLAINT, 'referTo'], false),
      remedy: { ...piece('救济途径和期限', [...COMPLAINT, 'government'], true, '必须写明申请行政复议的机关{government}'), mustUse: ['government'] },
    },
    lists: {},
  },
  penaltyHearingNotice: {
    kind: 'penaltyHearingNotice',
    texts: {
      title: piece('标题'),
      addressee: piece('主送', ['employer']),
      notice: { ...piece('听证的时间、地点', [...HEARING], true, '必须写明听证日期{hearingDate}和地点{place}'), mustUse: ['hearingDate', 'place'] },
      presidingLine: piece('听证主持人（记录了主持人时）', [...HEARING], false),
      rights: piece('当事人在听证中的权利', [...HEARING]),
      attend: piece('出席要求和不出席的后果', [...HEARING]),
    },
    lists: {},
  },
  filingApproval: {
    kind: 'filingApproval',
    texts: { title: piece('标题'), basis: piece('依据（表下注）', [], false) },
    lists: {},
  },
  closingApproval: {
    kind: 'closingApproval',
    texts: { title: piece('标题'), basis: piece('依据（表下注）', [], false) },
    lists: {},
  },
  revocationApproval: {
    kind: 'revocationApproval',
    texts: { title: piece('标题'), basis: piece('依据（表下注）', [], false) },
    lists: {},
  },
} as const satisfies Record<string, TemplateSpec>;

const form = (kind: keyof typeof INSPECTION_APPROVAL_SPECS, title: string, basis: string): DocumentTemplate => ({
  kind,
  name: '内置模板',
  // An approval form carries the case's own number (立案 gives it), not a series of its own.
  numbering: { mode: 'caseNumber' },
  audience: ['internal'],
  texts: { title, basis },
  lists: {},
});

export const INSPECTION_APPROVAL_TEMPLATES: Record<keyof typeof INSPECTION_APPROVAL_SPECS, DocumentTemplate> = {
  complaintAcceptanceNotice: {
    kind: 'complaintAcceptanceNotice',
    name: '内置模板',
    numbering: { mode: 'series', series: 'complaintAcceptanceNotice', pattern: '{unitShort}人社监受字〔{year}〕第{n}号' },
    audience: ['applicant'],
    texts: {
      title: '劳动保障监察投诉受理通知书',
      addressee: '{complainants}：',
      // 若干规定 Art. 18: accepted within 5 working days of receipt, 立案 on the day of acceptance.
      accepted:
        '{you}于{receivedOn}反映{employer}违反劳动保障法律、法规的投诉已收悉。经审查，该投诉符合受理条件。根据《关于实施〈劳动保障监察条例〉若干规定》第十八条的规定，本机关决定自{date}起予以受理{filedText}。',
      // 监察条例 Art. 17.
      investigation:
        '本机关将依法进行调查处理。调查应当自立案之日起六十个工作日内完成；案情复杂的，经本机关负责人批准，可以延长三十个工作日（《劳动保障监察条例》第十七条）。处理结果将告知{you}。',
      duties: '调查期间，请{you}如实提供有关证据材料，保持联系方式畅通；联系地址或者电话变更的，请及时告知本机关。',
    },
    lists: {},
  },
  complaintRejectionNotice: {
    kind: 'complaintRejectionNotice',
    name: '内置模板',
    numbering: { mode: 'series', series: 'complaintRejectionNotice', pattern: '{unitShort}人社监不受字〔{year}〕第{n}号' },
    audience: ['applicant'],
    texts: {
      title: '劳动保障监察投诉不予受理通知书',
      addressee: '{complainants}：',
      rejected: '{you}于{receivedOn}反映{employer}的投诉已收悉。经审查，{reason}。根据《关于实施〈劳动保障监察条例〉若干规定》第十八条的规定，本机关决定不予受理。',
      // 监察条例 Art. 21; 若干规定 Art. 18(3): the complainant is told where to go.
      referral: '对所反映的事项，{you}可以向{referTo}反映或者依法提出申请（《劳动保障监察条例》第二十一条）。',
      // 行政复议法 (2023) Arts. 20, 24; 行政诉讼法 Art. 46.
      remedy:
        '{you}如不服本决定，可以自收到本通知书之日起六十日内向{government}申请行政复议（《中华人民共和国行政复议法》第二十条），或者自收到本通知书之日起六个月内依法向人民法院提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）。',
    },
    lists: {},
  },
  penaltyHearingNotice: {
    kind: 'penaltyHearingNotice',
    name: '内置模板',
    numbering: { mode: 'series', series: 'penaltyHearingNotice', pattern: '{unitShort}人社监听字〔{year}〕第{n}号' },
    audience: ['respondent'],
    texts: {
      title: '劳动保障监察行政处罚听证通知书',
      addressee: '{employer}：',
      // 行政处罚法 Art. 64(2): notified of the time and place at least seven days before.
      notice:
        '你单位于{requestedOn}就{caseTitle}一案{caseRef}本机关拟作出的行政处罚提出听证要求。根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，本机关定于{hearingDate}{hearingTime}在{place}举行听证。',
      // Art. 64(4).
      presidingLine: '本次听证由本机关指定的非本案调查人员{presiding}主持。',
      // Art. 64(3)–(5), (7)–(8).
      rights:
        '除涉及国家秘密、商业秘密或者个人隐私依法予以保密外，听证公开举行。你单位认为主持人与本案有直接利害关系的，有权申请回避。你单位可以亲自参加听证，也可以委托一至二人代理。举行听证时，调查人员提出当事人违法的事实、证据和行政处罚建议，你单位可以进行申辩和质证。听证笔录将交你单位或者代理人核对无误后签字或者盖章（《中华人民共和国行政处罚法》第六十四条）。',
      // Art. 64(6).
      attend:
        '请你单位法定代表人（负责人）或者委托代理人携带身份证明、授权委托书和有关证据材料按时出席。无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，本机关终止听证。',
    },
    lists: {},
  },
  filingApproval: form('filingApproval', '劳动保障监察立案审批表', '依据：《劳动保障监察条例》第十四条、第十六条；《关于实施〈劳动保障监察条例〉若干规定》第十八条。'),
  // The workers' table under the form says what it counts: no note below it.
  closingApproval: form('closingApproval', '劳动保障监察结案审批表', ''),
  revocationApproval: form('revocationApproval', '劳动保障监察撤销立案审批表', '依据：《劳动保障监察条例》第十八条第一款第三项。'),
};
