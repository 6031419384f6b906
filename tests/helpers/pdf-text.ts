// A stored document's PDF as text (pdftotext), for the tests that check what a paper says.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from './client';

export async function versionText(c: Client, versionId: string): Promise<string> {
  const file = await c.call('documents.file', { versionId, format: 'pdf', purpose: 'download' });
  const dir = mkdtempSync(join(tmpdir(), 'xinan-pdf-'));
  const path = join(dir, 'd.pdf');
  writeFileSync(path, Buffer.from(file.contentBase64, 'base64'));
  // Without -layout: the text in reading order, lines joined, so a sentence broken across lines still matches.
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}
