// A numbered document is kept whole or not at all: its number is taken in the transaction that keeps it with its
// files, so the app killed while the PDF renders leaves neither a gap in the series nor an "issued" document with no
// file. Found by the crash harness (npm run test:crash): a SIGKILL between taking the number and keeping the files
// left 日喀则市送字〔2026〕1号 issued, with no version.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../shared/domain/documents/templates';
import { serviceReceipt } from '../fixtures/arbitration-case';
import { testCore } from '../helpers/core';

async function numberedReceipts() {
  const t = await testCore();
  const template = DEFAULT_TEMPLATES.serviceReceipt;
  await t.admin.call('documentTemplates.save', {
    kind: 'serviceReceipt',
    name: '本委模板',
    numbering: { mode: 'series', series: 'receipt', pattern: '{unitShort}送字〔{year}〕{n}号' },
    texts: template.texts,
    lists: Object.fromEntries(Object.entries(template.lists).map(([k, v]) => [k, [...v]])),
    rowVersion: null,
  });
  const generate = () => t.client.invoke('documents.generate', { request: { kind: 'serviceReceipt', receipt: serviceReceipt }, caseFileId: null });
  const stored = () => t.core.services!.db.prepare("SELECT number, status, (SELECT count(*) FROM document_versions v WHERE v.document_id = d.id) AS versions FROM documents d WHERE series = 'receipt' ORDER BY created_at").all();
  const last = () => (t.core.services!.db.prepare("SELECT last FROM number_series WHERE series = 'doc:receipt'").get() as { last: number } | undefined)?.last ?? 0;
  return { t, generate, stored, last };
}

describe('a numbered document interrupted while it is made', () => {
  it('takes its number only when it is kept with its files: while the page renders, nothing is committed', async () => {
    const { generate, stored, last } = await numberedReceipts();
    const pending = generate();
    // Rendering has started (the first await): what a crash at this moment would leave on disk.
    expect(stored()).toEqual([]);
    expect(last()).toBe(0);
    expect(await pending).toMatchObject({ ok: true, value: [{ number: '日喀则市送字〔2026〕1号', status: 'issued' }] });
    expect(stored()).toEqual([{ number: '日喀则市送字〔2026〕1号', status: 'issued', versions: 1 }]);
    expect(last()).toBe(1);
  });

  it('renders the page again with the next number when another writer took its number meanwhile', async () => {
    const { t, generate, stored } = await numberedReceipts();
    await generate();
    const pending = generate();
    // Another process on the same data dir takes number 2 while this page (printed "2号") renders.
    t.core.services!.db.prepare("UPDATE number_series SET last = last + 1 WHERE series = 'doc:receipt'").run();
    const r = await pending;
    expect(r).toMatchObject({ ok: true, value: [{ number: '日喀则市送字〔2026〕3号' }] });
    expect(stored()).toEqual([
      { number: '日喀则市送字〔2026〕1号', status: 'issued', versions: 1 },
      { number: '日喀则市送字〔2026〕3号', status: 'issued', versions: 1 },
    ]);
  });
});
