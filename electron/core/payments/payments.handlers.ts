import { settleCaseFileNow } from '../cases/file-closing';
import type { CallContext } from '../kernel/context';
import { defineHandlers } from '../kernel/handler';
import { recordHolding, recordRecovery, viewPaymentScan, voidPaymentRecord } from './payment-records.service';
import { listPayments, recordPayment } from './payments.service';

/** A payment or a holding may settle the file's last worker: the file is closed (办结) if nothing else is open. */
function settling<T>(call: CallContext, caseFileId: string, done: T): T | ReturnType<typeof listPayments> {
  return settleCaseFileNow(call, caseFileId) ? listPayments(call, caseFileId) : done;
}

export const paymentsHandlers = defineHandlers({
  'payments.list': (call, input) => listPayments(call, input.caseFileId),
  'payments.record': (call, input) => settling(call, input.caseFileId, recordPayment(call, input)),
  'payments.hold': (call, input) => settling(call, input.caseFileId, recordHolding(call, input)),
  'payments.recover': (call, input) => recordRecovery(call, input),
  'payments.void': (call, input) => voidPaymentRecord(call, input),
  'payments.scan': (call, input) => viewPaymentScan(call, input),
});
