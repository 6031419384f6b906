// The closed lists the application speaks in: one code name each (docs/glossary.md), one Chinese label each.
// The database, the contract and the interface all take their values from here.

function vocab<const T extends Record<string, string>>(labels: T) {
  const values = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
  return { values, labels, label: (v: keyof T & string): string => labels[v] ?? String(v) };
}

/** 投诉 (a worker's own rights) and 举报 (anyone; identity confidential) — 监察条例 Art. 9; 咨询 is answered. */
export const INTAKE_KIND = vocab({ complaint: '投诉', report: '举报', consultation: '咨询' });
export type IntakeKind = (typeof INTAKE_KIND.values)[number];

export const INTAKE_CHANNEL = vocab({
  walkIn: '来访',
  phone: '来电',
  letter: '来信',
  hotline12345: '12345热线工单',
  cluePlatform: '根治欠薪线索反映平台',
  petitionTransfer: '信访转办',
  assignedFromAbove: '上级交办',
});
export type IntakeChannel = (typeof INTAKE_CHANNEL.values)[number];

/** Channels that arrive with another body's number and a reply deadline set by that body. */
export const EXTERNAL_CHANNELS: readonly IntakeChannel[] = ['hotline12345', 'cluePlatform', 'petitionTransfer', 'assignedFromAbove'];

/** returned: a department sent it back to the desk to route again; awaitingTransfer: a matter for another unit. */
export const INTAKE_STATUS = vocab({ registered: '待分办', routed: '已转办', answered: '已答复', returned: '退回待重新分办', awaitingTransfer: '待移送外单位' });
export type IntakeStatus = (typeof INTAKE_STATUS.values)[number];

/** Where the desk sends a matter (分级负责，归口办理; 保障农民工工资支付条例 Art. 10 首问负责制). */
export const INTAKE_ROUTE = vocab({
  inspection: '转劳动保障监察',
  arbitration: '转劳动人事争议仲裁',
  mediation: '转调解',
  answered: '当场答复',
  referredElsewhere: '告知向有关部门反映',
  /** A matter for another unit (its territory): recorded as awaiting transfer; the packages between units come later. */
  transfer: '移送其他单位',
});
export type IntakeRoute = (typeof INTAKE_ROUTE.values)[number];

/**
 * Whether the matter is already before mediation, arbitration or a court (监察条例 Art. 21: such matters go on
 * there, not to inspection). Not asked is null, not a value of the list.
 */
export const PENDING_ELSEWHERE = vocab({ none: '否', mediation: '已申请调解', arbitration: '已申请仲裁', court: '已向人民法院起诉' });
export type PendingElsewhere = (typeof PENDING_ELSEWHERE.values)[number];

/** The documents XinAn writes (DOMAIN.md §2). More arrive with the workflow. */
export const DOCUMENT_KIND = vocab({
  intakeRecord: '投诉（举报）登记表',
  acceptanceNotice: '受理通知书',
  hearingNotice: '开庭通知书',
  serviceReceipt: '送达回证',
  award: '仲裁裁决书',
  orderToPay: '劳动保障监察限期改正（支付）指令书',
  inquiryNotice: '询问通知书',
  inquiryRecord: '询问笔录',
  priorNotice: '事先告知书',
  handlingDecision: '行政处理决定书',
  penaltyDecision: '行政处罚决定书',
  demandNotice: '催告书',
  // 现场检查 (site-inspections slice)
  siteInspectionRecord: '现场检查笔录',
  evidenceRequestNotice: '调取证据通知书',
  // 仲裁的中止、恢复与先予执行 (arbitration-changes)
  suspensionDecision: '中止仲裁决定书',
  resumptionNotice: '恢复仲裁通知书',
  extensionNotice: '延长审理期限通知书',
  provisionalExecutionRuling: '先予执行裁定书',
  // The inspection's acceptance, approval forms and hearing notice, from the stored steps (inspection-approvals)
  complaintAcceptanceNotice: '投诉受理通知书',
  complaintRejectionNotice: '投诉不予受理通知书',
  filingApproval: '立案审批表',
  penaltyHearingNotice: '听证通知书',
  closingApproval: '结案审批表',
  revocationApproval: '撤销立案审批表',
  // The papers of the proceedings beside the inspection (proceeding-papers), made from their stored steps
  mediationAgreement: '调解协议书',
  referralLetter: '涉嫌犯罪案件移送书',
  blacklistDecision: '列入失信联合惩戒对象名单决定书',
  delistingDecision: '移出失信联合惩戒对象名单决定书',
  enforcementApplication: '强制执行申请书',
  paymentOrderApplication: '支付令申请书',
  // 组庭 (hearing-papers slice)
  tribunalNotice: '仲裁庭组成通知书',
  postponementNotice: '延期开庭通知书',
  // 结案 (mediation-paper slice): 调解仲裁法 Art. 42
  mediationPaper: '仲裁调解书',
  // 归档 (case-file-papers slice)
  fileCover: '案卷封面',
  fileIndex: '卷内目录',
  // 仲裁申请 (arbitration-application slice)
  applicationReceipt: '收件回执',
  supplementNotice: '补正通知书',
  rejectionNotice: '不予受理通知书',
  // 回避, 应诉 and 举证 (recusal slice), from the stored steps
  recusalDecision: '回避决定书',
  respondentNotice: '应诉通知书',
  evidenceNotice: '举证通知书',
  // 庭审笔录 and the parties' 证据目录 (hearing-record slice)
  hearingTranscript: '庭审笔录',
  evidenceCatalogue: '证据目录',
});
export type DocumentKind = (typeof DOCUMENT_KIND.values)[number];

