// Service (送达) as the clocks run from it: which documents are served at all, what the service of each means to the
// proceeding's clocks (a deadline event), the day of service each method gives, what each method must record, and
// what a public notice pauses. Pure; the core enforces it (electron/core/service) and the screen shows it.
import { addDays } from './calendar';
import type { AwardFinality, AwardPartyRole, DeadlineEventKind } from './deadline-rules';
import type { ProceedingEvent } from './deadline-state';
import { dateKeyOf, dateTimeOf } from './time';
import { SERVICE_METHOD, type DocumentKind, type ProceedingKind, type ReceiverRelation, type ServiceMethodCode, type ServiceProofPurpose } from './vocabulary';

/**
 * The recipient's side in the proceeding: a worker (a person on the file: complainant, applicant) or the employer's
 * side (a party: 用人单位, 总包, 包工头 as a natural person …). In a wage arbitration the workers apply and the
 * employer's side answers.
 */
export type RecipientSide = 'worker' | 'employer';

export const PUBLIC_NOTICE_PARAMETER = 'service.publicNoticeDays';
/** Until a bureau sets it: 30 days, civil procedure since its 2021 amendment (民事诉讼法 Art. 95) — UNCONFIRMED for arbitration. */
export const DEFAULT_PUBLIC_NOTICE_DAYS = 30;

interface ServedKind {
  /** The proceedings the document belongs to. */
  proceedings: readonly ProceedingKind[];
  /** The clock event its service to a recipient of this side records, or null (the service is kept, no clock moves). */
  event: (side: RecipientSide) => DeadlineEventKind | null;
  citation: string;
  /** Not to be served electronically (办案规则 Arts. 58–60 per DOMAIN.md §1.3: never the 调解书 or 裁决书). */
  noElectronic?: true;
  /** Methods refused for this document, each with the statute's reason (the 调解书: only a party's own signature binds). */
  refused?: Partial<Record<ServiceMethodCode, string>>;
  /** The step the document follows: it is served only once the proceeding has taken it, and not before its day. */
  after?: { event: DeadlineEventKind; label: string };
  /** The side it is addressed to: only that side is owed it (others may still be served a copy). Absent: every party. */
  owedTo?: RecipientSide;
  /**
   * The step that can itself record this document's service (its label): where the proceeding already holds the
   * clock event for the recipient (or for no party, as 事先告知 and 催告 record it), a recorded 送达 is proof only.
   */
  servedByStep?: string;
}

const MEDIATION_SIGNED = '调解书经双方当事人签收后才发生法律效力，须由当事人本人（或其代理人）签收';
const MEDIATION_LAW = '《劳动争议调解仲裁法》第四十二条';

const AFTER_ACCEPTANCE = { event: 'accepted', label: '受理' } as const;

/**
 * What serving each kind of document means; null: a document that is not served (an internal form, or the 送达回证,
 * which is the proof of another's service). A new document kind must say here what its service does.
 */
