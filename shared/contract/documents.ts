// Documents (文书): one content model, built once from case data by a pure builder (shared/domain/documents) and
// rendered by two writers (electron/core/documents: PDF and DOCX). Everything here is JSON-only, like the rest of
// the contract, so a model can be stored, compared and sent to the interface unchanged.
import { z } from 'zod';
import { DOCUMENT_KIND } from '../domain/vocabulary';
import { jobInfo } from './jobs';
import { revealReason } from './personal';
import { dateKey, empty, entityId, fen, instant, nameText, nullable, reasonText, text } from './primitives';
import { m, q, type ChannelTable } from './channel-def';

// ---------------------------------------------------------------------------------------------------------------
// The content model

/**
 * Type faces by role, not by font name: each writer maps them (GB/T 9704-2012 §7: 标题 小标宋, 正文 仿宋, 一级标题
 * 黑体, 二级标题 楷体). The PDF writer uses the fonts shipped with the application and, where the system has one,
 * 仿宋; the DOCX writer names the office's fonts so WPS/Word show them.
 */
export const DOC_FACES = ['title', 'body', 'heading', 'kai'] as const;
export type DocFace = (typeof DOC_FACES)[number];

export const docRun = z.object({
  text: z.string(),
  /** Defaults to the block's face (body text: 'body'). */
  face: z.enum(DOC_FACES).optional(),
  bold: z.boolean().optional(),
  /** A filled-in blank on a form (the value a clerk would have written on the line). */
  underline: z.boolean().optional(),
  /**
   * A number a signed paper must print whole (ID, phone, amount, date): never broken across lines. A writer sets it
   * at the block's size where it fits, and shrinks it to its cell's width only where it does not.
   */
  nowrap: z.boolean().optional(),
});
export type DocRun = z.infer<typeof docRun>;

const align = z.enum(['left', 'center', 'right', 'justify']);

export const docCell = z.object({
  runs: z.array(docRun),
  colSpan: z.number().int().min(1).optional(),
  rowSpan: z.number().int().min(1).optional(),
  align: align.optional(),
  /** Vertical alignment; forms put labels in the middle. Default 'middle'. */
  valign: z.enum(['top', 'middle']).optional(),
  /** A label cell on a form (printed in the body face, centred unless aligned). */
  label: z.boolean().optional(),
});
export type DocCell = z.infer<typeof docCell>;

export const docBlock = z.discriminatedUnion('type', [
  /** Body text. First line indented two characters unless `indent: false` (GB/T 9704 §7.3.3). */
  z.object({ type: z.literal('paragraph'), runs: z.array(docRun), indent: z.boolean().optional(), align: align.optional() }),
  /**
   * A heading inside the body: level 1 "一、" in 黑体, level 2 "（一）" in 楷体, level 3 "1." in 仿宋 bold. The text
   * carries its own number ("一、仲裁请求"), so both writers print exactly the same thing.
   */
  z.object({ type: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3)]), text: z.string() }),
  /**
   * A table (forms such as 投诉登记表 and 送达回证, or lists of items). Column widths are relative; rows may set a
   * minimum height in millimetres (a box for a signature or a hand-written note).
   */
  z.object({
    type: z.literal('table'),
    columns: z.array(z.number().positive()).min(1),
    rows: z.array(z.object({ cells: z.array(docCell), minHeightMm: z.number().positive().optional() })),
    /** Smaller text (四号, 14pt) for dense forms; default is the body size (三号, 16pt). */
    size: z.enum(['body', 'small']).optional(),
  }),
  /** Vertical space, in body lines. */
  z.object({ type: z.literal('spacer'), lines: z.number().int().min(1).max(10) }),
  z.object({ type: z.literal('pageBreak') }),
]);
export type DocBlock = z.infer<typeof docBlock>;

