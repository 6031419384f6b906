// Every SQL statement of the 现场检查 records: the inspections of a file, their photos (rows naming files in the file
// store) and corrections, the places and employers offered, and what anonymising a file clears. No rules here
// (shared/domain/site-inspection.ts).
import type { SiteInspectionView } from '../../../shared/contract/site-inspection';
import type { NamedInspector } from '../../../shared/domain/investigation';
import type { Prepare } from '../../../db/statements';

export interface SiteColumns {
  startedAt: number;
  endedAt: number | null;
  place: string;
  inspectors: NamedInspector[];
  recorderId: string | null;
  employerName: string;
  present: { name: string; post: string | null }[];
  findings: string;
}

const COLUMN_NAMES = ['started_at', 'ended_at', 'place', 'inspectors', 'recorder_id', 'employer_name', 'present', 'findings'];
const columnValues = (r: SiteColumns) => [r.startedAt, r.endedAt, r.place, JSON.stringify(r.inspectors), r.recorderId, r.employerName, JSON.stringify(r.present), r.findings];

export function insertInspection(prepare: Prepare, r: SiteColumns & { id: string; unitId: string; caseFileId: string; proceedingId: string; createdBy: string; createdAt: number }): void {
  prepare(
    `INSERT INTO site_inspections (id, unit_id, case_file_id, proceeding_id, ${COLUMN_NAMES.join(', ')}, created_by, created_at)
     VALUES (?, ?, ?, ?, ${COLUMN_NAMES.map(() => '?').join(', ')}, ?, ?)`,
  ).run(r.id, r.unitId, r.caseFileId, r.proceedingId, ...columnValues(r), r.createdBy, r.createdAt);
}

/** Saves a draft at the version read; false when it is no longer a draft at that version. */
export function updateInspection(prepare: Prepare, id: string, rowVersion: number, r: SiteColumns): boolean {
  return (
    prepare(`UPDATE site_inspections SET ${COLUMN_NAMES.map((c) => `${c} = ?`).join(', ')}, row_version = row_version + 1 WHERE id = ? AND row_version = ? AND status = 'draft'`).run(
      ...columnValues(r),
      id,
      rowVersion,
    ).changes === 1
  );
}

/** Bumps a draft's version (a photo added or removed changes what would be signed). */
export function touchInspection(prepare: Prepare, id: string): boolean {
  return prepare("UPDATE site_inspections SET row_version = row_version + 1 WHERE id = ? AND status = 'draft'").run(id).changes === 1;
}

export function finaliseInspection(prepare: Prepare, id: string, rowVersion: number, by: string, at: number): boolean {
  return (
    prepare("UPDATE site_inspections SET status = 'final', finalised_by = ?, finalised_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ? AND status = 'draft'").run(
      by,
      at,
      id,
      rowVersion,
    ).changes === 1
  );
}