export const SERVED_DOCUMENTS: Record<DocumentKind, ServedKind | null> = {
  intakeRecord: null,
  serviceReceipt: null,
  // 调解仲裁法 Art. 30: the respondent is served the application's copy with the notice of acceptance (应诉); the
  // defence period runs from it. The applicant's own notice of acceptance starts no clock.
  acceptanceNotice: {
    proceedings: ['arbitration'],
    event: (side) => (side === 'employer' ? 'applicationServed' : null),
    citation: '《劳动争议调解仲裁法》第三十条',
    after: AFTER_ACCEPTANCE,
  },
  hearingNotice: { proceedings: ['arbitration'], event: () => 'hearingNoticeServed', citation: '《劳动争议调解仲裁法》第三十五条', after: AFTER_ACCEPTANCE },
  // 调解仲裁法 Art. 42: the 调解书 takes effect when the last party signs its receipt — each signature is recorded as
  // this party's service; a refusal to sign is the party backing out (arbitration-mediation.ts), never a service.
  mediationPaper: {
    proceedings: ['arbitration'],
    event: () => 'mediationSigned',
    citation: '《劳动争议调解仲裁法》第四十二条',
    noElectronic: true,
    after: { event: 'mediationPaperMade', label: '制作调解书' },
    refused: {
      left: `${MEDIATION_SIGNED}，不适用留置送达；当事人拒绝签收的，请登记“当事人拒绝签收调解书”（${MEDIATION_LAW}；《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第一百三十三条）`,
      publicNotice: `${MEDIATION_SIGNED}，不适用公告送达（${MEDIATION_LAW}）`,
      posted: `${MEDIATION_SIGNED}，不能以张贴代替签收（${MEDIATION_LAW}）`,
      electronic: `${MEDIATION_SIGNED}，不能电子送达（${MEDIATION_LAW}；《劳动人事争议仲裁办案规则》第五十八条至第六十条）`,
    },
  },
  // 调解仲裁法 Arts. 48–50: each party's route runs from its own receipt of the award.
  award: { proceedings: ['arbitration'], event: () => 'awardServed', citation: '《劳动争议调解仲裁法》第四十八条至第五十条', noElectronic: true },
  // 法释〔2013〕3号 Art. 4: an order to pay served on the employer (or posted at its premises or the site, photographed,
  // where it absconded: 张贴) is the 责令支付 a referral to the police rests on. Served on a worker, it starts nothing.
  orderToPay: {
    proceedings: ['inspection'],
    event: (side) => (side === 'employer' ? 'orderServed' : null),
    citation: '《劳动保障监察条例》第二十六条；《最高人民法院关于审理拒不支付劳动报酬刑事案件适用法律若干问题的解释》第四条',
    after: { event: 'orderIssued', label: '下达限期改正（支付）指令书' },
    owedTo: 'employer',
  },
  // 监察条例 Art. 15(2)(3): a summons to be questioned starts no statutory clock; its service is proof it was sent.
  inquiryNotice: { proceedings: ['inspection'], event: () => null, citation: '《劳动保障监察条例》第十五条' },
  // The record is signed by those present, not served.
  inquiryRecord: null,
  // The decision papers are owed to the employer they decide against. One truth for each clock: where the step that
  // issues a paper records its service itself (事先告知 and 催告 take the day of service as their date), that step is the
  // truth and a recorded 送达 is the proof (回证, photo) that moves no clock again. A decision is served either by the
  // 送达决定书 step or by recording its paper's 送达 here: a 送达 recorded after the step served that decision on that
  // party is proof only, and the step is refused once a 送达 of that decision to that party is recorded (step-effects).
  priorNotice: {
    proceedings: ['inspection'],
    event: (side) => (side === 'employer' ? 'priorNoticeServed' : null),
    citation: '《行政处罚法》第四十四条、第四十五条、第六十四条；《劳动保障监察条例》第十九条',
    after: { event: 'priorNoticeServed', label: '事先告知' },
    owedTo: 'employer',
    servedByStep: '事先告知',
  },
  // 行政复议法 Art. 20, 行政诉讼法 Art. 46: each party's windows run from its own receipt.
  handlingDecision: {
    proceedings: ['inspection'],
    event: (side) => (side === 'employer' ? 'decisionServed' : null),
    citation: '《劳动保障监察条例》第十九条；《行政复议法》第二十条；《行政诉讼法》第四十六条',
    after: { event: 'decisionMade', label: '作出行政处理决定' },
    owedTo: 'employer',
    servedByStep: '送达决定书',
  },
  // 行政处罚法 Art. 61: delivered on announcement, or within 7 days where the party was absent.
  penaltyDecision: {
    proceedings: ['inspection'],
    event: (side) => (side === 'employer' ? 'decisionServed' : null),
    citation: '《行政处罚法》第六十一条；《行政复议法》第二十条；《行政诉讼法》第四十六条',
    after: { event: 'penaltyDecided', label: '作出行政处罚决定' },
    owedTo: 'employer',
    servedByStep: '送达决定书',
  },
  // 行政强制法 Arts. 35, 54: the 10 working days before the court may be asked run from the demand's service.
  demandNotice: {
    proceedings: ['inspection'],
    event: (side) => (side === 'employer' ? 'demandServed' : null),
    citation: '《行政强制法》第三十五条、第五十四条',
    after: { event: 'demandServed', label: '催告' },
    owedTo: 'employer',
    servedByStep: '催告',
  },
  // Signed on the spot by those present, not served.
  siteInspectionRecord: null,
  // Signed at the hearing by the tribunal, the clerk and those present (调解仲裁法 Art. 40), not served.
  hearingTranscript: null,
  // A party's list of its evidence, filed with the committee and exchanged at the hearing; no clock runs from it.
  evidenceCatalogue: null,
  // 监察条例 Art. 15(3): a demand for evidence starts no statutory clock; its service is proof it was sent.
  evidenceRequestNotice: { proceedings: ['inspection'], event: () => null, citation: '《劳动保障监察条例》第十五条' },
  // 办案规则 Art. 47: the parties are told of a 中止 and of its end in writing; the steps themselves move the clock.
  suspensionDecision: { proceedings: ['arbitration'], event: () => null, citation: '《劳动人事争议仲裁办案规则》第四十七条', after: { event: 'paused', label: '中止仲裁' } },
  resumptionNotice: { proceedings: ['arbitration'], event: () => null, citation: '《劳动人事争议仲裁办案规则》第四十七条', after: { event: 'resumed', label: '恢复仲裁' } },
  // 调解仲裁法 Art. 43(1): the extension approved by the chair is notified to the parties in writing; the step moves the clock.
  extensionNotice: { proceedings: ['arbitration'], event: () => null, citation: '《劳动争议调解仲裁法》第四十三条第一款', after: { event: 'extended', label: '延长审理期限' } },
  // 调解仲裁法 Art. 44: served on both parties; the employer is the one it binds.
  provisionalExecutionRuling: {
    proceedings: ['arbitration'],
    event: () => null,
    citation: '《劳动争议调解仲裁法》第四十四条',
    after: { event: 'provisionalExecutionRuled', label: '作出先予执行裁定' },
  },
  // 若干规定 Art. 18: the complainant is told of 受理 or, in writing, of 不予受理; neither starts a clock of the case
  // (the 不予受理's 复议 and 诉讼 windows are the complainant's own, run from the receipt the service proves).
  complaintAcceptanceNotice: { proceedings: ['inspection'], event: () => null, citation: '《关于实施〈劳动保障监察条例〉若干规定》第十八条', after: AFTER_ACCEPTANCE, owedTo: 'worker' },
  complaintRejectionNotice: { proceedings: ['inspection'], event: () => null, citation: '《关于实施〈劳动保障监察条例〉若干规定》第十八条', after: { event: 'rejected', label: '不予受理' }, owedTo: 'worker' },
  // 行政处罚法 Art. 64(2): the 通知听证 step records the notice's service itself (its date); a recorded 送达 is proof.
  penaltyHearingNotice: {
    proceedings: ['inspection'],
    event: (side) => (side === 'employer' ? 'penaltyHearingNoticeServed' : null),
    citation: '《行政处罚法》第六十四条第二项',
    after: { event: 'penaltyHearingNoticeServed', label: '通知听证' },
    owedTo: 'employer',
    servedByStep: '通知听证',
  },
  // Internal approval forms (副卷): signed by the leader, not served.
  filingApproval: null,
  closingApproval: null,
  revocationApproval: null,
  // Signed by the parties, each of whom keeps a copy; handing it over starts no clock (the 15 days of 办案规则
  // Art. 74 run from its taking effect, the agree step's date).
  mediationAgreement: { proceedings: ['jointMediation'], event: () => null, citation: '《劳动争议调解仲裁法》第十四条', after: { event: 'agreementEffective', label: '达成调解协议' } },
  // Sent to the 公安机关 with the case, copied to the 检察院 (the transfer step records it): not served on a party.
  referralLetter: null,
  // The listing and removal decisions are owed to the employer (国办发〔2020〕49号); the rights' windows are its own.
  blacklistDecision: {
    proceedings: ['blacklisting'],
    event: () => null,
    citation: '《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》第五条；《行政复议法》第二十条；《行政诉讼法》第四十六条',
    after: { event: 'listed', label: '决定列入' },
    owedTo: 'employer',
  },
  delistingDecision: { proceedings: ['blacklisting'], event: () => null, citation: '《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》', after: { event: 'delisted', label: '移出' }, owedTo: 'employer' },
  // Filed with the people's court (行政强制法 Art. 55), not served on a party.
  enforcementApplication: null,
  // The worker's own application to the people's court (调解仲裁法 Art. 16), not served by the bureau.
  paymentOrderApplication: null,
  // 调解仲裁法 Art. 32: the composition told in writing; no clock runs from its service (the duty is met by 组庭).
  tribunalNotice: { proceedings: ['arbitration'], event: () => null, citation: '《劳动争议调解仲裁法》第三十二条', after: { event: 'composed', label: '组成仲裁庭' } },
  // 调解仲裁法 Art. 35: it carries the new hearing's day, time and room, so it is the notice of that hearing — its
  // service meets the new hearing's notice clock for that party, as a 开庭通知书's would (the served day names the
  // hearing: the earliest not postponed on or after it, electron/core/hearings/hearings.data.ts hearingNoticedOn).
  postponementNotice: { proceedings: ['arbitration'], event: () => 'hearingNoticeServed', citation: '《劳动争议调解仲裁法》第三十五条', after: AFTER_ACCEPTANCE },
  // The archive's own forms (归档): kept in the file, not served.
  fileCover: null,
  fileIndex: null,
  // Handed to the applicant at the window with the materials: proof of receipt itself, not served.
  applicationReceipt: null,
  // 办案规则 Art. 29: the missing items told in writing; the restart runs from the 补正 itself (Art. 46(2)), not from service.
  supplementNotice: { proceedings: ['arbitration'], event: () => null, citation: '《劳动人事争议仲裁办案规则》第二十九条', owedTo: 'worker' },
  // 调解仲裁法 Art. 29: the applicant may then sue; the statute sets no period running from this service.
  rejectionNotice: { proceedings: ['arbitration'], event: () => null, citation: '《劳动争议调解仲裁法》第二十九条', owedTo: 'worker' },
  // 调解仲裁法 Arts. 33–34; 办案规则 Art. 11: the decision told to the parties; no clock runs from its service.
  recusalDecision: { proceedings: ['arbitration'], event: () => null, citation: '《劳动争议调解仲裁法》第三十四条；《劳动人事争议仲裁办案规则》第十一条', after: { event: 'recusalDecided', label: '作出回避决定' } },
  // 调解仲裁法 Art. 30: it goes with the application's copy — its service on the respondent starts the 10-day defence.
  respondentNotice: {
    proceedings: ['arbitration'],
    event: (side) => (side === 'employer' ? 'applicationServed' : null),
    citation: '《劳动争议调解仲裁法》第三十条',
    after: AFTER_ACCEPTANCE,
    owedTo: 'employer',
  },
  // 办案规则 Art. 15: the 举证期限 is the tribunal's, set by its step; the notice's service moves no clock.
  evidenceNotice: { proceedings: ['arbitration'], event: () => null, citation: '《劳动人事争议仲裁办案规则》第十五条', after: AFTER_ACCEPTANCE },
};

