// A site inspection's photos (监察条例 Art. 15(4)): adding one (the original, its thumbnail and print copy on disk and
// synced before the rows naming them commit, all in one transaction with its audit row), showing the original large
// (each look audited), and the thumbnails a card draws — one call per card, derived data, made lazily for a photo
// from before thumbnails (the 'photos.thumbnails' job makes the rest in the background after an upgrade).
import type { z } from 'zod';
import type { SiteInspectionView, SitePhotoThumbnails, sitePhotoAddInput, sitePhotoThumbnailsInput, sitePhotoViewInput } from '../../../shared/contract/site-inspection';
import { MAX_SITE_PHOTOS } from '../../../shared/domain/site-inspection';
import type { CallContext } from '../kernel/context';
import { invalid, notFound, ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { requireInstallation } from '../kernel/installation';
import { tx, writeContext } from '../kernel/tx';
import { putFile, readStoredFile, recordFile, sha256 } from '../files/file-store';
import { sniffImage } from '../files/images';
import { makePhotoDerivatives } from '../files/thumbnails';
import { investigationAccess } from './investigation.service';
import { insertPhoto, inspectionById, photoCount, photoFile, touchInspection } from './site-inspection.data';
import { inspectionThumbnails } from './site-photos.data';
import { deriveStoredPhoto, recordCopies, storeCopies } from './site-photo-copies';
import { publicView, stored } from './site-inspection.service';

export async function addSitePhoto(call: CallContext, input: z.output<typeof sitePhotoAddInput>): Promise<SiteInspectionView> {
  const core = call.core;
  const { r, p } = stored(call, input.inspectionId, '添加现场照片');
  if (r.status === 'final') throw new ServiceError('CONFLICT', '该现场检查笔录已定稿，不能再添加照片；补拍的照片请另行制作现场检查笔录');
  if (r.photos.length >= MAX_SITE_PHOTOS) throw invalid({ photo: `每份现场检查笔录最多${MAX_SITE_PHOTOS}张照片；更多的照片请另行制作一份笔录` });
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw invalid({ photo: '文件为空' });
  const sniff = sniffImage(bytes);
  if (!sniff.ok) throw invalid({ photo: sniff.reason });
  // Decoded before anything is stored: a file that looks like a JPEG but does not decode is refused whole.
  const made = await makePhotoDerivatives(bytes);
  if (!made.ok) throw invalid({ photo: made.reason });
  const hash = sha256(bytes);
  const root = core.config.paths.files;
  const photoId = newId(core.clock.now());
  // The files are on disk and synced before the rows that name them commit.
  putFile(root, bytes);
  const copies = storeCopies(root, photoId, made.value, core.clock.now());
  tx(writeContext(call), (w) => {
    // Checked again in the transaction: the draft may have been finalised while the photo was being decoded.
    if (!touchInspection(w.prepare, r.id)) throw new ServiceError('CONFLICT', '该现场检查笔录已定稿，不能再添加照片');
    if (photoCount(w.prepare, r.id) >= MAX_SITE_PHOTOS) throw invalid({ photo: `每份现场检查笔录最多${MAX_SITE_PHOTOS}张照片` });
    recordFile(w, hash, bytes.length, sniff.info.mime);
    insertPhoto(w.prepare, { id: photoId, inspectionId: r.id, sha256: hash, mime: sniff.info.mime, bytes: bytes.length, width: sniff.info.width, height: sniff.info.height, fileName: input.fileName, caption: input.caption, createdBy: w.actorStaffId!, createdAt: w.now });
    recordCopies(w.prepare, { ...copies, madeAt: w.now }, made.value, w.now);
    w.audit({ action: 'siteInspectionPhoto', entity: 'siteInspection', entityId: r.id, change: { photoId, sha256: hash } });
    w.changed('caseFile', p.caseFileId);
  });
  return publicView(inspectionById(core.prepare, r.id)!);
}

export function viewSitePhoto(call: CallContext, input: z.output<typeof sitePhotoViewInput>): { mime: string; fileName: string | null; contentBase64: string } {
  const core = call.core;
  const inst = requireInstallation(core);
  const photo = photoFile(core.prepare, input.photoId);
  if (!photo || photo.unitId !== inst.unitId) throw notFound('该照片');
  const bytes = readStoredFile(core.config.paths.files, photo.sha256);
  tx(writeContext(call), (w) => {
    w.audit({ action: 'siteInspectionPhotoView', entity: 'siteInspection', entityId: photo.inspectionId, change: { photoId: photo.id, caseFileId: photo.caseFileId } });
  });
  return { mime: photo.mime, fileName: photo.fileName, contentBase64: bytes.toString('base64') };
}

/**
 * The thumbnails of an inspection's photos, in order: what a card draws (a few KB each, never the originals). Like
 * the list they belong to, not audited; opening a photo large is (viewSitePhoto).
 */
export async function sitePhotoThumbnails(call: CallContext, input: z.output<typeof sitePhotoThumbnailsInput>): Promise<SitePhotoThumbnails> {
  const core = call.core;
  const inst = requireInstallation(core);
  const r = inspectionById(core.prepare, input.inspectionId);
  if (!r || r.unitId !== inst.unitId) throw notFound('该现场检查笔录');
  investigationAccess(call, r.caseFileId);
  const root = core.config.paths.files;
  const rows = inspectionThumbnails(core.prepare, r.id);
  const undecodable = new Set<string>();
  for (const row of rows.filter((x) => x.sha256 === null)) {
    if (!(await deriveStoredPhoto(core.db, core.prepare, root, { id: row.photoId, sha256: row.original }, core.clock.now()))) undecodable.add(row.photoId);
  }
  const fresh = rows.some((x) => x.sha256 === null) ? inspectionThumbnails(core.prepare, r.id) : rows;
  return {
    inspectionId: r.id,
    photos: fresh.map((x) =>
      x.sha256 === null
        ? { photoId: x.photoId, mime: null, width: null, height: null, contentBase64: null, problem: undecodable.has(x.photoId) ? '原图无法解码，不能生成缩略图' : '缩略图尚未生成' }
        : { photoId: x.photoId, mime: x.mime, width: x.width, height: x.height, contentBase64: readStoredFile(root, x.sha256).toString('base64'), problem: null },
    ),
  };
}
