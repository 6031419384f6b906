// The document content model and the builders' inputs as plain types. shared/domain may not import the contract
// (the layering in eslint.config.mjs), so these mirror shared/contract/documents.ts and intakes.ts; a test
// (tests/unit/document-builders.test.ts) checks both directions of assignability, so the two cannot drift.
import type { AwardCategory } from '../final-award';
import type { DocumentKind, IdType, IntakeChannel, IntakeKind, IntakeRoute, Language, PartyKind, PartyRole, PendingElsewhere } from '../vocabulary';

export type DocFace = 'title' | 'body' | 'heading' | 'kai';
type Align = 'left' | 'center' | 'right' | 'justify';

export interface DocRun {
  text: string;
  face?: DocFace;
  bold?: boolean;
  underline?: boolean;
  /** A number printed whole (never broken across lines), shrunk to its cell only where it does not fit. */
  nowrap?: boolean;
}

export interface DocCell {
  runs: DocRun[];
  colSpan?: number;
  rowSpan?: number;
  align?: Align;
  valign?: 'top' | 'middle';
  label?: boolean;
}

export type DocBlock =
  | { type: 'paragraph'; runs: DocRun[]; indent?: boolean; align?: Align }
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'table'; columns: number[]; rows: { cells: DocCell[]; minHeightMm?: number }[]; size?: 'body' | 'small' }
  | { type: 'spacer'; lines: number }
  | { type: 'pageBreak' };

