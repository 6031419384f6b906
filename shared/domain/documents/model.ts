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

export type ServiceMethod = 'direct' | 'post' | 'left' | 'entrusted' | 'electronic';

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