export function isServed(kind: DocumentKind): boolean {
  return SERVED_DOCUMENTS[kind] !== null;
}

/**
 * Whether a public notice's period stops a proceeding's clocks. Arbitration: 办案规则 Art. 46(6) — 公告送达 periods are
 * not counted in the time limit to award (the rules marked pausable in deadline-rules.ts, and no others). Inspection:
 * 劳动保障监察条例 Art. 17 counts from 立案 and excludes nothing, so a bureau duty keeps running (the earlier date).
 */
export function publicNoticePauses(kind: ProceedingKind): boolean {
  return kind === 'arbitration';
}

export interface ServiceFacts {
  method: ServiceMethodCode;
  /** The instant of the signature, the postal receipt, the electronic arrival, or the notice's publication. */
  servedAt: number;
  receivedBy: string | null;
  relation: ReceiverRelation | null;
  witnesses: readonly string[];
  trackingNumber: string | null;
  entrustedTo: string | null;
  electronicAddress: string | null;
  electronicConfirmed: boolean | null;
  noticePlace: string | null;
  awardFinality: AwardFinality | null;
  proofs: readonly { purpose: ServiceProofPurpose }[];
}

export interface ServiceSetting {
  documentKind: DocumentKind;
  /** When the document was issued (its first version). */
  issuedAt: number;
  now: number;
  proceedingKind: ProceedingKind;
  /** The proceeding's counted clock events (the step a document follows must be among them). */
  events: readonly { kind: DeadlineEventKind; date: string }[];
}