export const documentModel = z.object({
  kind: z.enum(DOCUMENT_KIND.values),
  /** The issuing body, printed above the title (e.g. 日喀则市劳动人事争议仲裁委员会); null on internal forms. */
  organ: z.string().nullable(),
  /** The document's name (受理通知书). */
  title: z.string(),
  /** 文号 or 案号, printed under the title, e.g. 日劳人仲案字〔2026〕第12号; null when the document has none. */
  number: z.string().nullable(),
  /** 主送: the addressee line, e.g. "扎西：". */
  addressee: z.string().nullable(),
  body: z.array(docBlock),
  /** The signature block at the end: signer lines (仲裁员 王芳), the organ, the date, and "（印章）" where sealed. */
  signature: z
    .object({
      /** Signers (仲裁员 王芳); a line with `afterDate` prints under the date (书记员 on an award, by custom). */
      lines: z.array(z.object({ label: z.string(), name: z.string(), afterDate: z.boolean().optional() })),
      organ: z.string().nullable(),
      date: z.string().nullable(),
      /** How the date is written: 2026年11月25日 (GB/T 9704-2012) or 二〇二六年十一月二十五日 (awards, by custom). */
      dateStyle: z.enum(['arabic', 'chinese']),
      sealed: z.boolean(),
    })
    .nullable(),
  /** Lines after the signature block: 附注, 抄送, "本件一式三份…". */
  notes: z.array(z.array(docRun)),
  /** 'official': the GB/T 9704 grid (22 lines × 28 characters, 3号 body); 'form': a table-led page, same margins. */
  layout: z.enum(['official', 'form']),
  /** A line at the foot of every page (被询问人签名（捺印）on each page of a 询问笔录). */
  pageFoot: z.string().nullable().optional(),
  /**
   * Pictures printed after everything else, on pages of their own (附：现场照片 of a 现场检查笔录): each a stored file
   * named by its hash, with its size in pixels and its caption. The writers are given the files' bytes; the model
   * names them only, so the model's hash changes when a picture does.
   */
  annex: z
    .object({
      title: z.string(),
      images: z.array(
        z.object({
          sha256: z.string().regex(/^[0-9a-f]{64}$/),
          mime: z.enum(['image/jpeg', 'image/png']),
          width: z.number().int().positive(),
          height: z.number().int().positive(),
          caption: z.string(),
        }),
      ),
    })
    .nullable()
    .optional(),
});
export type AnnexImage = NonNullable<DocumentModel['annex']>['images'][number];
export type DocumentModel = z.infer<typeof documentModel>;

// ---------------------------------------------------------------------------------------------------------------
// Inputs the builders take. Until the workflow issues add the arbitration tables, the arbitration documents are
// built from this JSON input (tests/fixtures/arbitration-case.ts for the demo and the samples).

export const personParty = z.object({
  name: nameText('姓名', 60),
  sex: nullable(z.enum(['M', 'F'])),
  /** 民族, as people write it on forms (藏族, 汉族). */
  ethnicity: nullable(z.string().max(20)),
  birthDate: nullable(dateKey('出生日期')),
  idNumber: nullable(z.string().max(40)),
  address: nullable(z.string().max(200)),
  phone: nullable(z.string().max(40)),
});
export type PersonParty = z.infer<typeof personParty>;

export const organisationParty = z.object({
  name: nameText('名称', 120),
  creditCode: nullable(z.string().max(18)),
  address: nullable(z.string().max(200)),
  legalRep: nullable(z.object({ name: z.string().max(40), title: z.string().max(40) })),
  phone: nullable(z.string().max(40)),
});
export type OrganisationParty = z.infer<typeof organisationParty>;

/** What a claim or an awarded item is about: decides whether the award on it is final (调解仲裁法 Art. 47). */
export const CLAIM_CATEGORY = ['wages', 'injuryMedical', 'compensation', 'damages', 'standards', 'other'] as const;
export type ClaimCategory = (typeof CLAIM_CATEGORY)[number];

