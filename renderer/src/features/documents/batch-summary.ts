// What a finished batch of registration forms says: how many were made, and which were not and why, by their
// registration numbers (the core reports failures by their index in the batch).
import type { DocumentBatchResult } from '../../../../shared/contract/documents';

export interface BatchItem {
  id: string;
  regNoText: string;
}

/** At most this many at once from the ledger (the contract allows 500; a desk batch is a day's registrations). */
export const BATCH_LIMIT = 200;

/** "制作 3 份，1 份未能制作：" and the reasons, by registration number. */
export function batchSummary(items: readonly BatchItem[], result: DocumentBatchResult): { headline: string; failures: { regNo: string; message: string }[] } {
  const failures = result.failures.map((f) => ({ regNo: items[f.index]?.regNoText ?? `第 ${f.index + 1} 条`, message: f.message }));
  const made = `制作 ${result.issued} 份`;
  if (result.cancelled) {
    const left = Math.max(0, items.length - result.issued - failures.length);
    return { headline: `已取消：${made}${failures.length ? `，${failures.length} 份未能制作` : ''}${left ? `，其余 ${left} 份未制作` : ''}${failures.length ? '：' : ''}`, failures };
  }
  return { headline: failures.length ? `${made}，${failures.length} 份未能制作：` : `${made}，全部完成`, failures };
}
