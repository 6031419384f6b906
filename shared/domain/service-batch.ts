// One act of service for several documents (批量登记送达): how an item is named in a refusal, a repeated item, and a
// refusal of one item as the whole batch's — nothing of the batch is recorded when one item is refused.

/** The fields an item carries itself; a refusal of one of them is shown on the item list, not on a shared fact. */
const ITEM_FIELDS = new Set(['documentId', 'proceedingId', 'recipientId', 'awardFinality']);

/** How a refusal names the item: the document (and its 文号), the case's 案号 when it differs, the recipient. */
export function batchItemLabel(doc: { title: string; number: string | null } | null, caseNumber: string | null, recipientName: string | null): string {
  const what = doc ? `${doc.title}${doc.number ? `（${doc.number}）` : ''}` : '所选文书';
  const where = caseNumber && caseNumber !== doc?.number ? `，${caseNumber}` : '';
  return `“${what}${where}，送达${recipientName ?? '所选受送达人'}”`;
}

/** The first item naming the same document and recipient as an earlier one, or -1. */
export function repeatedItem(items: readonly { documentId: string; recipientId: string }[]): number {
  const seen = new Set<string>();
  return items.findIndex((i) => {
    const key = `${i.documentId}\u0000${i.recipientId}`;
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}

export interface Refusal {
  code: string;
  message: string;
  fields: Record<string, string> | null;
}

/**
 * One item's refusal as the batch's: the message names the item (第 n 份 and its label); a shared fact's field keeps its
 * key (the form shows it there), an item's own field goes to `items`.
 */
export function batchRefusal(index: number, label: string, r: Refusal): Refusal {
  const head = `第${index + 1}份${label}`;
  if (!r.fields || Object.keys(r.fields).length === 0) return { code: r.code, message: `${head}：${r.message}`, fields: { items: `${head}：${r.message}` } };
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(r.fields)) {
    const key = ITEM_FIELDS.has(k) ? 'items' : k;
    fields[key] = fields[key] ? `${fields[key]}；${v}` : `${head}：${v}`;
  }
  return { code: r.code, message: `${head}：${Object.values(r.fields).join('；')}`, fields };
}
