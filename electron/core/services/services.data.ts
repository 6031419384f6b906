// Every SQL statement of service (送达): the document and recipient a service names, the services and their proofs,
// and a file's documents and recipients as the documents panel shows them. No rules here (shared/domain/service.ts).
import type { ServiceRecord } from '../../../shared/contract/services';
import type { DocumentKind, ProceedingKind, ReceiverRelation, ServiceMethodCode, ServiceProofPurpose } from '../../../shared/domain/vocabulary';
import type { Prepare } from '../../../db/statements';
import { requestOf, type Request, type SourceRow } from '../documents/document-source';

export interface DocumentForService {
  id: string;
  kind: DocumentKind;
  title: string;
  number: string | null;
  status: 'issued' | 'void';
  caseFileId: string | null;
  issuedAt: number;
}

const DOCUMENT_COLUMNS = 'id, kind, title, number, status, case_file_id AS caseFileId, created_at AS issuedAt';

export function documentForService(prepare: Prepare, id: string, unitId: string): DocumentForService | null {
  return (prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = ? AND unit_id = ?`).get(id, unitId) as DocumentForService | undefined) ?? null;
}

export function fileDocuments(prepare: Prepare, caseFileId: string): DocumentForService[] {
  return prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE case_file_id = ? AND status = 'issued' ORDER BY created_at, id`).all(caseFileId) as DocumentForService[];
}

/** The request a document was built from (documents.source with the keys its row holds put back). */
export function documentSource(prepare: Prepare, id: string): Request {
  return requestOf(prepare('SELECT kind, intake_id, source FROM documents WHERE id = ?').get(id) as SourceRow);
}

export interface RecipientRow {
  id: string;
  proceedingId: string;
  caseFileId: string;
  proceedingKind: ProceedingKind;
  role: string;
  partyId: string | null;
  personId: string | null;
  name: string;
}

const RECIPIENT_SELECT = `SELECT pp.id, pp.proceeding_id AS proceedingId, pr.case_file_id AS caseFileId, pr.kind AS proceedingKind, pp.role, pp.party_id AS partyId, pp.person_id AS personId,
                                 coalesce(pa.name, pe.name) AS name
                          FROM proceeding_parties pp JOIN proceedings pr ON pr.id = pp.proceeding_id
                          LEFT JOIN parties pa ON pa.id = pp.party_id LEFT JOIN persons pe ON pe.id = pp.person_id`;

export function recipientOf(prepare: Prepare, id: string): RecipientRow | null {
  return (prepare(`${RECIPIENT_SELECT} WHERE pp.id = ?`).get(id) as RecipientRow | undefined) ?? null;
}

/** A recipient as the file's panel lists it: with its proceeding's 案号 and workers, to tell a 系列案's cases apart. */
export type FileRecipientRow = RecipientRow & { caseNumber: string | null; applicants: string; partyKey: string };

export function fileRecipients(prepare: Prepare, caseFileId: string): FileRecipientRow[] {
  return prepare(
    `SELECT r.*, pr.number AS caseNumber, coalesce(r.partyId, r.personId) AS partyKey,
            coalesce((SELECT group_concat(pe.name, '、') FROM proceeding_parties ap JOIN persons pe ON pe.id = ap.person_id WHERE ap.proceeding_id = r.proceedingId), '') AS applicants
     FROM (${RECIPIENT_SELECT} WHERE pr.case_file_id = ?) r JOIN proceedings pr ON pr.id = r.proceedingId
     ORDER BY pr.opened_at, (SELECT sort_order FROM proceeding_parties WHERE id = r.id), r.id`,
  ).all(caseFileId) as FileRecipientRow[];
}

export function activeStaffName(prepare: Prepare, staffId: string, unitId: string): string | null {
  return (prepare('SELECT name FROM staff WHERE id = ? AND unit_id = ? AND active = 1').get(staffId, unitId) as { name: string } | undefined)?.name ?? null;
}

/** The valid service of this document to this recipient, if any. */
export function validServiceOf(prepare: Prepare, documentId: string, recipientId: string): { id: string; servedOn: string } | null {
  return (
    (prepare("SELECT id, served_on AS servedOn FROM services WHERE document_id = ? AND recipient_id = ? AND status = 'valid'").get(documentId, recipientId) as
      | { id: string; servedOn: string }
      | undefined) ?? null
  );
}

/** Who a document has been validly served to: voiding it first needs those services voided. */
export function validServiceRecipients(prepare: Prepare, documentId: string): string[] {
  return (prepare("SELECT recipient_name FROM services WHERE document_id = ? AND status = 'valid' ORDER BY served_at").all(documentId) as { recipient_name: string }[]).map((r) => r.recipient_name);
}

