// What the crash harness checks after each kill, on the reopened database: every acknowledged write is there (its
// files whole in the store), PRAGMA integrity_check says ok, the audit chain is intact (the project's verifier),
// and the number series have neither gaps nor duplicates. Numbers are taken inside the transaction that records
// what they number, so a crash rolls back an unacknowledged number together with its row: the numbers committed in
// a series are exactly 1..last, whatever was killed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyAuditChain } from '../../db/audit-chain';
import type { Db } from '../../db/open';
import { formatRegNo } from '../../shared/domain/registration';
import type { Ack } from './crash-protocol';

export interface Verdict {
  /** Acknowledged writes missing or altered (a row, or a stored file). */
  lost: string[];
  /** Integrity failures: integrity_check, the audit chain, number series, half-made records. */
  integrity: string[];
}

function storedFileProblem(filesRoot: string, hash: string): string | null {
  try {
    const bytes = readFileSync(join(filesRoot, hash.slice(0, 2), hash));
    return createHash('sha256').update(bytes).digest('hex') === hash ? null : '内容与哈希不符';
  } catch {
    return '文件缺失';
  }
}

/**
 * Checks the acknowledged writes `acks` (those from index `filesFrom` on also have their stored files re-hashed;
 * earlier ones were hashed at an earlier check) and the whole database's invariants.
 */
export function verifyDataDir(db: Db, filesRoot: string, acks: readonly Ack[], filesFrom = 0): Verdict {
  const lost: string[] = [];
  const integrity: string[] = [];

  const check = (db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]).map((r) => r.integrity_check);
  if (check.length !== 1 || check[0] !== 'ok') integrity.push(`integrity_check：${check.slice(0, 5).join('；')}`);
  const fk = db.prepare('PRAGMA foreign_key_check').all();
  if (fk.length) integrity.push(`foreign_key_check：${fk.length} 处外键断开，例如 ${JSON.stringify(fk[0])}`);

  const chain = verifyAuditChain(db);
  if (!chain.intact) integrity.push(chain.message);

  // Number series: the committed numbers of each series and year are exactly 1..last.
  const series = db.prepare('SELECT unit_id, series, year, last FROM number_series').all() as { unit_id: string; series: string; year: number; last: number }[];
  for (const s of series) {
    let numbers: number[];
    if (s.series === 'intake') {
      numbers = (db.prepare('SELECT reg_no AS n FROM intakes WHERE unit_id = ? AND reg_year = ? ORDER BY reg_no').all(s.unit_id, s.year) as { n: number }[]).map((r) => r.n);
    } else if (s.series.startsWith('doc:')) {
      const rows = db.prepare('SELECT number FROM documents WHERE unit_id = ? AND series = ? AND number LIKE ?').all(s.unit_id, s.series.slice(4), `%${s.year}%`) as { number: string }[];
      numbers = rows.map((r) => Number(/(\d+)号$/.exec(r.number)?.[1] ?? NaN)).sort((a, b) => a - b);
    } else {
      integrity.push(`未知的编号序列 ${s.series}`);
      continue;
    }
    const problems: string[] = [];
    const seen = new Set<number>();
    for (const n of numbers) {
      if (!Number.isInteger(n)) problems.push('无法解读的编号');
      else if (seen.has(n)) problems.push(`重号 ${n}`);
      else if (n < 1 || n > s.last) problems.push(`编号 ${n} 超出序列（最后取号 ${s.last}）`);
      seen.add(n);
    }
    for (let n = 1; n <= s.last; n++) if (!seen.has(n)) problems.push(`缺号 ${n}`);
    if (problems.length) integrity.push(`编号序列 ${s.series} ${s.year}年：${problems.slice(0, 5).join('，')}${problems.length > 5 ? ` 等 ${problems.length} 处` : ''}`);
  }

  // A numbered document must be whole (with a version) or voided with its number: never "issued" and empty.
  const empty = db.prepare(`SELECT id, number FROM documents d WHERE status = 'issued' AND NOT EXISTS (SELECT 1 FROM document_versions v WHERE v.document_id = d.id)`).all() as { id: string; number: string | null }[];
  for (const d of empty) integrity.push(`文书 ${d.number ?? d.id} 状态为“已制作”，但没有任何版本（取号后、保存文件前中断）`);

  const intake = db.prepare('SELECT reg_year, reg_no FROM intakes WHERE id = ?');
  const complainant = db.prepare('SELECT 1 FROM intake_complainants WHERE intake_id = ? AND person_id = ?');
  const document = db.prepare(`SELECT d.number, d.status, v.pdf_sha256, v.docx_sha256 FROM documents d JOIN document_versions v ON v.document_id = d.id WHERE d.id = ? AND v.id = ?`);
  const image = db.prepare('SELECT file_sha256 FROM person_id_images WHERE id = ? AND person_id = ?');
  const hashes: string[] = [];
  acks.forEach((a, index) => {
    const withFiles = index >= filesFrom;
    if (a.t === 'intake') {
      const row = intake.get(a.id) as { reg_year: number; reg_no: number } | undefined;
      if (!row) lost.push(`接待登记 ${a.regNoText}（${a.id}）`);
      else if (formatRegNo(row.reg_year, row.reg_no) !== a.regNoText) lost.push(`接待登记 ${a.id} 的登记号由 ${a.regNoText} 变为 ${formatRegNo(row.reg_year, row.reg_no)}`);
      for (const p of a.personIds) if (!complainant.get(a.id, p)) lost.push(`接待登记 ${a.regNoText} 的投诉人 ${p}`);
    } else if (a.t === 'complainants') {
      for (const p of a.personIds) if (!complainant.get(a.intakeId, p)) lost.push(`补充的投诉人 ${p}（接待登记 ${a.intakeId}）`);
    } else if (a.t === 'document') {
      const row = document.get(a.id, a.versionId) as { number: string | null; status: string; pdf_sha256: string; docx_sha256: string } | undefined;
      if (!row) lost.push(`文书 ${a.number ?? a.id}（版本 ${a.versionId}）`);
      else if (row.number !== a.number || row.pdf_sha256 !== a.pdfHash || row.docx_sha256 !== a.docxHash) lost.push(`文书 ${a.id} 的编号或文件被改变`);
      else if (withFiles) hashes.push(a.pdfHash, a.docxHash);
    } else {
      const row = image.get(a.id, a.personId) as { file_sha256: string } | undefined;
      if (!row) lost.push(`证件照片 ${a.id}`);
      else if (withFiles) hashes.push(row.file_sha256);
    }
  });
  for (const h of new Set(hashes)) {
    const problem = storedFileProblem(filesRoot, h);
    if (problem) lost.push(`存储文件 ${h.slice(0, 12)}…：${problem}`);
  }
  return { lost, integrity };
}
