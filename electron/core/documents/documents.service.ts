// Issuing documents: build the content model (shared/domain/documents, the bureau's template or the built-in one),
// number it by its kind's policy, render PDF and DOCX, keep both in the file store and record the version — who,
// when, from which request, the content hash and the fonts. Regenerating adds a version under the same number; a
// voided document keeps its number, marked 作废 with the reason. Exports and prints are on the record.
import type { z } from 'zod';
import type {
  DocumentRecord,
  documentFileInput,
  documentGenerateInput,
  documentListInput,
  DocumentModel,
  documentVoidInput,
} from '../../../shared/contract/documents';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { requestOf, storedSource } from './document-source';
import { fillTemplate } from '../../../shared/domain/documents/template-engine';
import { yearOf } from '../../../shared/domain/time';
import type { DocumentKind } from '../../../shared/domain/vocabulary';
import type { CallContext, CoreServices } from '../kernel/context';
import { notFound, ServiceError } from '../kernel/errors';
import { putFile, readStoredFile, recordFile, sha256 } from '../files/file-store';
import { newId } from '../kernel/ids';
import { requireInstallation } from '../kernel/installation';
import { nextNumber, peekNumber } from '../kernel/numbering';
import { callerCan, principalOf } from '../session/session.service';
import { worksOnFile } from '../team/team.service';
import { tx, writeContext, type TxWriter } from '../kernel/tx';
import { build, type Built } from './builders';
import { renderDocx } from './docx-writer';
import { reindexFileIntakes } from '../intakes/search-index';
import { renderPdf } from './pdf-writer';
import { validServiceRecipients } from '../services/services.data';

const MIME = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } as const;

// ---------------------------------------------------------------------------------------------------------------
// Rendering and keeping

interface Rendered {
  model: DocumentModel;
  contentHash: string;
  pdf: { hash: string; bytes: number; fonts: string[] };
  docx: { hash: string; bytes: number; fonts: string[] };
}

/** Renders both files and writes them to the store, durably, before any row names them. */
async function renderAndStore(core: CoreServices, model: DocumentModel, at: number): Promise<Rendered> {
  const root = core.config.paths.files;
  // The annex's pictures are stored files: read back (hash checked) for both writers.
  const images = new Map((model.annex?.images ?? []).map((i) => [i.sha256, readStoredFile(root, i.sha256)] as const));
  const [pdf, docx] = await Promise.all([renderPdf(model, { createdAt: at, bodyFont: core.config.documentBodyFont, images }), renderDocx(model, { createdAt: at, images })]);
  return {
    model,
    contentHash: sha256(Buffer.from(canonicalJson(model))),
    pdf: { hash: putFile(root, pdf.bytes), bytes: pdf.bytes.length, fonts: pdf.fonts },
    docx: { hash: putFile(root, docx.bytes), bytes: docx.bytes.length, fonts: docx.fonts },
  };
}

