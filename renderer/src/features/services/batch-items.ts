// What 批量登记送达 offers: for each recipient owed papers on the file (one party or person across a 系列案's cases — the
// employer is one choice, not six), the documents still owed to it, grouped by case (案号 and its workers).
import type { FileServices } from '../../../../shared/contract/services';

export interface BatchItem {
  documentId: string;
  proceedingId: string;
  recipientId: string;
  title: string;
  number: string | null;
  kind: string;
}

export interface BatchCase {
  proceedingId: string;
  caseNumber: string | null;
  applicants: string;
  items: BatchItem[];
}

export interface BatchRecipient {
  partyKey: string;
  name: string;
  role: string;
  count: number;
  cases: BatchCase[];
}

/** Every recipient owed at least one paper, with those papers by case; most owed first, then by name. */
export function batchRecipients(file: FileServices): BatchRecipient[] {
  const byId = new Map(file.recipients.map((r) => [r.recipientId, r]));
  const out = new Map<string, BatchRecipient>();
  for (const d of file.documents) {
    for (const u of d.unserved) {
      const r = byId.get(u.recipientId);
      if (!r) continue;
      const who = out.get(r.partyKey) ?? { partyKey: r.partyKey, name: r.name, role: r.role, count: 0, cases: [] };
      out.set(r.partyKey, who);
      let c = who.cases.find((x) => x.proceedingId === u.proceedingId);
      if (!c) who.cases.push((c = { proceedingId: u.proceedingId, caseNumber: r.caseNumber, applicants: r.applicants, items: [] }));
      c.items.push({ documentId: d.documentId, proceedingId: u.proceedingId, recipientId: u.recipientId, title: d.title, number: d.number, kind: d.kind });
      who.count += 1;
    }
  }
  const numbered = (a: BatchCase, b: BatchCase) => (a.caseNumber ?? '').localeCompare(b.caseNumber ?? '', 'zh', { numeric: true });
  return [...out.values()]
    .map((r) => ({ ...r, cases: r.cases.sort(numbered) }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh'));
}

/** The key of an item in the checklist. */
export const itemKey = (i: Pick<BatchItem, 'documentId' | 'recipientId'>) => `${i.documentId}:${i.recipientId}`;
