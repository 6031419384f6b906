// The investigation's records (调查取证) of an inspection: 询问通知书 (issued as documents) and 询问笔录 recorded in the
// app — a draft edited until finalised, then read-only with corrections appended — printed for signature.
import { z } from 'zod';
import { LANGUAGE } from '../domain/vocabulary';
import { documentRecord } from './documents';
import { staffRef } from './intakes';
import { entityId, instant, nameText, nullable, optionalNameText, optionalText, text } from './primitives';
import { m, q, type ChannelTable } from './channel-def';
import { signedRecordCorrectInput, signedRecordCorrection } from './signed-record';

export const MAX_QA = 300;

export const inquiryNoticeRecord = z.object({
  id: entityId,
  proceedingId: entityId,
  addresseeName: z.string(),
  appearAt: instant,
  place: z.string(),
  bring: z.array(z.string()),
  documentId: entityId.nullable(),
  documentNumber: z.string().nullable(),
  createdBy: staffRef,
  createdAt: instant,
});
export type InquiryNoticeRecord = z.infer<typeof inquiryNoticeRecord>;

export const qaPair = z.object({
  q: z.string().trim().max(2000, '每个问题不超过2000字'),
  a: z.string().trim().max(6000, '每个回答不超过6000字'),
});

export const inquiryInspector = z.object({ staffId: entityId, name: z.string(), certNo: z.string(), certExpiry: z.string() });

export const inquiryRecordView = z.object({
  id: entityId,
  proceedingId: entityId,
  status: z.enum(['draft', 'final']),
  startedAt: instant,
  endedAt: instant.nullable(),
  place: z.string(),
  inspectors: z.array(inquiryInspector),
  recorder: staffRef.nullable(),
  interviewee: z.object({
    partyId: entityId.nullable(),
    name: z.string(),
    sex: z.enum(['M', 'F']).nullable(),
    idNumber: z.string().nullable(),
    workplace: z.string().nullable(),
    post: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
  }),
  language: z.enum(LANGUAGE.values),
  languageOther: z.string().nullable(),
  interpreterName: z.string().nullable(),
  interpreterDutyTold: z.boolean(),
  qa: z.array(z.object({ q: z.string(), a: z.string() })),
  corrections: z.array(signedRecordCorrection),
  /** The printed 询问笔录 documents, newest last. */
  documents: z.array(z.object({ id: entityId, title: z.string(), createdAt: instant })),
  createdBy: staffRef,
  finalisedBy: staffRef.nullable(),
  finalisedAt: instant.nullable(),
  /** Who last saved the draft and when (null on a record last saved before they were kept). */
  savedBy: staffRef.nullable(),
  savedAt: instant.nullable(),
  rowVersion: z.number().int(),
});
export type InquiryRecordView = z.infer<typeof inquiryRecordView>;

export const fileInvestigation = z.object({
  caseFileId: entityId,
  /** Whether the caller may record on this file (proceeding.act and a place on it), and why not. */
  mayAct: z.boolean(),
  /** The inspections of the file that records may be made for (filed: 立案 taken). */
  proceedings: z.array(z.object({ proceedingId: entityId, label: z.string(), number: z.string().nullable(), filed: z.boolean() })),
  /** Parties of those proceedings an interviewee or addressee may be. */
  /** `person`: a natural person (a complainant, an individual party such as a 包工头), whose name is the interviewee's. */
  parties: z.array(z.object({ id: entityId, proceedingId: entityId, name: z.string(), role: z.string(), person: z.boolean() })),
  /** The unit's inspectors holding a 执法证 valid today. */
  inspectors: z.array(inquiryInspector),
  notices: z.array(inquiryNoticeRecord),
  records: z.array(inquiryRecordView),
});
export type FileInvestigation = z.infer<typeof fileInvestigation>;

export const investigationListInput = z.object({ caseFileId: entityId });

export const inquiryNoticeInput = z.object({
  proceedingId: entityId,
  addresseeId: nullable(entityId),
  addresseeName: nameText('被通知人', 80),
  appearAt: instant,
  place: text('到场地点', 120),
  bring: z
    .array(z.string().trim().max(100, '每项携带材料不超过100字'))
    .max(12, '携带材料最多12项')
    .transform((xs) => xs.filter((x) => x !== '')),
  contactPhone: optionalText('联系电话', 30),
});
export type InquiryNoticeInput = z.input<typeof inquiryNoticeInput>;

const recordFields = {
  startedAt: instant,
  endedAt: nullable(instant),
  place: text('询问地点', 120),
  inspectorIds: z.array(entityId).max(6, '询问人最多6人'),
  recorderId: nullable(entityId),
  interviewee: z.object({
    partyId: nullable(entityId),
    name: nameText('被询问人姓名', 40),
    sex: nullable(z.enum(['M', 'F'])),
    idNumber: optionalText('身份证件号码', 30),
    workplace: optionalText('工作单位', 80),
    post: optionalText('职务（工种）', 40),
    phone: optionalText('联系电话', 30),
    address: optionalText('住址', 120),
  }),
  language: z.enum(LANGUAGE.values, { error: '请选择询问使用的语言' }),
  languageOther: optionalText('其他语言', 20),
  interpreterName: optionalNameText('翻译人员', 40),
  interpreterDutyTold: z.boolean(),
  qa: z.array(qaPair).max(MAX_QA, `问答最多${MAX_QA}组`),
};

export const inquiryRecordCreateInput = z.object({ proceedingId: entityId, ...recordFields });
export type InquiryRecordCreateInput = z.input<typeof inquiryRecordCreateInput>;
export const inquiryRecordSaveInput = z.object({ id: entityId, rowVersion: z.number().int(), ...recordFields });
export type InquiryRecordSaveInput = z.input<typeof inquiryRecordSaveInput>;
export const inquiryRecordFinaliseInput = z.object({ id: entityId, rowVersion: z.number().int() });
export const inquiryRecordPrintInput = z.object({ id: entityId });

export const investigationChannels = {
  'investigation.list': q(investigationListInput, fileInvestigation, 'document.read'),
  /** Records a 询问通知书 and issues its document. */
  'investigation.notice': m(inquiryNoticeInput, documentRecord, 'proceeding.act'),
  'investigation.createRecord': m(inquiryRecordCreateInput, inquiryRecordView, 'proceeding.act'),
  'investigation.saveRecord': m(inquiryRecordSaveInput, inquiryRecordView, 'proceeding.act'),
  'investigation.finaliseRecord': m(inquiryRecordFinaliseInput, inquiryRecordView, 'proceeding.act'),
  'investigation.correctRecord': m(signedRecordCorrectInput, inquiryRecordView, 'proceeding.act'),
  /** Issues the finalised record as a document to print for signature. */
  'investigation.printRecord': m(inquiryRecordPrintInput, documentRecord, 'proceeding.act'),
} as const satisfies ChannelTable;