export const claimItem = z.object({
  text: text('请求事项', 500),
  category: z.enum(CLAIM_CATEGORY),
  amountFen: nullable(fen('金额')),
  /** An awarded item's legal basis (调解仲裁法 Art. 46), printed in the reasoning; absent on a claim. */
  basis: nullable(z.string().max(300)).optional(),
});
export type ClaimItem = z.infer<typeof claimItem>;

export const arbitrationCaseInput = z.object({
  committee: z.object({
    name: text('仲裁委员会名称', 80),
    address: nullable(z.string().max(200)),
    phone: nullable(z.string().max(40)),
    /** Where the intermediate court is, for the set-aside route (撤销终局裁决) on a final award. */
    intermediateCourt: text('中级人民法院', 80),
    /** The basic-level court where the parties may sue (起诉). */
    court: nullable(z.string().max(80)),
  }),
  /** 案号, as the committee numbers its cases (a number series of its own). */
  caseNumber: text('案号', 60),
  /** 案由: 劳动报酬争议, 经济补偿金争议… */
  cause: text('案由', 60),
  applicants: z.array(personParty).min(1),
  respondents: z.array(organisationParty).min(1),
  applicationDate: dateKey('申请日期'),
  acceptedDate: dateKey('受理日期'),
  /** The day the application's copy reached the respondent; null while not yet served (it then goes with the hearing notice). */
  applicationServedOn: nullable(dateKey('申请书副本送达日期')),
  /** The last day of the evidence period the committee set (举证期限, 办案规则 Art. 15). */
  evidenceDeadline: nullable(dateKey('举证期限')),
  claims: z.array(claimItem).min(1),
  tribunal: z.object({
    chief: text('首席仲裁员', 40),
    members: z.array(z.string().max(40)).max(2),
    clerk: text('书记员', 40),
  }),
  hearing: nullable(
    z.object({
      date: dateKey('开庭日期'),
      time: z.string().regex(/^\d{2}:\d{2}$/, '开庭时间应为 HH:mm'),
      room: text('仲裁庭', 60),
      address: text('开庭地点', 200),
    }),
  ),
  /** 争议事实 and 裁决理由, as paragraphs written by the arbitrator. */
  facts: z.array(z.string().max(4000)),
  reasons: z.array(z.string().max(4000)),
  award: nullable(
    z.object({
      date: dateKey('裁决日期'),
      items: z.array(claimItem).min(1),
      /** "驳回申请人的其他仲裁请求". */
      rejectOthers: z.boolean(),
      /** The legal basis cited (《劳动合同法》第三十条…). */
      basis: z.array(z.string().max(200)),
    }),
  ),
  /** The regional monthly minimum wage in force on the award date, in fen (from the parameters when built by the core). */
  monthlyMinimumWageFen: nullable(fen('月最低工资标准')),
});
export type ArbitrationCaseInput = z.input<typeof arbitrationCaseInput>;
export type ArbitrationCase = z.output<typeof arbitrationCaseInput>;

/** 送达回证: one recipient, the documents served, and how; the recipient's signature and date are left blank. */
export const serviceReceiptInput = z.object({
  caseNumber: text('案号', 60),
  cause: text('案由', 60),
  organ: text('送达机关', 80),
  recipient: text('受送达人', 120),
  address: nullable(z.string().max(200)),
  documents: z.array(z.string().max(80)).min(1),
  method: z.enum(['direct', 'post', 'left', 'entrusted', 'electronic', 'publicNotice', 'posted']),
  issuer: nullable(z.string().max(40)),
  server: nullable(z.string().max(40)),
  /** The service as recorded (a receipt made after the fact, from the store): the boxes filled from it; absent: left for the hand. */
  served: z
    .object({ receivedAt: z.string().max(40), receivedBy: nullable(z.string().max(80)), note: nullable(z.string().max(300)) })
    .nullable()
    .optional(),
});
export type ServiceReceiptInput = z.input<typeof serviceReceiptInput>;