/**
 * How a document was served (送达方式): civil-procedure practice as the arbitration rules follow it (办案规则 Art. 20;
 * 民事诉讼法 Arts. 87–95; DOMAIN.md §1.3 Service). 张贴 is leaving it at the recipient's residence, photographed (民诉法 Art. 89).
 */
export const SERVICE_METHOD = vocab({
  direct: '直接送达',
  left: '留置送达',
  post: '邮寄送达',
  entrusted: '委托送达',
  electronic: '电子送达',
  publicNotice: '公告送达',
  posted: '张贴送达',
});
export type ServiceMethodCode = (typeof SERVICE_METHOD.values)[number];

/** Who signed for a document, as the recipient's (民事诉讼法 Art. 88: 同住成年家属, 单位收发部门, 诉讼代理人, 指定代收人). */
export const RECEIVER_RELATION = vocab({
  self: '本人',
  adultFamily: '同住成年家属',
  mailroom: '单位收发部门',
  legalRep: '法定代表人或负责人',
  agent: '代理人',
  designated: '指定代收人',
  other: '其他',
});
export type ReceiverRelation = (typeof RECEIVER_RELATION.values)[number];

/** What a stored proof of service shows: the signed 送达回证, a postal receipt, photos of the scene, the public notice. */
export const SERVICE_PROOF = vocab({ receipt: '送达回证', postalReceipt: '邮件回执', photo: '现场照片', notice: '公告（版面或截图）', other: '其他凭证' });
export type ServiceProofPurpose = (typeof SERVICE_PROOF.values)[number];

/**
 * The pages of an identity document kept as a photo or scan: a resident ID card has a portrait side (人像面) and a
 * national-emblem side (国徽面); any other document (a passport's data page, a permit) is 其他页.
 */
export const ID_IMAGE_SIDE = vocab({ portrait: '人像面', emblem: '国徽面', other: '其他页' });
export type IdImageSide = (typeof ID_IMAGE_SIDE.values)[number];

export const PARTY_KIND = vocab({ organisation: '单位', individual: '个人（包工头、个体）', unknown: '不详' });
export type PartyKind = (typeof PARTY_KIND.values)[number];

/** A party's role in a matter; the construction chain follows 保障农民工工资支付条例 Ch. 4. */
export const PARTY_ROLE = vocab({
  employer: '用人单位',
  generalContractor: '施工总承包单位',
  subcontractor: '分包单位',
  laborTeam: '班组（包工头）',
  projectOwner: '建设单位',
});
export type PartyRole = (typeof PARTY_ROLE.values)[number];

export const ID_TYPE = vocab({
  residentId: '居民身份证',
  residencePermit: '港澳台居民居住证',
  hkMacaoPermit: '港澳居民来往内地通行证',
  taiwanPermit: '台湾居民来往大陆通行证',
  foreignPermanent: '外国人永久居留身份证',
  passport: '护照',
  other: '其他证件',
  none: '无证件号码',
});
export type IdType = (typeof ID_TYPE.values)[number];

/** 已校验: passes the GB 11643 check; 未校验: a document whose format we cannot check; 待核实: number missing. */
export const ID_STATUS = vocab({ valid: '已校验', unverifiable: '未校验', pending: '待核实' });
export type IdStatus = (typeof ID_STATUS.values)[number];

export const LANGUAGE = vocab({ zh: '汉语', bo: '藏语', other: '其他' });
export type Language = (typeof LANGUAGE.values)[number];

export const STAFF_ROLE = vocab({
  receptionist: '接待员',
  inspector: '监察员',
  mediator: '调解员',
  arbitrator: '仲裁员',
  clerk: '书记员',
  leader: '领导',
  admin: '管理员',
  auditor: '审计员',
});
export type StaffRole = (typeof STAFF_ROLE.values)[number];

export const EMPLOYMENT = vocab({ fullTime: '专职', partTime: '兼职' });
export type Employment = (typeof EMPLOYMENT.values)[number];

export const UNIT_LEVEL = vocab({ city: '市级', county: '县（区）级' });
export type UnitLevel = (typeof UNIT_LEVEL.values)[number];

export const CAPABILITY = vocab({
  reception: '统一咨询接待',
  inspection: '劳动保障监察',
  arbitration: '劳动人事争议仲裁',
  laborRelations: '劳动关系',
  leadership: '局领导',
});
export type Capability = (typeof CAPABILITY.values)[number];

