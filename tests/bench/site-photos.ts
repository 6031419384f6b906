// Site photo thumbnails: what drawing an inspection card with N phone photos ships to the interface before (one
// siteInspection.photo per thumbnail: each original, base64) and after (one siteInspection.thumbnails: each WebP
// thumbnail, base64), and the time to make one photo's thumbnail and print copy (files/thumbnails.ts).
//   npm run bench:photos -- [--photos N]     (default 10 photos of 4032 × 3024, ~4 MB each)
import { makePhotoDerivatives } from '../../electron/core/files/thumbnails';
import { photoJpeg } from '../fixtures/photos';

const at = process.argv.indexOf('--photos');
const n = at > 0 ? Number(process.argv[at + 1]) : 10;
const b64 = (bytes: number) => Math.ceil(bytes / 3) * 4;

async function main(): Promise<void> {
  const photos: Buffer[] = [];
  for (let i = 0; i < n; i++) photos.push(await photoJpeg(4032, 3024, { noisy: true, quality: 90 - i }));
  await makePhotoDerivatives(photos[0]!); // warm: libvips loaded, caches filled
  const times: number[] = [];
  let before = 0;
  let after = 0;
  for (const p of photos) {
    const t0 = performance.now();
    const d = await makePhotoDerivatives(p);
    times.push(performance.now() - t0);
    if (!d.ok) throw new Error(d.reason);
    before += b64(p.length);
    after += b64(d.value.thumb.bytes.length);
  }
  times.sort((a, b) => a - b);
  const mb = (v: number) => `${(v / 2 ** 20).toFixed(2)} MB`;
  console.log(`一张检查卡片 ${n} 张照片（4032×3024 JPEG，平均 ${mb(photos.reduce((s, p) => s + p.length, 0) / n)}）`);
  console.log(`  绘制卡片传输（base64）：改前 ${mb(before)}（${n} 次 siteInspection.photo），改后 ${(after / 1024).toFixed(1)} KB（1 次 siteInspection.thumbnails），约 ${Math.round(before / after)} 倍`);
  console.log(`  每张生成缩略图和打印件：p50 ${times[Math.floor(n / 2)]!.toFixed(0)} ms，最慢 ${times[n - 1]!.toFixed(0)} ms`);
}

void main();