/** 限期改正（支付）指令书: what the inspection's 下达指令书 step recorded, with the employer it is addressed to. */
export const orderToPayInput = z.object({
  organ: text('作出机关', 80),
  caseNumber: text('案号', 60),
  employer: text('用人单位', 120),
  facts: text('违法事实', 2000),
  workers: z.number({ error: '请填写涉及劳动者人数' }).int().min(1, '涉及劳动者人数至少1人').max(100_000),
  amountFen: fen('责令支付金额').min(1, '责令支付金额应大于零'),
  date: dateKey('指令书作出日期'),
  deadline: dateKey('限期支付日期'),
});
export type OrderToPayInput = z.input<typeof orderToPayInput>;

// ---------------------------------------------------------------------------------------------------------------
// Issued documents and their versions

export const documentVersion = z.object({
  id: entityId,
  version: z.number().int(),
  createdAt: instant,
  createdBy: z.object({ id: entityId, name: z.string() }),
  /** SHA-256 of the content model (canonical JSON): the same case state gives the same hash. */
  contentHash: z.string(),
  pdfHash: z.string(),
  docxHash: z.string(),
  pdfBytes: z.number().int(),
  docxBytes: z.number().int(),
  /** The fonts each file uses, as the writers report them. */
  fonts: z.object({ pdf: z.array(z.string()), docx: z.array(z.string()) }),
});
export type DocumentVersion = z.infer<typeof documentVersion>;

export const documentRecord = z.object({
  id: entityId,
  kind: z.enum(DOCUMENT_KIND.values),
  title: z.string(),
  number: z.string().nullable(),
  status: z.enum(['issued', 'void']),
  voidReason: z.string().nullable(),
  intakeId: entityId.nullable(),
  caseFileId: entityId.nullable(),
  versions: z.array(documentVersion),
});
export type DocumentRecord = z.infer<typeof documentRecord>;

// ---------------------------------------------------------------------------------------------------------------
// Channels' inputs

/** The kinds built from a proceeding's own steps: their request is `{ kind, proceedingId }`. */
export const PROCEEDING_PAPER_KINDS = [
  'priorNotice',
  'handlingDecision',
  'penaltyDecision',
  'demandNotice',
  'suspensionDecision',
  'resumptionNotice',
  'extensionNotice',
  'provisionalExecutionRuling',
  'complaintAcceptanceNotice',
  'complaintRejectionNotice',
  'filingApproval',
  'penaltyHearingNotice',
  'closingApproval',
  'revocationApproval',
  'mediationAgreement',
  'referralLetter',
  'blacklistDecision',
  'delistingDecision',
  'enforcementApplication',
  'paymentOrderApplication',
  'tribunalNotice',
  'applicationReceipt',
  'supplementNotice',
  'rejectionNotice',
  'award',
  'recusalDecision',
  'respondentNotice',
  'evidenceNotice',
  'mediationPaper',
  'fileCover',
  'fileIndex',
] as const;
export type ProceedingPaperKind = (typeof PROCEEDING_PAPER_KINDS)[number];

