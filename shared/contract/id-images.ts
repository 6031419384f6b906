// Photos and scans of identity documents (身份证件照片): sensitive personal information (PIPL Art. 28; GB/T 45574-2025),
// so they have permissions of their own. Listing says what is kept (never the picture); the picture itself leaves
// the core only through idImages.view, with a reason, and every view is on the audit trail.
import { z } from 'zod';
import { ID_IMAGE_SIDE } from '../domain/vocabulary';
import { entityId, instant, reasonText } from './primitives';
import { m, q, type ChannelTable } from './channel-def';

/** Phone photos of a card are 1–5 MB; a scan at 600 dpi stays under this. */
export const MAX_ID_IMAGE_BYTES = 8 * 1024 * 1024;

const reason = (label: string, example: string) => reasonText(label, { example });

export const idImageSide = z.enum(ID_IMAGE_SIDE.values, { error: '请选择证件的哪一面（人像面、国徽面或其他页）' });

export const idImageRecord = z.object({
  id: entityId,
  personId: entityId,
  side: idImageSide,
  mime: z.enum(['image/jpeg', 'image/png']),
  bytes: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
  addedByName: z.string(),
  addedAt: instant,
  status: z.enum(['current', 'withdrawn']),
  withdrawnReason: z.string().nullable(),
  withdrawnAt: instant.nullable(),
  withdrawnByName: z.string().nullable(),
});
export type IdImageRecord = z.infer<typeof idImageRecord>;

export const idImageListInput = z.object({ personId: entityId });

export const idImageAddInput = z.object({
  personId: entityId,
  side: idImageSide,
  contentBase64: z
    .string()
    .min(1, '文件为空')
    .max(Math.ceil((MAX_ID_IMAGE_BYTES * 4) / 3) + 4, '照片不能超过 8 MB，请压缩或降低扫描分辨率后再上传'),
});
export type IdImageAddInput = z.input<typeof idImageAddInput>;

export const idImageViewInput = z.object({ id: entityId, reason: reason('查看理由', '核对申请人身份') });

export const idImageView = z.object({ record: idImageRecord, contentBase64: z.string() });
export type IdImageView = z.infer<typeof idImageView>;

export const idImageWithdrawInput = z.object({ id: entityId, reason: reason('撤回理由', '误传了他人的证件') });

export const idImagesChannels = {
  'idImages.list': q(idImageListInput, z.array(idImageRecord), 'idImage.view'),
  'idImages.add': m(idImageAddInput, idImageRecord, 'idImage.add'),
  /** The picture, after the view and its reason are on the audit trail. */
  'idImages.view': m(idImageViewInput, idImageView, 'idImage.view'),
  'idImages.withdraw': m(idImageWithdrawInput, idImageRecord, 'idImage.add'),
} as const satisfies ChannelTable;
