// The pure rules behind the evidence list and the workers' amounts: what a PDF is (from its bytes), the balance of
// one worker and the totals of a file in fen, and the catalogue's order.
import { describe, expect, it } from 'vitest';
import { sniffEvidence } from '../../electron/core/evidence/evidence.service';
import { sniffPdf } from '../../electron/core/files/pdf';
import { catalogueOrder } from '../../shared/domain/evidence';
import { workerBalance, workerTotals } from '../../shared/domain/worker-amounts';
import { cardPng, jpegFile } from '../fixtures/images';

const pdf = (tail = '%%EOF\n') => Buffer.from(`%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n${tail}`, 'latin1');

describe('what an uploaded file is', () => {
  it('takes a PDF with its header and end marker, JPG and PNG; refuses a cut-off or encrypted PDF and anything else', () => {
    expect(sniffPdf(pdf())).toEqual({ ok: true, mime: 'application/pdf' });
    expect(sniffPdf(pdf('%%EOF\r\n\0\0'))).toEqual({ ok: true, mime: 'application/pdf' });
    expect(sniffPdf(pdf(''))).toMatchObject({ ok: false, reason: expect.stringContaining('PDF 文件不完整') });
    expect(sniffPdf(Buffer.from('%PDF-1.4\ntrailer<</Root 1 0 R /Encrypt 5 0 R>>\n%%EOF\n'))).toMatchObject({ ok: false, reason: expect.stringContaining('设有密码或加密') });
    expect(sniffEvidence(pdf())).toEqual({ ok: true, mime: 'application/pdf' });
    expect(sniffEvidence(cardPng(640, 404))).toEqual({ ok: true, mime: 'image/png' });
    expect(sniffEvidence(jpegFile(1600, 1200))).toEqual({ ok: true, mime: 'image/jpeg' });
    // A Word file renamed .pdf is what its bytes say.
    expect(sniffEvidence(Buffer.from('PK\x03\x04word/document.xml'))).toMatchObject({ ok: false, reason: expect.stringContaining('只能上传 JPG、PNG') });
    expect(sniffEvidence(Buffer.from('\0\0\0\x18ftypheic\0\0\0\0'))).toMatchObject({ ok: false, reason: expect.stringContaining('HEIC') });
    expect(sniffEvidence(jpegFile(20_000, 10_000))).toMatchObject({ ok: false, reason: expect.stringContaining('像素过大') });
  });
});

describe('owed, paid, outstanding', () => {
  it('one worker: outstanding is owed less paid, never below 0; an unknown amount owed stays unknown', () => {
    expect(workerBalance(1_280_000, [])).toEqual({ owedFen: 1_280_000, paidFen: 0, outstandingFen: 1_280_000, overpaidFen: 0 });
    expect(workerBalance(1_280_000, [{ amountFen: 500_000 }, { amountFen: 280_001 }])).toEqual({ owedFen: 1_280_000, paidFen: 780_001, outstandingFen: 499_999, overpaidFen: 0 });
    expect(workerBalance(100_000, [{ amountFen: 100_050 }])).toEqual({ owedFen: 100_000, paidFen: 100_050, outstandingFen: 0, overpaidFen: 50 });
    expect(workerBalance(null, [{ amountFen: 300 }])).toEqual({ owedFen: null, paidFen: 300, outstandingFen: null, overpaidFen: 0 });
  });

  it('the file: totals in fen, leaving out (and counting) workers whose amount is unknown', () => {
    const rows = [workerBalance(1_280_000, []), workerBalance(960_050, [{ amountFen: 60_050 }]), workerBalance(null, [])];
    expect(workerTotals(rows)).toEqual({ owedFen: 2_240_050, paidFen: 60_050, outstandingFen: 2_180_000, unknownCount: 1 });
    expect(workerTotals([])).toEqual({ owedFen: 0, paidFen: 0, outstandingFen: 0, unknownCount: 0 });
  });
});

describe('the catalogue order', () => {
  it('groups by submitter in the order the file names them, the bureau last, each group by number', () => {
    const items = [
      { seq: 1, submitter: 'bureau' as const, submitterId: null },
      { seq: 2, submitter: 'party' as const, submitterId: 'p1' },
      { seq: 3, submitter: 'worker' as const, submitterId: 'w2' },
      { seq: 4, submitter: 'worker' as const, submitterId: 'w1' },
      { seq: 5, submitter: 'worker' as const, submitterId: 'w2' },
    ];
    const submitters = [
      { submitter: 'worker', id: 'w1' },
      { submitter: 'worker', id: 'w2' },
      { submitter: 'party', id: 'p1' },
    ];
    expect(catalogueOrder(items, submitters).map((i) => i.seq)).toEqual([4, 3, 5, 2, 1]);
  });
});
