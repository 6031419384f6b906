import { defineHandlers } from '../kernel/handler';
import { recordHolding, recordRecovery, viewPaymentScan, voidPaymentRecord } from './payment-records.service';
import { listPayments, recordPayment } from './payments.service';

export const paymentsHandlers = defineHandlers({
  'payments.list': (call, input) => listPayments(call, input.caseFileId),
  'payments.record': (call, input) => recordPayment(call, input),
  'payments.hold': (call, input) => recordHolding(call, input),
  'payments.recover': (call, input) => recordRecovery(call, input),
  'payments.void': (call, input) => voidPaymentRecord(call, input),
  'payments.scan': (call, input) => viewPaymentScan(call, input),
});