export function insertSiteCorrection(prepare: Prepare, c: { id: string; inspectionId: string; text: string; reason: string; createdBy: string; createdAt: number }): void {
  prepare('INSERT INTO site_inspection_corrections (id, inspection_id, text, reason, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(c.id, c.inspectionId, c.text, c.reason, c.createdBy, c.createdAt);
}

export interface NewPhoto {
  id: string;
  inspectionId: string;
  sha256: string;
  mime: string;
  bytes: number;
  width: number;
  height: number;
  fileName: string | null;
  caption: string;
  createdBy: string;
  createdAt: number;
}

export function insertPhoto(prepare: Prepare, p: NewPhoto): void {
  prepare(
    `INSERT INTO site_inspection_photos (id, inspection_id, sha256, mime, bytes, width, height, file_name, caption, sort_order, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(sort_order), 0) + 1 FROM site_inspection_photos WHERE inspection_id = ?), ?, ?)`,
  ).run(p.id, p.inspectionId, p.sha256, p.mime, p.bytes, p.width, p.height, p.fileName, p.caption, p.inspectionId, p.createdBy, p.createdAt);
}

export function photoCount(prepare: Prepare, inspectionId: string): number {
  return (prepare('SELECT count(*) AS n FROM site_inspection_photos WHERE inspection_id = ?').get(inspectionId) as { n: number }).n;
}

/** Sets each photo's caption and place in the order, as listed. */
export function orderPhotos(prepare: Prepare, inspectionId: string, photos: readonly { id: string; caption: string }[]): void {
  const stmt = prepare('UPDATE site_inspection_photos SET caption = ?, sort_order = ? WHERE id = ? AND inspection_id = ?');
  photos.forEach((p, n) => stmt.run(p.caption, n + 1, p.id, inspectionId));
}

export function deletePhoto(prepare: Prepare, photoId: string): void {
  prepare('DELETE FROM site_inspection_photos WHERE id = ?').run(photoId);
}

export interface PhotoFileRow {
  id: string;
  inspectionId: string;
  unitId: string;
  caseFileId: string;
  status: 'draft' | 'final';
  sha256: string;
  mime: string;
  fileName: string | null;
}

export function photoFile(prepare: Prepare, photoId: string): PhotoFileRow | null {
  return (
    (prepare(
      `SELECT p.id, p.inspection_id AS inspectionId, s.unit_id AS unitId, s.case_file_id AS caseFileId, s.status, p.sha256, p.mime, p.file_name AS fileName
       FROM site_inspection_photos p JOIN site_inspections s ON s.id = p.inspection_id WHERE p.id = ?`,
    ).get(photoId) as PhotoFileRow | undefined) ?? null
  );
}

/** The hashes of an inspection's photos, in order (the printed record places them). */
export function photoHashes(prepare: Prepare, inspectionId: string): { sha256: string; caption: string; width: number; height: number; mime: string }[] {
  return prepare('SELECT sha256, caption, width, height, mime FROM site_inspection_photos WHERE inspection_id = ? ORDER BY sort_order, id').all(inspectionId) as {
    sha256: string;
    caption: string;
    width: number;
    height: number;
    mime: string;
  }[];
}

interface InspectionDbRow {
  id: string;
  unit_id: string;
  case_file_id: string;
  proceeding_id: string;
  status: 'draft' | 'final';
  started_at: number;
  ended_at: number | null;
  place: string;
  inspectors: string;
  recorder_id: string | null;
  recorder_name: string | null;
  employer_name: string;
  present: string;
  findings: string;
  created_by: string;
  created_by_name: string;
  finalised_by: string | null;
  finalised_by_name: string | null;
  finalised_at: number | null;
  row_version: number;
}

export type InspectionRow = SiteInspectionView & { unitId: string; caseFileId: string };

const SELECT = `SELECT s.*, rec.name AS recorder_name, cb.name AS created_by_name, fb.name AS finalised_by_name
                FROM site_inspections s JOIN staff cb ON cb.id = s.created_by
                LEFT JOIN staff rec ON rec.id = s.recorder_id LEFT JOIN staff fb ON fb.id = s.finalised_by`;

function shape(prepare: Prepare, r: InspectionDbRow): InspectionRow {
  const corrections = prepare(
    'SELECT c.id, c.text, c.reason, c.created_at AS at, c.created_by AS byId, s.name AS byName FROM site_inspection_corrections c JOIN staff s ON s.id = c.created_by WHERE c.inspection_id = ? ORDER BY c.created_at, c.id',
  ).all(r.id) as { id: string; text: string; reason: string; at: number; byId: string; byName: string }[];
  const photos = prepare(
    'SELECT id, mime, bytes, width, height, file_name AS fileName, caption FROM site_inspection_photos WHERE inspection_id = ? ORDER BY sort_order, id',
  ).all(r.id) as SiteInspectionView['photos'];
  const documents = prepare(
    "SELECT id, title, created_at AS createdAt FROM documents WHERE case_file_id = ? AND kind = 'siteInspectionRecord' AND status = 'issued' AND json_extract(source, '$.inspectionId') = ? ORDER BY created_at, id",
  ).all(r.case_file_id, r.id) as { id: string; title: string; createdAt: number }[];
  return {
    id: r.id,
    unitId: r.unit_id,
    caseFileId: r.case_file_id,
    proceedingId: r.proceeding_id,
    status: r.status,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    place: r.place,
    inspectors: JSON.parse(r.inspectors) as SiteInspectionView['inspectors'],
    recorder: r.recorder_id ? { id: r.recorder_id, name: r.recorder_name ?? '' } : null,
    employerName: r.employer_name,
    present: JSON.parse(r.present) as SiteInspectionView['present'],
    findings: r.findings,
    photos,
    corrections: corrections.map((c) => ({ id: c.id, text: c.text, reason: c.reason, at: c.at, by: { id: c.byId, name: c.byName } })),
    documents,
    createdBy: { id: r.created_by, name: r.created_by_name },
    finalisedBy: r.finalised_by ? { id: r.finalised_by, name: r.finalised_by_name ?? '' } : null,
    finalisedAt: r.finalised_at,
    rowVersion: r.row_version,
  };
}

export function inspectionById(prepare: Prepare, id: string): InspectionRow | null {
  const r = prepare(`${SELECT} WHERE s.id = ?`).get(id) as InspectionDbRow | undefined;
  return r ? shape(prepare, r) : null;
}

export function fileSiteInspections(prepare: Prepare, caseFileId: string): InspectionRow[] {
  return (prepare(`${SELECT} WHERE s.case_file_id = ? ORDER BY s.started_at, s.id`).all(caseFileId) as InspectionDbRow[]).map((r) => shape(prepare, r));
}

/** The projects (with their site addresses) named on the file's intakes. */
export function filePlaces(prepare: Prepare, caseFileId: string): string[] {
  const rows = prepare(
    `SELECT DISTINCT p.name, p.site_address AS address FROM intakes i JOIN projects p ON p.id = i.project_id WHERE i.case_file_id = ? ORDER BY p.name`,
  ).all(caseFileId) as { name: string; address: string | null }[];
  return rows.map((r) => (r.address ? `${r.name}（${r.address}）` : r.name));
}

/** The units a filed inspection of the file is against (its employer-side parties that are not persons). */
export function fileEmployers(prepare: Prepare, caseFileId: string): { proceedingId: string; name: string }[] {
  return prepare(
    `SELECT pp.proceeding_id AS proceedingId, pa.name FROM proceeding_parties pp JOIN proceedings pr ON pr.id = pp.proceeding_id JOIN parties pa ON pa.id = pp.party_id
     WHERE pr.case_file_id = ? AND pr.kind = 'inspection' AND pp.person_id IS NULL ORDER BY pr.opened_at, pp.sort_order, pp.id`,
  ).all(caseFileId) as { proceedingId: string; name: string }[];
}

// ---------------------------------------------------------------------------------------------------------------
// Retention (PIPL Art. 47(2); retention/case-records.ts)

/**
 * Clears the people in the file's site inspections: the names and posts of those present for the employer become
 * 已匿名化; the findings, the captions and the corrections are free text that may name workers and foremen, and are
 * cleared whole as the interview answers are (investigation.data.ts). Kept: times, place, the inspectors (staff
 * acting in office), the unit inspected, status, and the photos themselves (evidence of the site, as the file's other
 * documents stay in their store). Returns the fields cleared, the names, and the texts the timeline may quote.
 */
export function anonymiseSiteInspectionRows(prepare: Prepare, caseFileId: string, name: string, text: string): { fields: number; names: string[]; texts: string[] } {
  const names: string[] = [];
  const texts: string[] = [];
  let fields = 0;
  const rows = prepare('SELECT id, present, findings FROM site_inspections WHERE case_file_id = ?').all(caseFileId) as { id: string; present: string; findings: string }[];
  const update = prepare('UPDATE site_inspections SET present = ?, findings = ? WHERE id = ?');
  for (const r of rows) {
    const present = JSON.parse(r.present) as { name: string; post: string | null }[];
    names.push(...present.map((p) => p.name).filter((n) => n !== name));
    fields += present.length + (r.findings ? 1 : 0);
    if (r.findings && r.findings !== text) texts.push(r.findings);
    update.run(JSON.stringify(present.map(() => ({ name, post: null }))), r.findings ? text : '', r.id);
  }
  const captions = prepare(
    "SELECT p.id, p.caption FROM site_inspection_photos p JOIN site_inspections s ON s.id = p.inspection_id WHERE s.case_file_id = ? AND p.caption <> ''",
  ).all(caseFileId) as { id: string; caption: string }[];
  const updateCaption = prepare('UPDATE site_inspection_photos SET caption = ?, file_name = NULL WHERE id = ?');
  for (const c of captions) {
    if (c.caption !== text) texts.push(c.caption);
    fields += 1;
    updateCaption.run(text, c.id);
  }
  const corrections = prepare(
    'SELECT c.id, c.text, c.reason FROM site_inspection_corrections c JOIN site_inspections s ON s.id = c.inspection_id WHERE s.case_file_id = ?',
  ).all(caseFileId) as { id: string; text: string; reason: string }[];
  const updateCorrection = prepare('UPDATE site_inspection_corrections SET text = ?, reason = ? WHERE id = ?');
  for (const c of corrections) {
    texts.push(...[c.text, c.reason].filter((t) => t !== text));
    fields += 2;
    updateCorrection.run(text, text, c.id);
  }
  return { fields, names, texts };
}