function insertVersion(w: TxWriter, documentId: string, r: Rendered): number {
  recordFile(w, r.pdf.hash, r.pdf.bytes, MIME.pdf);
  recordFile(w, r.docx.hash, r.docx.bytes, MIME.docx);
  const last = w.prepare('SELECT max(version) AS v FROM document_versions WHERE document_id = ?').get(documentId) as { v: number | null };
  const version = (last.v ?? 0) + 1;
  w.prepare(
    `INSERT INTO document_versions (id, document_id, version, content_hash, model, pdf_sha256, docx_sha256, fonts, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(newId(w.now), documentId, version, r.contentHash, canonicalJson(r.model), r.pdf.hash, r.docx.hash, JSON.stringify({ pdf: r.pdf.fonts, docx: r.docx.fonts }), w.actorStaffId, w.now);
  return version;
}

function timeline(w: TxWriter, caseFileId: string | null, kind: string, summary: string, data: unknown): void {
  if (caseFileId) w.caseEvent({ caseFileId, kind, summary, data });
}

function label(doc: { title: string; number: string | null }): string {
  return doc.number ? `${doc.title}（${doc.number}）` : doc.title;
}

/** Rolls back a transaction whose number another writer took first (the page must be rendered again). */
class NumberTaken extends Error {}

/** Issues one document: numbered (a series number is printed on the page), rendered, kept. */
async function issue(call: CallContext, built: Built, model: DocumentModel, source: string): Promise<string> {
  const core = call.core;
  const inst = requireInstallation(core);
  const policy = built.template.numbering;
  const id = newId(core.clock.now());
  const insertDocument = (w: TxWriter, number: string | null, series: string | null) => {
    w.prepare(
      `INSERT INTO documents (id, unit_id, kind, title, number, series, status, intake_id, case_file_id, source, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, 'issued', ?, ?, ?, ?, ?)`,
    ).run(id, inst.unitId, built.kind, model.title, number, series, built.intakeId, built.caseFileId, source, w.actorStaffId, w.now);
    // A numbered paper's 文号 is searchable from the file's intakes (search-index.ts).
    if (number && built.caseFileId) reindexFileIntakes(w.prepare, built.caseFileId);
  };

  if (policy.mode === 'series') {
    // The number is printed on the page, so the page is rendered with the number the series will give next, and the
    // number is taken in the one transaction that keeps the document with its files. A crash or a failure while
    // rendering takes no number: no gap and no "issued" document without files (the crash harness found such a
    // document when the number was committed before rendering). If another writer took that number meanwhile, render again.
    for (let attempt = 1; ; attempt++) {
      const year = yearOf(core.clock.now());
      const series = `doc:${policy.series}`;
      const n = peekNumber(core.prepare, inst, series, year);
      const number = fillTemplate(policy.pattern, { unitShort: built.unitShort, year: String(year), n: String(n) }, '编号规则');
      const rendered = await renderAndStore(core, { ...model, number }, core.clock.now());
      try {
        tx(writeContext(call), (w) => {
          if (yearOf(w.now) !== year || nextNumber(w.prepare, inst, series, year) !== n) throw new NumberTaken();
          insertDocument(w, number, policy.series);
          insertVersion(w, id, rendered);
          w.audit({ action: 'generate', entity: 'document', entityId: id, change: { kind: built.kind, number, version: 1, template: built.template.name, contentHash: rendered.contentHash, pdf: rendered.pdf.hash, docx: rendered.docx.hash } });
          timeline(w, built.caseFileId, 'document.generated', `制作${label({ title: model.title, number })}`, { documentId: id });
          w.changed('document', id);
        });
        return id;
      } catch (e) {
        if (!(e instanceof NumberTaken)) throw e;
        if (attempt >= 10) throw new ServiceError('CONFLICT', '其他工作人员正在连续制作同一编号序列的文书，本份未能取得编号，未保存。请稍后重试');
      }
    }
  }

  const rendered = await renderAndStore(core, model, core.clock.now());
  tx(writeContext(call), (w) => {
    insertDocument(w, model.number, null);
    insertVersion(w, id, rendered);
    w.audit({ action: 'generate', entity: 'document', entityId: id, change: { kind: built.kind, number: model.number, version: 1, template: built.template.name, contentHash: rendered.contentHash, pdf: rendered.pdf.hash, docx: rendered.docx.hash } });
    timeline(w, built.caseFileId, 'document.generated', `制作${label(model)}`, { documentId: id });
    w.changed('document', id);
  });
  return id;
}

/** A stored version's model, for the screen; recorded as a view. */
export function versionModel(call: CallContext, versionId: string): DocumentModel {
  const core = call.core;
  const row = core.prepare('SELECT document_id, version, model FROM document_versions WHERE id = ?').get(versionId) as { document_id: string; version: number; model: string } | undefined;
  if (!row) throw notFound('文书版本');
  const doc = documentRow(core, row.document_id);
  guardReporter(call, doc);
  tx(writeContext(call), (w) => {
    w.audit({ action: 'documentView', entity: 'document', entityId: doc.id, change: { version: row.version, format: 'screen' } });
  });
  return JSON.parse(row.model) as DocumentModel;
}

export async function generateDocuments(call: CallContext, input: z.output<typeof documentGenerateInput>): Promise<DocumentRecord[]> {
  const built = build(call, input.request);
  if (input.caseFileId !== null) {
    const inst = requireInstallation(call.core);
    const ok = call.core.prepare('SELECT 1 FROM case_files WHERE id = ? AND unit_id = ?').get(input.caseFileId, inst.unitId);
    if (!ok) throw notFound('案卷');
    built.caseFileId = built.caseFileId ?? input.caseFileId;
  }
  const source = storedSource(input.request, { kind: built.kind, intakeId: built.intakeId });
  const ids: string[] = [];
  for (const model of built.models) ids.push(await issue(call, built, model, source));
  return ids.map((id) => getDocument(call, id));
}

/** A new version of an issued document from its request and today's data and template; the number stays. */
/**
 * A document of a case file is voided or regenerated only by those who work on that file (its team, its 包案领导, a
 * department head); the desk regenerates the registration forms it makes itself.
 */
function requireOnFile(call: CallContext, doc: { case_file_id: string | null; kind: DocumentKind }, what: string): void {
  if (!doc.case_file_id) return;
  const principal = call.principal ?? principalOf(call.core, call.session.staffId!);
  if (!principal) throw new ServiceError('UNAUTHENTICATED', '请先登录');
  if (what === '重新生成' && doc.kind === 'intakeRecord' && principal.roles.includes('receptionist')) return;
  if (!worksOnFile(call.core, principal, doc.case_file_id)) throw new ServiceError('FORBIDDEN', `您不在本案办案组中，不能${what}本案的文书；请包案领导将您加入办案组`);
}

export async function regenerateDocument(call: CallContext, id: string): Promise<DocumentRecord> {
  const doc = documentRow(call.core, id);
  if (doc.status === 'void') throw new ServiceError('CONFLICT', '该文书已作废，不能重新生成；请制作新的文书');
  requireOnFile(call, doc, '重新生成');
  const built = build(call, requestOf(doc), { regenerating: true });
  // An award split in two regenerates the part this document is (its title and number say which).
  const model = built.models.find((m) => m.number === doc.number && m.title === doc.title) ?? (built.models.length === 1 ? built.models[0] : null);
  if (!model) throw new ServiceError('CONFLICT', '案件情况已变化，无法对应原文书（例如裁决不再分为两份）；请作废原文书后重新制作');
  const rendered = await renderAndStore(call.core, { ...model, number: doc.number }, call.core.clock.now());
  tx(writeContext(call), (w) => {
    const version = insertVersion(w, id, rendered);
    w.audit({ action: 'regenerate', entity: 'document', entityId: id, change: { version, template: built.template.name, contentHash: rendered.contentHash, pdf: rendered.pdf.hash, docx: rendered.docx.hash } });
    timeline(w, doc.case_file_id, 'document.regenerated', `重新生成${label(doc)}（第${version}版）`, { documentId: id, version });
    w.changed('document', id);
  });
  return getDocument(call, id);
}

// ---------------------------------------------------------------------------------------------------------------
// Reading, files, voiding

interface DocumentRow {
  id: string;
  unit_id: string;
  kind: DocumentKind;
  title: string;
  number: string | null;
  status: 'issued' | 'void';
  void_reason: string | null;
  intake_id: string | null;
  case_file_id: string | null;
  source: string;
}

function documentRow(core: CoreServices, id: string): DocumentRow {
  const inst = requireInstallation(core);
  const row = core.prepare('SELECT * FROM documents WHERE id = ? AND unit_id = ?').get(id, inst.unitId) as DocumentRow | undefined;
  if (!row) throw notFound('文书');
  return row;
}

/** Whether a document names a reporter (the internal record of a report). */
function namesReporter(core: CoreServices, doc: Pick<DocumentRow, 'kind' | 'intake_id'>): boolean {
  if (doc.kind !== 'intakeRecord' || !doc.intake_id) return false;
  return !!core.prepare("SELECT 1 FROM intakes WHERE id = ? AND kind = 'report'").get(doc.intake_id);
}

function toRecords(core: CoreServices, rows: DocumentRow[]): DocumentRecord[] {
  const versions = core
    .prepare(
      `SELECT v.id, v.document_id, v.version, v.created_at, v.created_by, s.name AS created_by_name, v.content_hash, v.pdf_sha256, v.docx_sha256,
              v.fonts, fp.bytes AS pdf_bytes, fd.bytes AS docx_bytes
       FROM document_versions v JOIN staff s ON s.id = v.created_by JOIN files fp ON fp.sha256 = v.pdf_sha256 JOIN files fd ON fd.sha256 = v.docx_sha256
       WHERE v.document_id IN (SELECT value FROM json_each(?)) ORDER BY v.version DESC`,
    )
    .all(JSON.stringify(rows.map((r) => r.id))) as {
    id: string;
    document_id: string;
    version: number;
    created_at: number;
    created_by: string;
    created_by_name: string;
    content_hash: string;
    pdf_sha256: string;
    docx_sha256: string;
    fonts: string;
    pdf_bytes: number;
    docx_bytes: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    number: r.number,
    status: r.status,
    voidReason: r.void_reason,
    intakeId: r.intake_id,
    caseFileId: r.case_file_id,
    versions: versions
      .filter((v) => v.document_id === r.id)
      .map((v) => ({
        id: v.id,
        version: v.version,
        createdAt: v.created_at,
        createdBy: { id: v.created_by, name: v.created_by_name },
        contentHash: v.content_hash,
        pdfHash: v.pdf_sha256,
        docxHash: v.docx_sha256,
        pdfBytes: v.pdf_bytes,
        docxBytes: v.docx_bytes,
        fonts: JSON.parse(v.fonts) as { pdf: string[]; docx: string[] },
      })),
  }));
}

export function getDocument(call: CallContext, id: string): DocumentRecord {
  return toRecords(call.core, [documentRow(call.core, id)])[0];
}

/** The documents of an intake or a case file, newest first; an internal record naming a reporter only for those who may know. */
export function listDocuments(call: CallContext, input: z.output<typeof documentListInput>): DocumentRecord[] {
  const core = call.core;
  const inst = requireInstallation(core);
  const rows = core
    .prepare(`SELECT * FROM documents WHERE unit_id = ? AND (intake_id = ? OR case_file_id = ?) ORDER BY created_at DESC, id DESC`)
    .all(inst.unitId, input.intakeId, input.caseFileId) as DocumentRow[];
  const mayKnowReporters = callerCan(call, 'reporter.read');
  return toRecords(core, rows.filter((r) => mayKnowReporters || !namesReporter(core, r)));
}

/** A document naming a reporter is for those who may know reporters; a refusal is recorded. */
function guardReporter(call: CallContext, doc: DocumentRow): void {
  if (!namesReporter(call.core, doc) || callerCan(call, 'reporter.read')) return;
  tx(writeContext(call), (w) => {
    w.audit({ action: 'refused', entity: 'permission', entityId: 'reporter.read', change: { channel: call.channel, documentId: doc.id } });
  });
  throw new ServiceError('FORBIDDEN', '举报登记表载有举报人身份，您的角色没有“查看举报人身份”的权限');
}

const PURPOSE = {
  preview: { action: 'documentView', event: null, verb: '查看' },
  download: { action: 'documentExport', event: 'document.exported', verb: '导出' },
  print: { action: 'documentPrint', event: 'document.printed', verb: '打印' },
} as const;

/** A stored file of a version. Every view, export and print is recorded; exports and prints go on the case timeline. */
export function documentFile(call: CallContext, input: z.output<typeof documentFileInput>): { fileName: string; mime: string; contentBase64: string } {
  const core = call.core;
  const version = core.prepare('SELECT document_id, version, pdf_sha256, docx_sha256 FROM document_versions WHERE id = ?').get(input.versionId) as
    | { document_id: string; version: number; pdf_sha256: string; docx_sha256: string }
    | undefined;
  if (!version) throw notFound('文书版本');
  const doc = documentRow(core, version.document_id);
  guardReporter(call, doc);
  const hash = input.format === 'pdf' ? version.pdf_sha256 : version.docx_sha256;
  const bytes = readStoredFile(core.config.paths.files, hash);
  const purpose = PURPOSE[input.purpose];
  tx(writeContext(call), (w) => {
    w.audit({ action: purpose.action, entity: 'document', entityId: doc.id, change: { version: version.version, format: input.format, sha256: hash } });
    if (purpose.event) timeline(w, doc.case_file_id, purpose.event, `${purpose.verb}${label(doc)}（${input.format.toUpperCase()}，第${version.version}版）`, { documentId: doc.id, version: version.version });
  });
  const safe = label(doc).replace(/[\\/:*?"<>|\s]+/g, '_');
  return { fileName: `${safe}-第${version.version}版.${input.format}`, mime: MIME[input.format], contentBase64: bytes.toString('base64') };
}

export function voidDocument(call: CallContext, input: z.output<typeof documentVoidInput>): DocumentRecord {
  const doc = documentRow(call.core, input.id);
  if (doc.status === 'void') throw new ServiceError('CONFLICT', '该文书已作废');
  requireOnFile(call, doc, '作废');
  tx(writeContext(call), (w) => {
    // A served document's clocks run from its services: those are voided first, each with its own reason.
    const served = validServiceRecipients(w.prepare, doc.id);
    if (served.length > 0) throw new ServiceError('CONFLICT', `该文书已向${served.join('、')}送达，期限自送达起算；请先作废送达记录并写明理由，再作废文书`);
    w.prepare("UPDATE documents SET status = 'void', void_reason = ?, voided_at = ?, voided_by = ?, row_version = row_version + 1 WHERE id = ? AND status = 'issued'").run(
      input.reason,
      w.now,
      w.actorStaffId,
      doc.id,
    );
    w.audit({ action: 'void', entity: 'document', entityId: doc.id, change: { number: doc.number, reason: input.reason } });
    timeline(w, doc.case_file_id, 'document.voided', `作废${label(doc)}：${input.reason}`, { documentId: doc.id });
    w.changed('document', doc.id);
  });
  return getDocument(call, doc.id);
}