/** What to build: the kind and its source. Arbitration documents take the case as JSON until the workflow has tables. */
export const documentRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('intakeRecord'), intakeId: entityId }),
  /**
   * 受理通知书: for a case in the store, from the stored proceeding and application (one notice per applicant), with the
   * 举证期限 the committee sets as it issues it; `case` (JSON) is the older path the fixtures and demo samples use.
   */
  z.object({
    kind: z.literal('acceptanceNotice'),
    case: arbitrationCaseInput.optional(),
    applicantIndex: z.number().int().min(0).optional(),
    proceedingId: entityId.optional(),
    evidenceDeadline: dateKey('举证期限').optional(),
  }),
  // 开庭通知书: from a JSON case (the samples), or — `source: 'hearing'` — from a stored hearing to one party of one of its
  // cases (electron/core/hearings/hearing-papers.ts), one per party to be served.
  z.discriminatedUnion('source', [
    z.object({
      kind: z.literal('hearingNotice'),
      source: z.literal('case').optional(),
      case: arbitrationCaseInput,
      recipient: z.object({ role: z.enum(['applicant', 'respondent']), index: z.number().int().min(0) }),
    }),
    z.object({ kind: z.literal('hearingNotice'), source: z.literal('hearing'), hearingId: entityId, recipientId: entityId }),
  ]),
  z.object({ kind: z.literal('serviceReceipt'), receipt: serviceReceiptInput }),
  /** 仲裁裁决书: from the stored case once the 登记裁决 step is taken (electron/core/arbitration/award-paper.ts); `case` is the fixtures' and samples' JSON path. */
  z.object({ kind: z.literal('award'), case: arbitrationCaseInput.optional(), proceedingId: entityId.optional() }),
  z.object({ kind: z.literal('orderToPay'), order: orderToPayInput }),
  /** Investigation documents are built from their stored rows (electron/core/investigation). */
  z.object({ kind: z.literal('inquiryNotice'), noticeId: entityId }),
  z.object({ kind: z.literal('inquiryRecord'), recordId: entityId }),
  /** The inspection's decision papers are built from the proceeding's stored steps (electron/core/proceedings/inspection-papers.ts). */
  z.object({ kind: z.literal('priorNotice'), proceedingId: entityId }),
  z.object({ kind: z.literal('handlingDecision'), proceedingId: entityId }),
  z.object({ kind: z.literal('penaltyDecision'), proceedingId: entityId }),
  z.object({ kind: z.literal('demandNotice'), proceedingId: entityId }),
  /** The arbitration's 中止, 恢复, 延长审理期限 and 先予执行 papers, from its stored steps (electron/core/proceedings/arbitration-papers.ts). */
  z.object({ kind: z.literal('suspensionDecision'), proceedingId: entityId }),
  z.object({ kind: z.literal('resumptionNotice'), proceedingId: entityId }),
  z.object({ kind: z.literal('extensionNotice'), proceedingId: entityId }),
  z.object({ kind: z.literal('provisionalExecutionRuling'), proceedingId: entityId }),
  /** The acceptance papers, the hearing notice and the approval forms, from the steps (proceedings/inspection-approvals.ts). */
  z.object({ kind: z.literal('complaintAcceptanceNotice'), proceedingId: entityId }),
  z.object({ kind: z.literal('complaintRejectionNotice'), proceedingId: entityId }),
  z.object({ kind: z.literal('filingApproval'), proceedingId: entityId }),
  z.object({ kind: z.literal('penaltyHearingNotice'), proceedingId: entityId }),
  z.object({ kind: z.literal('closingApproval'), proceedingId: entityId }),
  z.object({ kind: z.literal('revocationApproval'), proceedingId: entityId }),
  /** The papers of mediation, referral, blacklisting and enforcement, from their stored steps (mediation, referrals, proceedings). */
  z.object({ kind: z.literal('mediationAgreement'), proceedingId: entityId }),
  z.object({ kind: z.literal('referralLetter'), proceedingId: entityId }),
  z.object({ kind: z.literal('blacklistDecision'), proceedingId: entityId }),
  z.object({ kind: z.literal('delistingDecision'), proceedingId: entityId }),
  z.object({ kind: z.literal('enforcementApplication'), proceedingId: entityId }),
  /** 支付令申请书 from a joint mediation's agreement and its missed instalments (调解仲裁法 Art. 16). */
  z.object({ kind: z.literal('paymentOrderApplication'), proceedingId: entityId }),
  /** 仲裁庭组成通知书 from the stored 组庭 step, to the parties (electron/core/hearings/hearing-papers.ts). */
  z.object({ kind: z.literal('tribunalNotice'), proceedingId: entityId }),
  /** 延期开庭通知书 of a postponed hearing, to one party of its case, with the new hearing (hearing-papers.ts). */
  z.object({ kind: z.literal('postponementNotice'), hearingId: entityId, recipientId: entityId }),
  /** The arbitration application's papers, from the stored application and steps (electron/core/arbitration). */
  z.object({ kind: z.literal('applicationReceipt'), proceedingId: entityId }),
  z.object({ kind: z.literal('supplementNotice'), proceedingId: entityId }),
  z.object({ kind: z.literal('rejectionNotice'), proceedingId: entityId }),
  /** 回避决定书 (the latest decision), 应诉通知书 (one per respondent), 举证通知书 (one per party), from the stored steps (electron/core/arbitration/notice-papers.ts). */
  z.object({ kind: z.literal('recusalDecision'), proceedingId: entityId }),
  z.object({ kind: z.literal('respondentNotice'), proceedingId: entityId }),
  z.object({ kind: z.literal('evidenceNotice'), proceedingId: entityId }),
  /** 仲裁调解书 from the stored 制作调解书 step (electron/core/arbitration/mediation-paper.ts). */
  z.object({ kind: z.literal('mediationPaper'), proceedingId: entityId }),
  /** 案卷封面 and 卷内目录 of a closed file, from its proceeding and its issued papers (electron/core/proceedings/case-file-papers.ts). */
  z.object({ kind: z.literal('fileCover'), proceedingId: entityId }),
  z.object({ kind: z.literal('fileIndex'), proceedingId: entityId }),
  z.object({ kind: z.literal('siteInspectionRecord'), inspectionId: entityId }),
  z.object({ kind: z.literal('evidenceRequestNotice'), requestId: entityId }),
  /** 庭审笔录 of a held hearing, finalised (electron/core/hearings/hearing-transcript-paper.ts). */
  z.object({ kind: z.literal('hearingTranscript'), recordId: entityId }),
  /** 证据目录 of one party of an arbitration case, with the other side's 质证意见 (electron/core/arbitration). */
  z.object({ kind: z.literal('evidenceCatalogue'), proceedingId: entityId, partyId: entityId }),
]);
export type DocumentRequest = z.input<typeof documentRequest>;

