// Every SQL statement of closing and reopening a case file (file-closing.ts): its state, its proceedings. No rules.
import type { Prepare } from '../../../db/statements';

export interface ClosingFileRow {
  id: string;
  status: 'open' | 'closed';
  closed_at: number | null;
  anonymised_at: number | null;
}

export function closingFileOf(prepare: Prepare, caseFileId: string): ClosingFileRow | null {
  return (prepare('SELECT id, status, closed_at, anonymised_at FROM case_files WHERE id = ?').get(caseFileId) as ClosingFileRow | undefined) ?? null;
}

export function proceedingStatesOfFile(prepare: Prepare, caseFileId: string): { id: string; kind: string; status: string }[] {
  return prepare('SELECT id, kind, status FROM proceedings WHERE case_file_id = ? ORDER BY opened_at, id').all(caseFileId) as { id: string; kind: string; status: string }[];
}

export function setFileClosed(prepare: Prepare, caseFileId: string, now: number): void {
  prepare(`UPDATE case_files SET status = 'closed', closed_at = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ? AND status = 'open'`).run(now, now, caseFileId);
}

export function setFileReopened(prepare: Prepare, caseFileId: string, now: number): void {
  prepare(`UPDATE case_files SET status = 'open', closed_at = NULL, updated_at = ?, row_version = row_version + 1 WHERE id = ? AND status = 'closed'`).run(now, caseFileId);
}
