// Writing a site photo's derived copies (thumbnail and print copy, files/thumbnails.ts) to the store and their row,
// on upload (in the upload's transaction) or later from the stored original (derived data, its own transaction). Kept
// apart from the service so the 'photos.thumbnails' job's worker loads only this, not the whole core.
import type { Db } from '../../../db/open';
import type { Prepare } from '../../../db/statements';
import { putFile, readStoredFile } from '../files/file-store';
import { makePhotoDerivatives, type PhotoDerivatives } from '../files/thumbnails';
import { derivedTx } from '../kernel/tx';
import { insertThumbnail, type ThumbnailRow } from './site-photos.data';

/** Writes a photo's copies to the store (synced); returns the row naming them, to insert in the caller's transaction. */
export function storeCopies(root: string, photoId: string, d: PhotoDerivatives, now: number): ThumbnailRow {
  const thumb = putFile(root, d.thumb.bytes);
  const print = putFile(root, d.print.bytes);
  return {
    photoId,
    sha256: thumb,
    mime: d.thumb.mime,
    bytes: d.thumb.bytes.length,
    width: d.thumb.width,
    height: d.thumb.height,
    printSha256: print,
    printWidth: d.print.width,
    printHeight: d.print.height,
    orientation: d.exif.orientation,
    takenAt: d.exif.takenAt,
    takenOffset: d.exif.takenOffset,
    gpsLat: d.exif.gps?.lat ?? null,
    gpsLon: d.exif.gps?.lon ?? null,
    madeAt: now,
  };
}

/** Lists the copies' files and their row, in an open transaction. */
export function recordCopies(prepare: Prepare, row: ThumbnailRow, d: PhotoDerivatives, now: number): void {
  const file = prepare('INSERT INTO files (sha256, bytes, mime, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING');
  file.run(row.sha256, d.thumb.bytes.length, d.thumb.mime, now);
  file.run(row.printSha256, d.print.bytes.length, d.print.mime, now);
  insertThumbnail(prepare, row);
}

/**
 * Makes and stores the copies of an existing photo from its original (derived data: not audited, as the search
 * index is not). False when the original does not decode: the photo stays as it was, shown without a thumbnail.
 */
export async function deriveStoredPhoto(db: Db, prepare: Prepare, root: string, photo: { id: string; sha256: string }, now: number): Promise<boolean> {
  const made = await makePhotoDerivatives(readStoredFile(root, photo.sha256));
  if (!made.ok) return false;
  const row = storeCopies(root, photo.id, made.value, now);
  derivedTx(db, () => {
    // The photo may have been taken off its draft meanwhile: its copies' files stay unlisted, swept at a later start.
    if (prepare('SELECT 1 FROM site_inspection_photos WHERE id = ?').get(photo.id)) recordCopies(prepare, row, made.value, now);
  });
  return true;
}