/**
 * The request of a paper made from a proceeding's own steps. Every such kind takes `{ kind, proceedingId }`, but
 * TypeScript does not spread a union of more than 25 kinds over the request's union by itself: the one cast is here.
 */
export function proceedingPaperRequest(kind: ProceedingPaperKind, proceedingId: string): DocumentRequest {
  return { kind, proceedingId } as DocumentRequest;
}

/**
 * A preview before issuing. It is masked like the lists (ID numbers and phones as 540202********0019, 139****1200);
 * with a reason, someone who may unmask sees the full numbers, and the view goes on the audit trail as
 * personal.reveal's does. The issued document prints them whole, as the law requires.
 */
export const documentPreviewInput = z.object({
  request: documentRequest,
  revealReason: nullable(revealReason),
});
export type DocumentPreviewInput = z.input<typeof documentPreviewInput>;

export const documentGenerateInput = z.object({
  request: documentRequest,
  /** The case file the document belongs to (its timeline records it); an intake record finds its own. */
  caseFileId: nullable(entityId),
});

export const documentListInput = z
  .object({ intakeId: nullable(entityId), caseFileId: nullable(entityId) })
  .refine((v) => (v.intakeId === null) !== (v.caseFileId === null), { error: '请指定接待登记或案卷之一' });

export const documentFileInput = z.object({
  versionId: entityId,
  format: z.enum(['pdf', 'docx']),
  /** Recorded: a preview is a view; a download is an export; a print is a print (the timeline shows the last two). */
  purpose: z.enum(['preview', 'download', 'print']),
});

export const documentFile = z.object({
  fileName: z.string(),
  mime: z.string(),
  contentBase64: z.string(),
});

export const documentVoidInput = z.object({
  id: entityId,
  reason: reasonText('作废理由'),
});

/** Many documents at once (a 系列案's hearing notices, one per worker), as a job with progress and cancel. */
export const documentBatchInput = z.object({
  requests: z.array(documentRequest).min(1, '请至少选择一份文书').max(500, '一次最多批量制作500份文书'),
  caseFileId: nullable(entityId),
});