export interface NewService {
  id: string;
  unitId: string;
  caseFileId: string;
  proceedingId: string;
  documentId: string;
  recipientId: string;
  recipientName: string;
  method: ServiceMethodCode;
  servedAt: number;
  servedOn: string;
  receivedBy: string | null;
  relation: ReceiverRelation | null;
  servedBy: string;
  witnesses: string[];
  trackingNumber: string | null;
  entrustedTo: string | null;
  electronicAddress: string | null;
  electronicConfirmed: boolean | null;
  noticePlace: string | null;
  noticeDays: number | null;
  awardFinality: 'final' | 'nonFinal' | null;
  note: string | null;
  recordedBy: string;
  recordedAt: number;
}

export function insertService(prepare: Prepare, s: NewService): void {
  prepare(
    `INSERT INTO services (id, unit_id, case_file_id, proceeding_id, document_id, recipient_id, recipient_name, method, served_at, served_on, received_by, relation,
       served_by, witnesses, tracking_number, entrusted_to, electronic_address, electronic_confirmed, notice_place, notice_days, award_finality, note, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    s.id, s.unitId, s.caseFileId, s.proceedingId, s.documentId, s.recipientId, s.recipientName, s.method, s.servedAt, s.servedOn, s.receivedBy, s.relation,
    s.servedBy, JSON.stringify(s.witnesses), s.trackingNumber, s.entrustedTo, s.electronicAddress,
    s.electronicConfirmed === null ? null : s.electronicConfirmed ? 1 : 0, s.noticePlace, s.noticeDays, s.awardFinality, s.note, s.recordedBy, s.recordedAt,
  );
}

export function insertProof(prepare: Prepare, p: { id: string; serviceId: string; purpose: ServiceProofPurpose; sha256: string; fileName: string | null; now: number }): void {
  prepare('INSERT INTO service_proofs (id, service_id, purpose, file_sha256, file_name, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(p.id, p.serviceId, p.purpose, p.sha256, p.fileName, p.now);
}

/** Voids a valid service; false when it is no longer valid (someone voided it meanwhile). */
export function voidServiceRow(prepare: Prepare, id: string, reason: string, by: string, now: number): boolean {
  return (
    prepare("UPDATE services SET status = 'void', void_reason = ?, voided_at = ?, voided_by = ?, row_version = row_version + 1 WHERE id = ? AND status = 'valid'").run(reason, now, by, id)
      .changes === 1
  );
}

/** Whether the service recorded clock events that count (a service that moved no clock records none). */
export function serviceEventKinds(prepare: Prepare, serviceId: string): string[] {
  return (prepare('SELECT kind FROM proceeding_events WHERE service_id = ? ORDER BY seq').all(serviceId) as { kind: string }[]).map((r) => r.kind);
}

interface ServiceRow {
  id: string;
  document_kind: DocumentKind;
  to_worker: number;
  document_id: string;
  proceeding_id: string;
  case_file_id: string;
  unit_id: string;
  recipient_id: string;
  recipient_name: string;
  method: ServiceMethodCode;
  served_at: number;
  served_on: string;
  received_by: string | null;
  relation: ReceiverRelation | null;
  served_by: string;
  served_by_name: string;
  witnesses: string;
  tracking_number: string | null;
  entrusted_to: string | null;
  electronic_address: string | null;
  electronic_confirmed: number | null;
  notice_place: string | null;
  notice_days: number | null;
  award_finality: 'final' | 'nonFinal' | null;
  note: string | null;
  status: 'valid' | 'void';
  void_reason: string | null;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: number;
  moved_clock: number;
}

const SERVICE_SELECT = `SELECT sv.*, sb.name AS served_by_name, rb.name AS recorded_by_name,
                               (SELECT kind FROM documents WHERE id = sv.document_id) AS document_kind,
                               (SELECT person_id IS NOT NULL FROM proceeding_parties WHERE id = sv.recipient_id) AS to_worker,
                               EXISTS (SELECT 1 FROM proceeding_events e WHERE e.service_id = sv.id AND e.kind NOT IN ('paused', 'resumed')) AS moved_clock
                        FROM services sv JOIN staff sb ON sb.id = sv.served_by JOIN staff rb ON rb.id = sv.recorded_by`;

type ProofRow = { id: string; service_id: string; purpose: ServiceProofPurpose; mime: string; bytes: number; file_name: string | null };

function proofsOf(prepare: Prepare, serviceIds: string[]): ProofRow[] {
  return prepare(
    `SELECT sp.id, sp.service_id, sp.purpose, f.mime, f.bytes, sp.file_name FROM service_proofs sp JOIN files f ON f.sha256 = sp.file_sha256
     WHERE sp.service_id IN (SELECT value FROM json_each(?)) ORDER BY sp.created_at, sp.id`,
  ).all(JSON.stringify(serviceIds)) as ProofRow[];
}

function toRecord(r: ServiceRow, proofs: ProofRow[], noClockWhy: (r: ServiceRow) => string | null): ServiceRecord {
  return {
    id: r.id,
    documentId: r.document_id,
    proceedingId: r.proceeding_id,
    recipientId: r.recipient_id,
    recipientName: r.recipient_name,
    method: r.method,
    servedAt: r.served_at,
    servedOn: r.served_on,
    receivedBy: r.received_by,
    relation: r.relation,
    servedBy: { id: r.served_by, name: r.served_by_name },
    witnesses: JSON.parse(r.witnesses) as string[],
    trackingNumber: r.tracking_number,
    entrustedTo: r.entrusted_to,
    electronicAddress: r.electronic_address,
    electronicConfirmed: r.electronic_confirmed === null ? null : r.electronic_confirmed === 1,
    noticePlace: r.notice_place,
    noticeDays: r.notice_days,
    awardFinality: r.award_finality,
    note: r.note,
    noClock: r.moved_clock === 1 ? null : noClockWhy(r),
    status: r.status,
    voidReason: r.void_reason,
    recordedBy: { id: r.recorded_by, name: r.recorded_by_name },
    recordedAt: r.recorded_at,
    proofs: proofs.filter((p) => p.service_id === r.id).map((p) => ({ id: p.id, purpose: p.purpose, mime: p.mime, bytes: p.bytes, fileName: p.file_name })),
  };
}

/** Why a service moved no clock, from what was recorded (the domain's words). */
export type NoClockWhy = (s: { method: ServiceMethodCode; electronicConfirmed: boolean | null; documentKind: DocumentKind; toWorker: boolean }) => string;

function readServices(prepare: Prepare, where: string, arg: string, why: NoClockWhy): ServiceRecord[] {
  const rows = prepare(`${SERVICE_SELECT} WHERE ${where} ORDER BY sv.served_at, sv.recorded_at, sv.id`).all(arg) as ServiceRow[];
  const proofs = rows.length > 0 ? proofsOf(prepare, rows.map((r) => r.id)) : [];
  return rows.map((r) => toRecord(r, proofs, (x) => why({ method: x.method, electronicConfirmed: x.electronic_confirmed === null ? null : x.electronic_confirmed === 1, documentKind: x.document_kind, toWorker: x.to_worker === 1 })));
}

export function serviceById(prepare: Prepare, id: string, why: NoClockWhy): (ServiceRecord & { caseFileId: string; unitId: string }) | null {
  const row = prepare('SELECT case_file_id, unit_id FROM services WHERE id = ?').get(id) as { case_file_id: string; unit_id: string } | undefined;
  if (!row) return null;
  const [record] = readServices(prepare, 'sv.id = ?', id, why);
  return { ...record!, caseFileId: row.case_file_id, unitId: row.unit_id };
}

export function fileServiceRecords(prepare: Prepare, caseFileId: string, why: NoClockWhy): ServiceRecord[] {
  return readServices(prepare, 'sv.case_file_id = ?', caseFileId, why);
}

export function proofFile(prepare: Prepare, proofId: string): { sha256: string; mime: string; fileName: string | null; serviceId: string; caseFileId: string; unitId: string } | null {
  return (
    (prepare(
      `SELECT sp.file_sha256 AS sha256, f.mime, sp.file_name AS fileName, sp.service_id AS serviceId, sv.case_file_id AS caseFileId, sv.unit_id AS unitId
       FROM service_proofs sp JOIN files f ON f.sha256 = sp.file_sha256 JOIN services sv ON sv.id = sp.service_id WHERE sp.id = ?`,
    ).get(proofId) as { sha256: string; mime: string; fileName: string | null; serviceId: string; caseFileId: string; unitId: string } | undefined) ?? null
  );
}

export function caseFileUnit(prepare: Prepare, caseFileId: string): { unitId: string; status: string } | null {
  return (prepare('SELECT unit_id AS unitId, status FROM case_files WHERE id = ?').get(caseFileId) as { unitId: string; status: string } | undefined) ?? null;
}

/** A party's address on record (用人单位's 住所), or null for a person (the arbitration application keeps theirs). */
export function partyAddress(prepare: Prepare, partyId: string | null): string | null {
  if (!partyId) return null;
  return (prepare('SELECT address FROM parties WHERE id = ?').get(partyId) as { address: string | null } | undefined)?.address ?? null;
}

/** The case file's title, for the 案由 of a paper outside arbitration. */
export function caseFileTitle(prepare: Prepare, caseFileId: string): string {
  return (prepare('SELECT title FROM case_files WHERE id = ?').get(caseFileId) as { title: string } | undefined)?.title ?? '';
}
