// The screen preview before issuing (documents.preview). Masked like the lists — the security review found previews
// showed full ID numbers and phones with no reason and no audit row (issue #10) — unless someone who may unmask gives
// a reason, which goes on the audit trail as personal.reveal's does. Issued documents are built unmasked: the paper
// prints the numbers the law requires, and its exports and prints are recorded (documents.service.ts).
import type { z } from 'zod';
import type { DocumentModel, documentPreviewInput } from '../../../shared/contract/documents';
import { refusalMessage } from '../../../shared/domain/permissions';
import type { CallContext } from '../kernel/context';
import { ServiceError } from '../kernel/errors';
import { getIntakeDetail } from '../intakes/intakes.service';
import { inquiryRecordData } from '../investigation/investigation-documents';
import { mediationAgreementPersons } from '../mediation/mediation-papers';
import { paymentOrderPersons } from '../mediation/payment-order-papers';
import { maskModelText } from '../personal/masking';
import { recordUnmask } from '../personal/reveal.service';
import { callerCan } from '../session/session.service';
import { tx, writeContext } from '../kernel/tx';
import { build, type Request } from './builders';

/**
 * The models a request would give, built but not issued: a series number shows as a placeholder. Masked like the
 * lists (security review, issue #10); with a reason, someone who may unmask sees the full numbers, and each person
 * and party whose numbers are shown gets an unmasking row on the audit trail, as personal.reveal writes.
 */
export function previewDocuments(call: CallContext, input: z.output<typeof documentPreviewInput>): DocumentModel[] {
  const reason = input.revealReason;
  if (reason !== null && !callerCan(call, 'personal.unmask')) {
    tx(writeContext(call), (w) => {
      w.audit({ action: 'refused', entity: 'permission', entityId: 'personal.unmask', change: { channel: call.channel } });
    });
    throw new ServiceError('FORBIDDEN', refusalMessage('personal.unmask'));
  }
  const built = build(call, input.request, { regenerating: true, masked: reason === null });
  if (reason !== null) recordPreviewUnmask(call, input.request, reason);
  const models = reason === null ? built.models.map(maskModelText) : built.models;
  return built.template.numbering.mode === 'series' ? models.map((m) => ({ ...m, number: '（编号在制作时生成）' })) : models;
}

/** Whose full numbers a revealed preview shows: the intake's people and individual parties, or the request's applicants. */
function recordPreviewUnmask(call: CallContext, request: Request, reason: string): void {
  tx(writeContext(call), (w) => {
    if (request.kind === 'intakeRecord') {
      const d = getIntakeDetail(call.core, request.intakeId);
      for (const c of d.complainants) {
        if (c.idNumber !== null || c.phones.length > 0) recordUnmask(w, { subject: 'person', id: c.personId, reason, idNumber: c.idNumber !== null, phones: c.phones.length > 0 });
      }
      for (const { party } of d.parties) {
        // An organisation's phone is its business line, never masked; a natural person's numbers are personal data.
        if (party.kind === 'organisation' || (party.idNumber === null && party.phone === null)) continue;
        recordUnmask(w, { subject: 'party', id: party.id, reason, idNumber: party.idNumber !== null, phones: party.phone !== null });
      }
    } else if (request.kind === 'inquiryRecord') {
      // The 询问笔录 prints the interviewee's ID number and phone (and whatever numbers the answers hold): a preview that
      // shows them whole is an unmasking like any other, on the trail with its reason.
      const { interviewee } = inquiryRecordData(call, request.recordId).data;
      recordUnmask(w, { subject: 'document', id: null, reason, idNumber: interviewee.idNumber !== null, phones: interviewee.phone !== null, extra: { kind: request.kind, recordId: request.recordId } });
    } else if (request.kind === 'mediationAgreement') {
      // The 调解协议书 prints each worker's ID number: shown whole, it is an unmasking on the trail with its reason.
      const { idNumbers } = mediationAgreementPersons(call, request.proceedingId);
      recordUnmask(w, { subject: 'document', id: null, reason, idNumber: idNumbers, phones: false, extra: { kind: request.kind, proceedingId: request.proceedingId } });
    } else if (request.kind === 'paymentOrderApplication') {
      // The 支付令申请书 prints the applicants' ID numbers: shown whole, an unmasking on the trail with its reason.
      const { idNumbers } = paymentOrderPersons(call, request.proceedingId);
      recordUnmask(w, { subject: 'document', id: null, reason, idNumber: idNumbers, phones: false, extra: { kind: request.kind, proceedingId: request.proceedingId } });
    } else if ('case' in request && request.case) {
      // (A receipt, an order, a summons and the inspection's decision papers carry no personal number.)
      // The numbers came with the request (no stored record yet): one row for the document being prepared.
      const applicants = request.case.applicants;
      recordUnmask(w, {
        subject: 'document',
        id: null,
        reason,
        idNumber: applicants.some((a) => !!a.idNumber),
        phones: applicants.some((a) => !!a.phone),
        extra: { kind: request.kind, caseNumber: request.case.caseNumber },
      });
    }
  });
}