/** A stored version's content model, to show on screen (a view, recorded like any other). */
export const documentModelInput = z.object({ versionId: entityId });

/** What a finished documents.batch job reports as its result (JobInfo.result). */
export const documentBatchResult = z.object({
  issued: z.number().int(),
  documentIds: z.array(entityId),
  /** The requests that could not be made, by their index in the batch, with the reason. */
  failures: z.array(z.object({ index: z.number().int(), message: z.string() })),
  cancelled: z.boolean(),
});
export type DocumentBatchResult = z.infer<typeof documentBatchResult>;

// ---------------------------------------------------------------------------------------------------------------
// Templates (settings): each kind's texts, lists and numbering policy, with what each piece may contain

const numberingPolicy = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('caseNumber') }),
  z.object({ mode: z.literal('intakeRegNo') }),
  z.object({ mode: z.literal('series'), series: z.string().trim().min(1, '请填写编号序列名称').max(40), pattern: z.string().trim().min(1, '请填写编号格式').max(80) }),
  z.object({ mode: z.literal('none') }),
]);

export const templatePiece = z.object({
  name: z.string(),
  label: z.string(),
  required: z.boolean(),
  placeholders: z.array(z.string()),
  note: z.string().nullable(),
});

export const documentTemplateView = z.object({
  kind: z.enum(DOCUMENT_KIND.values),
  name: z.string(),
  /** True while the built-in template is in use (no edited copy). */
  builtIn: z.boolean(),
  numbering: numberingPolicy,
  /** The numbering modes this kind may use. */
  numberingModes: z.array(z.enum(['caseNumber', 'intakeRegNo', 'series', 'none'])),
  audience: z.array(z.string()),
  texts: z.record(z.string(), z.string()),
  lists: z.record(z.string(), z.array(z.string())),
  /** What each piece is and which placeholders it may use. */
  textSpecs: z.array(templatePiece),
  listSpecs: z.array(templatePiece),
  rowVersion: z.number().int().nullable(),
  updatedAt: instant.nullable(),
  updatedBy: z.string().nullable(),
});
export type DocumentTemplateView = z.infer<typeof documentTemplateView>;

export const documentTemplateSaveInput = z.object({
  kind: z.enum(DOCUMENT_KIND.values),
  name: text('模板名称', 40),
  numbering: numberingPolicy,
  texts: z.record(z.string().max(40), z.string().max(4000)),
  lists: z.record(z.string().max(40), z.array(z.string().max(1000)).max(40)),
  /** The edited copy's row version, or null when replacing the built-in template. */
  rowVersion: z.number().int().nullable(),
});

export const documentTemplateResetInput = z.object({ kind: z.enum(DOCUMENT_KIND.values), rowVersion: z.number().int() });

/** Documents (文书) and their templates. */
export const documentsChannels = {
  'documents.generate': m(documentGenerateInput, z.array(documentRecord), 'document.issue'),
  'documents.regenerate': m(z.object({ id: entityId }), documentRecord, 'document.issue'),
  'documents.list': q(documentListInput, z.array(documentRecord), 'document.read'),
  /** What a document would say, before it is issued (no number taken, nothing recorded). */
  'documents.preview': q(documentPreviewInput, z.array(documentModel), 'document.issue'),
  'documents.model': m(documentModelInput, documentModel, 'document.read'),
  'documents.file': m(documentFileInput, documentFile, 'document.read'),
  'documents.void': m(documentVoidInput, documentRecord, 'document.void'),
  'documents.batch': m(documentBatchInput, jobInfo, 'document.issue'),
  'documentTemplates.list': q(empty, z.array(documentTemplateView), 'signedIn'),
  'documentTemplates.save': m(documentTemplateSaveInput, documentTemplateView, 'settings.manage'),
  'documentTemplates.reset': m(documentTemplateResetInput, documentTemplateView, 'settings.manage'),
} as const satisfies ChannelTable;
