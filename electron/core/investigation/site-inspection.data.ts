// Every SQL statement of the 现场检查 records: the inspections of a file, their photos (rows naming files in the file
// store) and corrections, the places and employers offered, and what anonymising a file clears. No rules here
// (shared/domain/site-inspection.ts).
import type { SiteInspectionView, SitePhotoRecord } from '../../../shared/contract/site-inspection';
import type { NamedInspector } from '../../../shared/domain/investigation';
import type { Prepare } from '../../../db/statements';
import { insertSignedRecord, signedParts, signedSelect, SITE_INSPECTION, updateSignedDraft, type SavedStamp, type SignedDbRow, type SignedHead } from './signed-record.data';

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

export function insertInspection(prepare: Prepare, r: SiteColumns & SignedHead): void {
  insertSignedRecord(prepare, SITE_INSPECTION, r, COLUMN_NAMES, columnValues(r));
}

/** Saves a draft at the version read; false when it is no longer a draft at that version. */
export function updateInspection(prepare: Prepare, id: string, rowVersion: number, r: SiteColumns, saved: SavedStamp): boolean {
  return updateSignedDraft(prepare, SITE_INSPECTION, id, rowVersion, COLUMN_NAMES, columnValues(r), saved);
}

/** Bumps a draft's version (a photo added or removed changes what would be signed). */
export function touchInspection(prepare: Prepare, id: string): boolean {
  return prepare("UPDATE site_inspections SET row_version = row_version + 1 WHERE id = ? AND status = 'draft'").run(id).changes === 1;
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

/** Takes a photo off its draft (its derived copies' row first: site-photos.data.ts deleteThumbnail). */
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
export function photoHashes(prepare: Prepare, inspectionId: string): { id: string; sha256: string; caption: string; width: number; height: number; mime: string }[] {
  return prepare('SELECT id, sha256, caption, width, height, mime FROM site_inspection_photos WHERE inspection_id = ? ORDER BY sort_order, id').all(inspectionId) as {
    id: string;
    sha256: string;
    caption: string;
    width: number;
    height: number;
    mime: string;
  }[];
}

interface InspectionDbRow extends SignedDbRow {
  employer_name: string;
  present: string;
  findings: string;
}

export type InspectionRow = SiteInspectionView & { unitId: string; caseFileId: string };

const SELECT = signedSelect(SITE_INSPECTION, 's');

function shape(prepare: Prepare, r: InspectionDbRow): InspectionRow {
  const rows = prepare(
    `SELECT p.id, p.mime, p.bytes, p.width, p.height, p.file_name AS fileName, p.caption, p.created_by AS addedById, st.name AS addedByName, p.created_at AS addedAt,
       t.taken_at AS takenAt, t.taken_offset AS takenOffset, t.gps_lat AS lat, t.gps_lon AS lon
     FROM site_inspection_photos p JOIN staff st ON st.id = p.created_by LEFT JOIN site_photo_thumbnails t ON t.photo_id = p.id
     WHERE p.inspection_id = ? ORDER BY p.sort_order, p.id`,
  ).all(r.id) as (Omit<SitePhotoRecord, 'addedBy' | 'gps'> & { addedById: string; addedByName: string; lat: number | null; lon: number | null })[];
  const photos = rows.map(({ addedById, addedByName, lat, lon, ...p }) => ({ ...p, addedBy: { id: addedById, name: addedByName }, gps: lat !== null && lon !== null ? { lat, lon } : null }));
  return {
    ...signedParts(prepare, SITE_INSPECTION, r),
    employerName: r.employer_name,
    present: JSON.parse(r.present) as SiteInspectionView['present'],
    findings: r.findings,
    photos,
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
