// Renders build/icon.svg to the PNGs the installers and the page use (build/icon.png 512×512, renderer/public/
// icon.png 64×64), in Debian's Chromium. Run after changing the SVG: node build/scripts/make-icon.mjs
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const svg = readFileSync(join(root, 'build', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [size, out] of [[512, join(root, 'build', 'icon.png')], [64, join(root, 'renderer', 'public', 'icon.png')]]) {
  mkdirSync(dirname(out), { recursive: true });
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)}</body></html>`);
  await page.screenshot({ path: out, omitBackground: true });
  await page.close();
  console.log(`wrote ${out}`);
}
await browser.close();
