// When a case file is 办结: not when its last paper is signed but when every proceeding in it is closed AND every
// worker's money is accounted for — paid (counted only with the worker's own transfer or receipt, 条例 Arts. 11, 31),
// or, for a worker who cannot be found, the money held for them (代为保管, as the payments feature records it) — and no instalment of a 调解协议 is still owed (调解仲裁法 Art. 16: an unperformed agreement is not
// the end of the matter). A pure rule: the core applies it after each step and payment; the case page shows why not.
import { formatYuan } from './money';

export interface ClosingProceeding {
  /** The proceeding's name as the user reads it (e.g. 劳动保障监察（立案查处）). */
  label: string;
  statusLabel: string;
  closed: boolean;
}

export interface ClosingWorker {
  name: string;
  /** Still owed under the file's recorded amounts; null where the amount owed is not known. */
  outstandingFen: number | null;
  /** Money held for the worker who cannot be found (代为保管), not yet paid out. */
  heldFen: number;
  /** Money handed to a 包工头 or 班组长 for the worker, waiting for the worker's own receipt. */
  pendingFen: number;
}

export interface ClosingInstalment {
  seq: number;
  personName: string | null;
  dueOn: string;
  leftFen: number;
}

export interface ClosingFacts {
  proceedings: readonly ClosingProceeding[];
  workers: readonly ClosingWorker[];
  instalments: readonly ClosingInstalment[];
}

/** Why the file cannot be 办结 yet, one line each in Chinese; empty when it may close. */
export function fileClosingBlockers(f: ClosingFacts): string[] {
  const out: string[] = [];
  if (f.proceedings.length === 0) out.push('案卷中还没有任何程序');
  // A 系列案's cases in the same state are one line (六件 arbitrations at 仲裁庭已组成 read once, with their count).
  const open = new Map<string, { label: string; statusLabel: string; n: number }>();
  for (const p of f.proceedings) {
    if (p.closed) continue;
    const key = `${p.label}\u0000${p.statusLabel}`;
    const seen = open.get(key);
    if (seen) seen.n++;
    else open.set(key, { label: p.label, statusLabel: p.statusLabel, n: 1 });
  }
  for (const p of open.values()) out.push(p.n > 1 ? `${p.n}件${p.label}尚未结束（${p.statusLabel}）` : `${p.label}尚未结束（${p.statusLabel}）`);
  for (const w of f.workers) {
    const owed = w.outstandingFen ?? 0;
    if (owed === 0) continue;
    if (w.heldFen >= owed) continue; // 无法联系的劳动者：工资已代为保管，视为已落实
    const parts = [`${w.name}尚欠工资${formatYuan(owed - w.heldFen)}`];
    if (w.pendingFen > 0) parts.push(`其中${formatYuan(Math.min(w.pendingFen, owed))}已交包工头或班组长转交，待本人签收`);
    out.push(parts.join('，'));
  }
  for (const i of f.instalments) {
    if (i.leftFen > 0) out.push(`调解协议第${i.seq}期（${i.personName ?? '全体劳动者'}，${i.dueOn}到期）尚欠${formatYuan(i.leftFen)}`);
  }
  return out;
}
