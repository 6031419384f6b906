// One act of service for several documents (批量登记送达: the employer's clerk signs at the counter for the 开庭通知书 of
// every case of a 系列案). Each item is planned exactly as services.record plans one service (planService: who acts, the
// document, the recipient, the method's facts, served once), then one tx writes every item through the same writeService
// — its row, its proofs, its clock events tied to their hearing, its timeline line and audit row — and recomputes each
// proceeding's deadlines once. One refused item refuses the batch, naming the item; nothing is written.
import type { z } from 'zod';
import type { serviceBatchInput, ServiceRecord } from '../../../shared/contract/services';
import { batchItemLabel, batchRefusal, repeatedItem } from '../../../shared/domain/service-batch';
import type { CallContext } from '../kernel/context';
import { invalid, ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { requireInstallation } from '../kernel/installation';
import { tx, writeContext } from '../kernel/tx';
import { putFile } from '../files/file-store';
import { deadlineBasis } from '../proceedings/engine';
import { findProceeding } from '../proceedings/proceedings.data';
import { storeProceedingDeadlines } from '../deadlines/stored-deadlines';
import { documentForService, recipientOf } from './services.data';
import { planService, readProofs, serviceRecordOf, writeService, type ServicePlan } from './services.service';

type BatchInput = z.output<typeof serviceBatchInput>;

function labelOf(call: CallContext, unitId: string, item: BatchInput['items'][number]): string {
  const prepare = call.core.prepare;
  const doc = documentForService(prepare, item.documentId, unitId);
  const p = findProceeding(prepare, item.proceedingId);
  return batchItemLabel(doc, p?.unitId === unitId ? p.number : null, recipientOf(prepare, item.recipientId)?.name ?? null);
}

/** Runs fn for item k; a refusal becomes the batch's, naming the item. */
function asItem<T>(call: CallContext, unitId: string, items: BatchInput['items'], k: number, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof ServiceError)) throw e;
    const r = batchRefusal(k, labelOf(call, unitId, items[k]!), { code: e.code, message: e.message, fields: e.fields });
    throw new ServiceError(e.code, r.message, r.fields);
  }
}

export function recordServiceBatch(call: CallContext, input: BatchInput): { batchId: string; services: ServiceRecord[] } {
  const core = call.core;
  const inst = requireInstallation(core);
  const { items, proofs: proofInputs, ...facts } = input;
  const twice = repeatedItem(items);
  if (twice >= 0) throw invalid({ items: `第${twice + 1}份${labelOf(call, inst.unitId, items[twice]!)}在本次批量登记中重复勾选` });
  // The proof (one signed 送达回证 listing every paper, the counter's photo …) is read once and linked to every item.
  const proofs = readProofs(proofInputs);
  const plans: ServicePlan[] = items.map((item, k) => asItem(call, inst.unitId, items, k, () => planService(call, { ...facts, ...item, proofs: proofInputs })));
  for (const x of proofs) putFile(core.config.paths.files, x.bytes);
  const batchId = newId(core.clock.now());
  const ids = tx(writeContext(call), (w) => {
    const written = plans.map((plan, k) => asItem(call, inst.unitId, items, k, () => writeService(w, plan, proofs, batchId)));
    // Each proceeding's clocks once, from all its new events: what N single services leave behind (storeProceedingDeadlines recomputes from scratch).
    const basis = deadlineBasis(core);
    for (const p of new Map(plans.map((x) => [x.p.id, x.p])).values()) storeProceedingDeadlines(w.prepare, w.now, p, basis);
    return written;
  });
  return { batchId, services: ids.map((id) => serviceRecordOf(call, id)) };
}