export interface DocumentModel {
  kind: DocumentKind;
  organ: string | null;
  title: string;
  number: string | null;
  addressee: string | null;
  body: DocBlock[];
  signature: {
    lines: { label: string; name: string; afterDate?: boolean }[];
    organ: string | null;
    /** A 'YYYY-MM-DD' key: the writers print it in `dateStyle` (shared/domain/chinese-date.ts). */
    date: string | null;
    dateStyle: 'arabic' | 'chinese';
    sealed: boolean;
  } | null;
  notes: DocRun[][];
  layout: 'official' | 'form';
  /** A line printed at the foot of every page (a record's 被询问人签名（捺印） on each page); absent on most. */
  pageFoot?: string | null;
  /** Pictures on pages of their own after everything else (附：现场照片), each a stored file named by its hash. */
  annex?: { title: string; images: { sha256: string; mime: 'image/jpeg' | 'image/png'; width: number; height: number; caption: string }[] } | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Arbitration inputs (the parsed output of arbitrationCaseInput / serviceReceiptInput)

export interface PersonParty {
  name: string;
  sex: 'M' | 'F' | null;
  ethnicity: string | null;
  birthDate: string | null;
  idNumber: string | null;
  address: string | null;
  phone: string | null;
}

export interface OrganisationParty {
  name: string;
  creditCode: string | null;
  address: string | null;
  legalRep: { name: string; title: string } | null;
  phone: string | null;
}

export interface ClaimItem {
  text: string;
  category: AwardCategory;
  amountFen: number | null;
  /** An awarded item's legal basis as the award step recorded it (调解仲裁法 Art. 46). */
  basis?: string | null;
}

export interface ArbitrationCase {
  committee: { name: string; address: string | null; phone: string | null; intermediateCourt: string; court: string | null };
  caseNumber: string;
  cause: string;
  applicants: PersonParty[];
  respondents: OrganisationParty[];
  applicationDate: string;
  acceptedDate: string;
  /** The day the application's copy reached the respondent; null while not yet served (the defence period runs from it). */
  applicationServedOn: string | null;
  /** The last day of the evidence period the committee set (举证期限, 办案规则 Art. 15); the 受理通知书 prints it. */
  evidenceDeadline: string | null;
  claims: ClaimItem[];
  tribunal: { chief: string; members: string[]; clerk: string };
  hearing: { date: string; time: string; room: string; address: string } | null;
  facts: string[];
  reasons: string[];
  award: { date: string; items: ClaimItem[]; rejectOthers: boolean; basis: string[] } | null;
  monthlyMinimumWageFen: number | null;
}

export type ServiceMethod = 'direct' | 'post' | 'left' | 'entrusted' | 'electronic' | 'publicNotice' | 'posted';

/** 限期改正（支付）指令书 (DOMAIN.md §2.2): the order as the inspection's step recorded it. */
export interface OrderToPay {
  organ: string;
  caseNumber: string;
  employer: string;
  facts: string;
  workers: number;
  amountFen: number;
  /** The day it is made and the day to pay by ('YYYY-MM-DD'). */
  date: string;
  deadline: string;
}

export interface ServiceReceipt {
  caseNumber: string;
  cause: string;
  organ: string;
  recipient: string;
  address: string | null;
  documents: string[];
  method: ServiceMethod;
  issuer: string | null;
  server: string | null;
  /** The recorded service: the day and hour received, who signed for whom (代收), what the method recorded (见证人, 邮件单号 …). */
  served?: { receivedAt: string; receivedBy: string | null; note: string | null } | null;
}

// ---------------------------------------------------------------------------------------------------------------
// The intake as the 登记表 needs it: the fields of intakeDetail it reads (an IntakeDetail is one)

export interface IntakeRecordSource {
  regNoText: string;
  unit: { name: string; shortName: string };
  kind: IntakeKind;
  channel: IntakeChannel;
  externalNo: string | null;
  replyDue: string | null;
  receivedAt: number;
  summary: string;
  workersCount: number;
  amountClaimedFen: number | null;
  violationEndDate: string | null;
  pendingElsewhere: PendingElsewhere | null;
  project: { name: string; siteUnitName: string | null; siteAddress: string | null } | null;
  parties: {
    role: PartyRole;
    party: {
      kind: PartyKind;
      name: string;
      creditCode: string | null;
      idType: IdType | null;
      idNumber: string | null;
      legalRepName: string | null;
      legalRepTitle: string | null;
      address: string | null;
      phone: string | null;
    };
  }[];
  complainants: {
    name: string;
    idType: IdType;
    idNumber: string | null;
    idMissingReason: string | null;
    sex: 'M' | 'F' | null;
    phones: string[];
    hometown: string | null;
    preferredLanguage: Language;
    isRepresentative: boolean;
    amountClaimedFen: number | null;
    note: string | null;
    address: string | null;
    occupation: string | null;
    workplace: string | null;
  }[];
  /** Reporters withheld from the caller (监察条例 Art. 9): the record says how many are missing. */
  hiddenReporters: number;
  route: IntakeRoute | null;
  answer: string | null;
  collective: boolean;
  urgent: boolean;
  recordedBy: { name: string };
}

export interface IntakeRecordExtras {
  /** The unit's full name (日喀则市人力资源和社会保障局); defaults to the intake's unit. */
  unitName?: string | null;
  departmentName?: string | null;
  /** 接待人; defaults to whoever recorded the intake. */
  recorderName?: string | null;
  /** 包案领导 (intakeDetail does not carry the leader yet). */
  leaderName?: string | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Investigation documents (劳动保障监察): built from the stored notice or record (electron/core/investigation).

/** 询问通知书: who is asked to come, when, where, with what; the case it is for and whom to contact. */
export interface InquiryNoticeData {
  organ: string;
  /** The 立案 number of the inspection (the case's 案号); null before it has one. */
  caseNumber: string | null;
  caseTitle: string;
  addressee: string;
  /** 'YYYY-MM-DD' and 'HH:mm' in Asia/Shanghai. */
  appearDate: string;
  appearTime: string;
  place: string;
  bring: string[];
  contactNames: string[];
  contactPhone: string | null;
  issuedOn: string;
}

/** 询问笔录: the finalised record as stored, with its corrections appended after it. */
export interface InquiryRecordData {
  organ: string;
  caseNumber: string | null;
  caseTitle: string;
  /** 'YYYY-MM-DD HH:mm' */
  startedAt: string;
  endedAt: string;
  place: string;
  inspectors: { name: string; certNo: string }[];
  recorder: string | null;
  interviewee: {
    name: string;
    sex: 'M' | 'F' | null;
    idNumber: string | null;
    workplace: string | null;
    post: string | null;
    phone: string | null;
    address: string | null;
  };
  /** The language's name as printed (汉语, 藏语, or what was entered for another). */
  language: string;
  interpreter: string | null;
  qa: { q: string; a: string }[];
  corrections: { at: string; text: string; reason: string; by: string }[];
}

// ---------------------------------------------------------------------------------------------------------------
// The inspection's decision papers, read from the stored proceeding (electron/core/proceedings/inspection-papers.ts)

/** The party decided against, as the parties register holds it. */
export interface DecidedParty {
  name: string;
  creditCode: string | null;
  address: string | null;
  legalRep: { name: string; title: string | null } | null;
}

/** What every decision paper says about the case: the organ, the 立案 number and day, the employer, the paper's day. */
export interface InspectionPaperCase {
  organ: string;
  caseNumber: string | null;
  caseTitle: string;
  filedOn: string | null;
  employer: DecidedParty;
  /** The facts the investigation found (调查终结), as recorded. */
  facts: string;
  /** The day the paper is made. */
  issuedOn: string;
}

/** 事先告知书: the 事先告知 step as recorded, and the periods the engine counts from it. */
export interface PriorNoticeData extends InspectionPaperCase {
  /** The day of service the step recorded. */
  date: string;
  intended: 'handling' | 'penalty' | 'both';
  /** 告知的事实、理由、依据和拟作出的决定, as the step recorded them. */
  content: string;
  statement: { days: number; date: string };
  /** Only where a penalty is intended (行政处罚法 Art. 64(1)). */
  hearing: { days: number; date: string } | null;
}

/** The hearing of the party before the decision: its notice, its statement and the review of it, a hearing held. */
export interface PartyHeard {
  noticeDate: string;
  statement: { date: string; text: string; review: string } | null;
  hearing: { date: string; record: string } | null;
}

/** 行政处理决定书: the decideHandling step on approval, with the order it follows where one was issued. */
export interface HandlingDecisionData extends InspectionPaperCase {
  date: string;
  wagesFen: number;
  compensationPercent: number;
  compensationFen: number;
  workers: number | null;
  order: { date: string; deadline: string } | null;
  heard: PartyHeard;
}

/** 行政处罚决定书 (行政处罚法 Art. 59): the decidePenalty step on approval. */
export interface PenaltyDecisionData extends InspectionPaperCase {
  date: string;
  fineFen: number;
  basis: string;
  heard: PartyHeard;
}

/** 催告书 (行政强制法 Art. 35): the demand step, the decisions it enforces and the day the 10 working days end. */
export interface DemandNoticeData extends InspectionPaperCase {
  date: string;
  amountFen: number;
  decisions: { kind: 'handling' | 'penalty'; date: string; number: string | null; amountFen: number }[];
  due: { days: number; date: string };
}
