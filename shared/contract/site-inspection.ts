// 现场检查 of a filed inspection (监察条例 Art. 15(1)(4)): the 现场检查笔录 recorded in the app — a draft edited
// until finalised, then read-only with corrections appended — with its photos (images in the file store, each with a
// caption), printed for signature.
import { z } from 'zod';
import { MAX_SITE_PHOTOS } from '../domain/site-inspection';
import { documentRecord } from './documents';
import { staffRef } from './intakes';
import { inquiryInspector } from './investigation';
import { entityId, instant, nameText, nullable, optionalText, text } from './primitives';
import { m, q, type ChannelTable } from './channel-def';
import { signedRecordCorrectInput, signedRecordCorrection } from './signed-record';

/** A phone photo is 1–5 MB; a full-size camera JPEG stays under this. */
export const MAX_PHOTO_BYTES = 12 * 1024 * 1024;

export const sitePhotoRecord = z.object({
  id: entityId,
  mime: z.string(),
  bytes: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
  fileName: z.string().nullable(),
  caption: z.string(),
  /** Who added the photo to the record, and when (the app's clock). */
  addedBy: staffRef,
  addedAt: instant,
  /** Read from the original's EXIF when its thumbnail was made (null: none, or not yet made): the camera's claim, read-only. */
  takenAt: z.string().nullable(),
  takenOffset: z.string().nullable(),
  gps: z.object({ lat: z.number(), lon: z.number() }).nullable(),
});
export type SitePhotoRecord = z.infer<typeof sitePhotoRecord>;

export const presentPerson = z.object({
  name: nameText('在场人员姓名', 40),
  post: optionalText('在场人员职务', 40),
});

export const siteInspectionView = z.object({
  id: entityId,
  proceedingId: entityId,
  status: z.enum(['draft', 'final']),
  startedAt: instant,
  endedAt: instant.nullable(),
  place: z.string(),
  inspectors: z.array(inquiryInspector),
  recorder: staffRef.nullable(),
  employerName: z.string(),
  present: z.array(z.object({ name: z.string(), post: z.string().nullable() })),
  findings: z.string(),
  photos: z.array(sitePhotoRecord),
  corrections: z.array(signedRecordCorrection),
  /** The printed 现场检查笔录 documents, newest last. */
  documents: z.array(z.object({ id: entityId, title: z.string(), createdAt: instant })),
  createdBy: staffRef,
  finalisedBy: staffRef.nullable(),
  finalisedAt: instant.nullable(),
  /** Who last saved the draft and when (null on a record last saved before they were kept). */
  savedBy: staffRef.nullable(),
  savedAt: instant.nullable(),
  rowVersion: z.number().int(),
});
export type SiteInspectionView = z.infer<typeof siteInspectionView>;

export const fileSiteInspections = z.object({
  caseFileId: entityId,
  mayAct: z.boolean(),
  /** Where the inspections may be made: the projects and sites named on the file's intakes, to choose from. */
  places: z.array(z.string()),
  /** The employers of the file's filed inspections, to name the unit inspected. */
  employers: z.array(z.object({ proceedingId: entityId, name: z.string() })),
  inspections: z.array(siteInspectionView),
});
export type FileSiteInspections = z.infer<typeof fileSiteInspections>;

const fields = {
  startedAt: instant,
  endedAt: nullable(instant),
  place: text('检查地点', 120),
  inspectorIds: z.array(entityId).max(6, '检查人员最多6人'),
  recorderId: nullable(entityId),
  employerName: nameText('被检查单位', 80),
  present: z.array(presentPerson).max(10, '在场人员最多10人'),
  findings: z.string().trim().max(20000, '检查情况不超过20000字'),
  /** The captions of the photos already added, by id, in the order to print them. */
  photos: z.array(z.object({ id: entityId, caption: z.string().trim().max(200, '每张照片的说明不超过200字') })).max(MAX_SITE_PHOTOS),
};

const { photos: _photos, ...createFields } = fields;
export const siteInspectionCreateInput = z.object({ proceedingId: entityId, ...createFields });
export type SiteInspectionCreateInput = z.input<typeof siteInspectionCreateInput>;
export const siteInspectionSaveInput = z.object({ id: entityId, rowVersion: z.number().int(), ...fields });
export type SiteInspectionSaveInput = z.input<typeof siteInspectionSaveInput>;

export const sitePhotoAddInput = z.object({
  inspectionId: entityId,
  fileName: optionalText('文件名', 120),
  caption: z.string().trim().max(200, '照片说明不超过200字').default(''),
  contentBase64: z
    .string()
    .min(1, '文件为空')
    .max(Math.ceil((MAX_PHOTO_BYTES * 4) / 3) + 4, '每张照片不能超过 12 MB，请压缩后再上传'),
});
export const sitePhotoRemoveInput = z.object({ photoId: entityId });
export const sitePhotoViewInput = z.object({ photoId: entityId });
export const sitePhotoFile = z.object({ mime: z.string(), fileName: z.string().nullable(), contentBase64: z.string() });
export const sitePhotoThumbnailsInput = z.object({ inspectionId: entityId });
/** An inspection's thumbnails, in the photos' order: a few KB each, what a card draws instead of the originals. */
export const sitePhotoThumbnails = z.object({
  inspectionId: entityId,
  photos: z.array(
    z.object({
      photoId: entityId,
      mime: z.string().nullable(),
      width: z.number().int().nullable(),
      height: z.number().int().nullable(),
      contentBase64: z.string().nullable(),
      /** Why there is no thumbnail (the original does not decode), in words for the card. */
      problem: z.string().nullable(),
    }),
  ),
});
export type SitePhotoThumbnails = z.infer<typeof sitePhotoThumbnails>;

export const siteInspectionFinaliseInput = z.object({ id: entityId, rowVersion: z.number().int() });
export const siteInspectionPrintInput = z.object({ id: entityId });
export const siteInspectionListInput = z.object({ caseFileId: entityId });

export const siteInspectionChannels = {
  'siteInspection.list': q(siteInspectionListInput, fileSiteInspections, 'document.read'),
  'siteInspection.create': m(siteInspectionCreateInput, siteInspectionView, 'proceeding.act'),
  'siteInspection.save': m(siteInspectionSaveInput, siteInspectionView, 'proceeding.act'),
  /** Adds a photo (JPEG or PNG, read from its bytes) to a draft. */
  'siteInspection.addPhoto': m(sitePhotoAddInput, siteInspectionView, 'proceeding.act'),
  /** Takes a photo off a draft (a wrong upload); a final inspection's photos stay. */
  'siteInspection.removePhoto': m(sitePhotoRemoveInput, siteInspectionView, 'proceeding.act'),
  /** The photo's bytes, to show it large (audited). */
  'siteInspection.photo': m(sitePhotoViewInput, sitePhotoFile, 'document.read'),
  /** The thumbnails of an inspection's photos, for its card (made now for an older photo that has none). */
  'siteInspection.thumbnails': q(sitePhotoThumbnailsInput, sitePhotoThumbnails, 'document.read'),
  'siteInspection.finalise': m(siteInspectionFinaliseInput, siteInspectionView, 'proceeding.act'),
  'siteInspection.correct': m(signedRecordCorrectInput, siteInspectionView, 'proceeding.act'),
  /** Issues the finalised record as a document to print for signature. */
  'siteInspection.print': m(siteInspectionPrintInput, documentRecord, 'proceeding.act'),
} as const satisfies ChannelTable;
