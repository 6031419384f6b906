// Job 'photos.thumbnails': makes the thumbnail and print copy of every site photo that has none — the photos added
// before thumbnails existed, after an upgrade (index.ts starts it when any is missing). One photo at a time, each
// committed on its own, so a cancelled or interrupted run keeps what it made and the next start carries on; a card
// drawn meanwhile makes its own photos' copies (site-photos.service.ts), and whichever is first is kept.
import { statementCache } from '../../../db/statements';
import { dataDirPaths } from '../kernel/data-dir';
import { deriveStoredPhoto } from '../investigation/site-photo-copies';
import { countPhotosWithoutThumbnail, photosWithoutThumbnail } from '../investigation/site-photos.data';
import type { BatchJobContext } from '../documents/documents-batch';

const BATCH = 50;

export async function makeMissingThumbnails(ctx: BatchJobContext): Promise<{ made: number; undecodable: string[]; cancelled: boolean }> {
  const prepare = statementCache(ctx.db);
  const root = dataDirPaths(ctx.dataDir).files;
  const total = countPhotosWithoutThumbnail(prepare);
  const undecodable: string[] = [];
  let made = 0;
  let afterId = '';
  ctx.progress(0, total, `共 ${total} 张照片待生成缩略图`);
  for (;;) {
    const batch = photosWithoutThumbnail(prepare, afterId, BATCH);
    if (batch.length === 0) break;
    for (const photo of batch) {
      if (ctx.cancelled()) return { made, undecodable, cancelled: true };
      // An original that does not decode is named in the result and left as it is (the card says so).
      if (await deriveStoredPhoto(ctx.db, prepare, root, photo, ctx.now())) made += 1;
      else undecodable.push(photo.id);
      afterId = photo.id;
      ctx.progress(made + undecodable.length, total, `已处理 ${made + undecodable.length} / ${total} 张`);
    }
  }
  return { made, undecodable, cancelled: false };
}
