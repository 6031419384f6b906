// What the 案卷封面 and 卷内目录 read: the file's issued papers in order with their newest PDF, the arbitration's stored
// closing method, and the evidence handed in with its pages. No business rules.
import type { Prepare } from '../../../db/statements';

export interface IssuedPaper {
  kind: string;
  title: string;
  number: string | null;
  createdAt: number;
  pdfSha256: string;
}

/** The file's valid papers, oldest first, each with its newest version's PDF (the archive forms themselves left out). */
export function issuedPapers(prepare: Prepare, caseFileId: string): IssuedPaper[] {
  return prepare(
    `SELECT d.kind, d.title, d.number, d.created_at AS createdAt,
            (SELECT v.pdf_sha256 FROM document_versions v WHERE v.document_id = d.id ORDER BY v.version DESC LIMIT 1) AS pdfSha256
     FROM documents d WHERE d.case_file_id = ? AND d.status = 'issued' AND d.kind NOT IN ('fileCover', 'fileIndex')
     ORDER BY d.created_at, d.id`,
  ).all(caseFileId) as IssuedPaper[];
}

/** An arbitration's 结案 as stored (arbitration_closings), or null. */
export function arbitrationClosing(prepare: Prepare, proceedingId: string): { method: string; closedOn: string } | null {
  return (prepare('SELECT method, closed_on AS closedOn FROM arbitration_closings WHERE proceeding_id = ?').get(proceedingId) as { method: string; closedOn: string } | undefined) ?? null;
}

/** The current evidence of the file: how many items, and how many pages where each item's were recorded. */
export function evidencePages(prepare: Prepare, caseFileId: string): { items: number; unknown: number; pages: number } {
  return prepare(
    "SELECT COUNT(*) AS items, SUM(CASE WHEN pages IS NULL THEN 1 ELSE 0 END) AS unknown, COALESCE(SUM(pages), 0) AS pages FROM evidence_items WHERE case_file_id = ? AND status = 'current'",
  ).get(caseFileId) as { items: number; unknown: number; pages: number };
}