/**
 * The date of service the clocks run from: the day the recipient signed (办案规则 Art. 20); by post the day on the
 * receipt (民诉法 Art. 91); electronically the day it reached the recipient's system (民诉法 Art. 90); by public notice
 * the day its period ends (民诉法 Art. 95: 经过…日，即视为送达).
 */
export function dateOfService(f: Pick<ServiceFacts, 'method' | 'servedAt'>, noticeDays: number): string {
  const day = dateKeyOf(f.servedAt);
  return f.method === 'publicNotice' ? addDays(day, noticeDays) : day;
}

const blank = (s: string | null | undefined) => !s || s.trim() === '';

/** What is wrong with a service as recorded, by field, in words a clerk can act on; empty when nothing is. */
export function serviceProblems(f: ServiceFacts, s: ServiceSetting): Record<string, string> {
  const p: Record<string, string> = {};
  const served = SERVED_DOCUMENTS[s.documentKind];
  if (!served) {
    p.documentId = s.documentKind === 'serviceReceipt' ? '送达回证是送达的凭证，本身不需送达' : '该文书是内部文书，不需送达';
    return p;
  }
  if (!served.proceedings.includes(s.proceedingKind)) p.proceedingId = '该文书不属于这一程序，不能在此登记送达';
  const what = f.method === 'publicNotice' ? '公告日期' : f.method === 'post' ? '签收日期' : '送达时间';
  if (f.servedAt > s.now) p.servedAt = `${what}不能晚于现在（${dateTimeOf(s.now)}）`;
  else if (f.servedAt < s.issuedAt - (s.issuedAt % 60_000)) p.servedAt = `${what}不能早于文书制作时间（${dateTimeOf(s.issuedAt)}）`;
  const step = served.after ? s.events.filter((e) => e.kind === served.after!.event).sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1) : undefined;
  if (served.after && !step) p.documentId = `本案尚未${served.after.label}，不能登记该文书的送达`;
  else if (step && !p.servedAt && dateKeyOf(f.servedAt) < step.date) p.servedAt = `${what}不能早于${served.after!.label}日期（${step.date}）`;
  const refused = served.refused?.[f.method];
  if (refused) p.method = refused;
  const needsSigner = f.method === 'direct' || f.method === 'entrusted';
  if (needsSigner && blank(f.receivedBy)) p.receivedBy = '请填写签收人';
  if (needsSigner && !f.relation) p.relation = '请选择签收人与受送达人的关系';
  if (!blank(f.receivedBy) && !f.relation) p.relation ??= '请选择签收人与受送达人的关系';
  switch (f.method) {
    case 'left':
      // 民诉法 Art. 89: 留置 is witnessed by the representatives asked to be present, who sign the 送达回证.
      if (f.witnesses.filter((w) => w.trim()).length === 0) p.witnesses = '留置送达须写明见证人姓名（民事诉讼法第八十九条）';
      break;
    case 'post':
      if (blank(f.trackingNumber)) p.trackingNumber = '邮寄送达须填写邮件单号';
      break;
    case 'entrusted':
      if (blank(f.entrustedTo)) p.entrustedTo = '委托送达须写明受托机关';
      break;
    case 'electronic':
      if (served.noElectronic) p.method ??= '裁决书、调解书不能电子送达（《劳动人事争议仲裁办案规则》第五十八条至第六十条）';
      if (blank(f.electronicAddress)) p.electronicAddress = '请填写送达的电话号码、电子邮箱等';
      if (f.electronicConfirmed === null) p.electronicConfirmed = '请选择受送达人是否已确认收到';
      break;
    case 'publicNotice':
      if (blank(f.noticePlace)) p.noticePlace = '请写明公告的刊登处（报纸、公告栏或网站）';
      break;
    case 'posted':
      if (!f.proofs.some((x) => x.purpose === 'photo')) p.proofs = '张贴送达须上传现场照片';
      break;
    case 'direct':
      break;
  }
  if (f.method !== 'electronic' && f.method !== 'publicNotice' && f.method !== 'posted' && f.proofs.length === 0) {
    p.proofs = f.method === 'post' ? '请上传邮件回执或签收的送达回证（扫描件或照片）' : '请上传签收的送达回证（扫描件或照片）';
  }
  if (f.method === 'publicNotice' && f.proofs.length === 0) p.proofs = '请上传公告的版面、截图或照片';
  if (s.documentKind === 'award' && !f.awardFinality) p.awardFinality = '请选择送达的是终局裁决还是非终局裁决';
  return p;
}

