// What the 询问通知书 and 询问笔录 builders read: the stored notice or finalised record, the case's 立案 number and
// title, the bureau's name. The builders themselves are pure (shared/domain/documents/inquiry-*.ts).
import type { InquiryNoticeData, InquiryRecordData } from '../../../shared/domain/documents/model';
import { dateKeyOf, dateTimeOf } from '../../../shared/domain/time';
import { LANGUAGE } from '../../../shared/domain/vocabulary';
import type { CallContext } from '../kernel/context';
import { notFound, ServiceError } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { findProceeding } from '../proceedings/proceedings.data';
import { getUnitSummary } from '../reference/units.service';
import { noticeById, recordById, staffCerts } from './investigation.data';

export function inquiryNoticeData(call: CallContext, noticeId: string): { data: InquiryNoticeData; caseFileId: string; issued: string | null } {
  const core = call.core;
  const inst = requireInstallation(core);
  const n = noticeById(core.prepare, noticeId);
  if (!n || n.unitId !== inst.unitId) throw notFound('该询问通知');
  const p = findProceeding(core.prepare, n.proceedingId)!;
  const creator = staffCerts(core.prepare, inst.unitId, [n.createdBy])[0];
  const at = dateTimeOf(n.appearAt);
  return {
    caseFileId: n.caseFileId,
    issued: n.documentId ? (n.documentNumber ?? '已有文书') : null,
    data: {
      organ: getUnitSummary(core, inst.unitId).name,
      caseNumber: p.number,
      caseTitle: p.caseTitle,
      addressee: n.addresseeName,
      appearDate: at.slice(0, 10),
      appearTime: at.slice(11),
      place: n.place,
      bring: JSON.parse(n.bring) as string[],
      contactNames: [n.createdByName],
      contactPhone: n.contactPhone ?? creator?.phone ?? null,
      issuedOn: dateKeyOf(core.clock.now()),
    },
  };
}

export function inquiryRecordData(call: CallContext, recordId: string): { data: InquiryRecordData; caseFileId: string } {
  const core = call.core;
  const inst = requireInstallation(core);
  const r = recordById(core.prepare, recordId);
  if (!r || r.unitId !== inst.unitId) throw notFound('该询问笔录');
  // Only what was finalised is printed for signature: a draft on paper would be signed and then changed.
  if (r.status !== 'final') throw new ServiceError('CONFLICT', '笔录定稿后才能打印交被询问人签名；请先核对并定稿');
  const p = findProceeding(core.prepare, r.proceedingId)!;
  return {
    caseFileId: r.caseFileId,
    data: {
      organ: getUnitSummary(core, inst.unitId).name,
      caseNumber: p.number,
      caseTitle: p.caseTitle,
      startedAt: dateTimeOf(r.startedAt),
      endedAt: dateTimeOf(r.endedAt!),
      place: r.place,
      inspectors: r.inspectors.map((i) => ({ name: i.name, certNo: i.certNo })),
      recorder: r.recorder?.name ?? null,
      interviewee: {
        name: r.interviewee.name,
        sex: r.interviewee.sex,
        idNumber: r.interviewee.idNumber,
        workplace: r.interviewee.workplace,
        post: r.interviewee.post,
        phone: r.interviewee.phone,
        address: r.interviewee.address,
      },
      language: r.language === 'other' ? (r.languageOther ?? LANGUAGE.label('other')) : LANGUAGE.label(r.language),
      interpreter: r.interpreterName,
      qa: r.qa,
      corrections: r.corrections.map((c) => ({ at: dateTimeOf(c.at), text: c.text, reason: c.reason, by: c.by.name })),
    },
  };
}