export const PROCEEDING_KIND = vocab({
  inspection: '劳动保障监察案件',
  jointMediation: '调解（监察联调）',
  arbitration: '劳动人事争议仲裁案件',
  policeReferral: '移送公安',
  blacklisting: '列入失信联合惩戒名单',
  enforcement: '申请强制执行',
});
export type ProceedingKind = (typeof PROCEEDING_KIND.values)[number];

export const CASE_STATUS = vocab({ open: '办理中', closed: '已办结' });
export type CaseStatus = (typeof CASE_STATUS.values)[number];

export const CONFIDENCE = vocab({ statutory: '法定', local: '地方规定或做法', unconfirmed: '待核实' });
export type Confidence = (typeof CONFIDENCE.values)[number];

/** Where a 群体性事件 happens (监察条例 Art. 14; 保障工资条例 Art. 29). */
export const INCIDENT_PLACE = vocab({ bureauGate: '本局门口', site: '施工现场', road: '道路', other: '其他地点' });
export type IncidentPlace = (typeof INCIDENT_PLACE.values)[number];

/** What the crowd does; several may apply. An extreme act (爬塔吊、上楼顶) is what the 应急预案 and the blacklist name. */
export const INCIDENT_ACT = vocab({
  crowd: '聚集讨薪',
  blockedGate: '堵门',
  blockedRoad: '堵路',
  extremeAct: '极端行为（爬塔吊、上楼顶等）',
  other: '其他',
});
export type IncidentAct = (typeof INCIDENT_ACT.values)[number];

/** To whom an incident is reported: up the line, and to the police and the construction authority (保障工资条例 Art. 7). */
export const INCIDENT_RECIPIENT = vocab({
  up: '向本级政府和上级人社部门报告',
  police: '通报公安机关',
  housing: '通报住房和城乡建设部门',
  other: '通报其他部门',
});
export type IncidentRecipient = (typeof INCIDENT_RECIPIENT.values)[number];

export const REPORT_METHOD = vocab({ phone: '电话', written: '书面报告', message: '短信或政务即时通讯', inPerson: '当面报告' });
export type ReportMethod = (typeof REPORT_METHOD.values)[number];

export const INCIDENT_OUTCOME = vocab({
  dispersed: '经劝导人员已散去',
  paidOnSpot: '当场支付工资',
  agreed: '达成限期支付方案',
  referred: '移交有关部门处置',
  other: '其他',
});
export type IncidentOutcome = (typeof INCIDENT_OUTCOME.values)[number];

/** 督办: by this bureau's leaders, by the city bureau, or handed down from above with supervision. */
export const SUPERVISION_LEVEL = vocab({ bureau: '局督办', cityBureau: '市局督办', assignedFromAbove: '上级交办督办' });
export type SupervisionLevel = (typeof SUPERVISION_LEVEL.values)[number];

/** The 包案领导's meetings: a summons of the employer's side (约谈), a coordination meeting of the bodies (调度会). */
/** 联调会: the joint mediation's session with 住建, 公安, 司法, 工会, the 总包, the 建设单位 … (监察联调). */
export const MEETING_KIND = vocab({ interview: '约谈', coordination: '调度会', jointMediation: '联调会' });
export type MeetingKind = (typeof MEETING_KIND.values)[number];

/**
 * One routing of an intake (归口办理): to a department of the unit, awaiting its 签收, taken (签收) or returned to the
 * desk; told to go to another body; awaiting transfer to another unit; or superseded when the desk routed it again.
 */
export const ROUTING_STATUS = vocab({
  awaiting: '待签收',
  accepted: '已签收',
  returned: '已退回',
  referred: '已告知向有关部门反映',
  awaitingTransfer: '待移送',
  superseded: '已改派',
});
export type RoutingStatus = (typeof ROUTING_STATUS.values)[number];

export const ROUTING_TARGET = vocab({ department: '本单位部门', otherBody: '其他部门或机关', otherUnit: '其他单位' });
export type RoutingTarget = (typeof ROUTING_TARGET.values)[number];

/**
 * The departments that may take a route's proceeding, first the one the desk is offered by default: inspection to
 * the 监察 department, arbitration to the 仲裁院, a mediation (监察联调) to the 监察 department or else 劳动关系.
 */
export const ROUTE_CAPABILITIES: Partial<Record<IntakeRoute, readonly Capability[]>> = {
  inspection: ['inspection'],
  arbitration: ['arbitration'],
  mediation: ['inspection', 'laborRelations', 'arbitration'],
};

/** Which proceeding a desk route opens. */
export function proceedingKindForRoute(route: IntakeRoute): ProceedingKind | null {
  switch (route) {
    case 'inspection':
      return 'inspection';
    case 'arbitration':
      return 'arbitration';
    case 'mediation':
      return 'jointMediation';
    default:
      return null;
  }
}