export interface ServiceClock {
  /** The clock events the service records, in order. */
  events: ProceedingEvent[];
  /** Why a service moves no clock, for the timeline (null when it moves one). */
  why: string | null;
}

/**
 * The clock events a valid service records: the document's event dated the day of service, for this party (its own
 * clock where the rule runs per party); a public notice also pauses what it pauses, from publication to that day.
 * An electronic service the recipient has not confirmed moves no clock: it cannot ground a default (办案规则
 * Arts. 58–60), so a bureau duty is not met by it.
 */
export function serviceClock(
  doc: { kind: DocumentKind },
  proceedingKind: ProceedingKind,
  recipient: { name: string; side: RecipientSide },
  f: Pick<ServiceFacts, 'method' | 'servedAt' | 'electronicConfirmed' | 'awardFinality'>,
  noticeDays: number,
  /** The services of this very document the proceeding's steps recorded (servedByStep): party absent = for the file. */
  byStep: readonly { date: string; party?: string }[] = [],
): ServiceClock {
  const served = SERVED_DOCUMENTS[doc.kind];
  const kind = served?.event(recipient.side) ?? null;
  const on = dateOfService(f, noticeDays);
  const events: ProceedingEvent[] = [];
  if (f.method === 'publicNotice' && publicNoticePauses(proceedingKind)) {
    events.push({ kind: 'paused', date: dateKeyOf(f.servedAt) }, { kind: 'resumed', date: on });
  }
  if (f.method === 'electronic' && f.electronicConfirmed !== true) return { events, why: '电子送达尚未经受送达人确认，不作为期限起算' };
  if (!kind) return { events, why: '该文书送达给此受送达人不起算期限' };
  // One truth per clock: a step that recorded this service already started it (see SERVED_DOCUMENTS).
  const prior = served?.servedByStep ? byStep.find((e) => e.party === undefined || e.party === recipient.name) : undefined;
  if (prior) return { events, why: `期限已自“${served!.servedByStep}”登记的送达日期（${prior.date}）起算，本次登记作为送达凭证，不再重复起算` };
  const partyRole: AwardPartyRole = recipient.side;
  const event: ProceedingEvent = { kind, date: on, party: recipient.name };
  if (kind === 'awardServed') {
    event.partyRole = partyRole;
    if (f.awardFinality) event.awardFinality = f.awardFinality;
  }
  events.push(event);
  return { events, why: null };
}

/** One line for the timeline and the documents panel: 直接送达 张三（本人签收）2026-11-20 15:00. */
export function serviceLine(s: { method: ServiceMethodCode; recipientName: string; servedAt: number; servedOn: string }): string {
  const when = s.method === 'publicNotice' ? `${dateKeyOf(s.servedAt)} 公告，${s.servedOn} 视为送达` : dateTimeOf(s.servedAt);
  return `${SERVICE_METHOD.label(s.method)} ${s.recipientName} ${when}`;
}
