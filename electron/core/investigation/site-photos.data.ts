// The statements of a site photo's derived copies (db/schema/site-photo-thumbnails.ts): the thumbnail and print copy
// each photo has once made, what a card draws, and the photos still without them (older photos, the upgrade job).
import type { Prepare } from '../../../db/statements';

export interface ThumbnailRow {
  photoId: string;
  /** The thumbnail's hash in the file store. */
  sha256: string;
  mime: string;
  bytes: number;
  width: number;
  height: number;
  /** The upright print copy's hash, dimensions and type (the 现场检查笔录's annex). */
  printSha256: string;
  printWidth: number;
  printHeight: number;
  orientation: number;
  takenAt: string | null;
  takenOffset: string | null;
  gpsLat: number | null;
  gpsLon: number | null;
  madeAt: number;
}

export function insertThumbnail(prepare: Prepare, r: ThumbnailRow): void {
  // A photo made twice at once (a view and the job) keeps the first: both are the same pixels from the same original.
  prepare(
    `INSERT INTO site_photo_thumbnails (photo_id, sha256, mime, bytes, width, height, print_sha256, print_width, print_height, orientation, taken_at, taken_offset, gps_lat, gps_lon, made_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (photo_id) DO NOTHING`,
  ).run(r.photoId, r.sha256, r.mime, r.bytes, r.width, r.height, r.printSha256, r.printWidth, r.printHeight, r.orientation, r.takenAt, r.takenOffset, r.gpsLat, r.gpsLon, r.madeAt);
}

export function deleteThumbnail(prepare: Prepare, photoId: string): void {
  prepare('DELETE FROM site_photo_thumbnails WHERE photo_id = ?').run(photoId);
}

/** An inspection's photos, in order, with their thumbnails' hashes (null: not made yet). */
export function inspectionThumbnails(prepare: Prepare, inspectionId: string): { photoId: string; original: string; sha256: string | null; mime: string | null; width: number | null; height: number | null }[] {
  return prepare(
    `SELECT p.id AS photoId, p.sha256 AS original, t.sha256, t.mime, t.width, t.height FROM site_inspection_photos p LEFT JOIN site_photo_thumbnails t ON t.photo_id = p.id
     WHERE p.inspection_id = ? ORDER BY p.sort_order, p.id`,
  ).all(inspectionId) as { photoId: string; original: string; sha256: string | null; mime: string | null; width: number | null; height: number | null }[];
}

/** Photos with no thumbnail yet, by id after `afterId` (keyset), for the upgrade job. */
export function photosWithoutThumbnail(prepare: Prepare, afterId: string, limit: number): { id: string; sha256: string }[] {
  return prepare(
    `SELECT p.id, p.sha256 FROM site_inspection_photos p WHERE p.id > ? AND NOT EXISTS (SELECT 1 FROM site_photo_thumbnails t WHERE t.photo_id = p.id) ORDER BY p.id LIMIT ?`,
  ).all(afterId, limit) as { id: string; sha256: string }[];
}

export function countPhotosWithoutThumbnail(prepare: Prepare): number {
  return (prepare('SELECT count(*) AS n FROM site_inspection_photos p WHERE NOT EXISTS (SELECT 1 FROM site_photo_thumbnails t WHERE t.photo_id = p.id)').get() as { n: number }).n;
}

/** The print copies of an inspection's photos, where made (the annex prints them upright; else the original). */
export function printCopies(prepare: Prepare, inspectionId: string): Map<string, { sha256: string; width: number; height: number }> {
  const rows = prepare(
    `SELECT t.photo_id AS photoId, t.print_sha256 AS sha256, t.print_width AS width, t.print_height AS height FROM site_photo_thumbnails t
     JOIN site_inspection_photos p ON p.id = t.photo_id WHERE p.inspection_id = ?`,
  ).all(inspectionId) as { photoId: string; sha256: string; width: number; height: number }[];
  return new Map(rows.map((r) => [r.photoId, { sha256: r.sha256, width: r.width, height: r.height }]));
}
