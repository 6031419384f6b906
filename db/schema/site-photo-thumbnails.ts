import { sqliteTable, text, integer, real } from 'drizzle-orm/sqlite-core';
import { files } from './documents';
import { siteInspectionPhotos } from './site-inspections';

/**
 * What the app derives once from a site photo's original (electron/core/files/thumbnails.ts): a small thumbnail for
 * lists and cards and a print-sized copy for the paper (turned upright by its EXIF orientation, with no EXIF of its own), and the camera's own time and
 * GPS position read from the original's EXIF, shown read-only. Derived data beside the evidence row, not in it: the
 * photo row of a finalised 现场检查笔录 is fixed by trigger, and a thumbnail made later for an older photo must not
 * touch it. Rebuilt from the original whenever missing (the 'photos.thumbnails' job, or lazily on first view).
 */
export const sitePhotoThumbnails = sqliteTable('site_photo_thumbnails', {
  photoId: text('photo_id')
    .primaryKey()
    .references(() => siteInspectionPhotos.id),
  sha256: text('sha256')
    .notNull()
    .references(() => files.sha256),
  mime: text('mime').notNull(),
  bytes: integer('bytes').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  /** The upright print-sized JPEG the 现场检查笔录's annex embeds (PDF and DOCX), with its pixel size. */
  printSha256: text('print_sha256')
    .notNull()
    .references(() => files.sha256),
  printWidth: integer('print_width').notNull(),
  printHeight: integer('print_height').notNull(),
  /** The original's EXIF orientation (1–8; 1 when it has none). */
  orientation: integer('orientation').notNull(),
  /** EXIF DateTimeOriginal as the camera wrote it ('YYYY-MM-DD HH:MM:SS', its clock, no zone unless offset is set). */
  takenAt: text('taken_at'),
  /** EXIF OffsetTimeOriginal ('+08:00'), when the camera wrote one. */
  takenOffset: text('taken_offset'),
  /** EXIF GPS position in decimal degrees (WGS-84 as phones record it), when present and in range. */
  gpsLat: real('gps_lat'),
  gpsLon: real('gps_lon'),
  madeAt: integer('made_at').notNull(),
});
