// 送达回证 for a document and a recipient: filled from the document's own request where it carries a case (the JSON
// path the samples use), otherwise from the store — the proceeding's 案号, its 案由 (an arbitration's claims, else the
// file's title), the committee or the bureau as 送达机关, the recipient's address on record, the tribunal's chief as
// 签发人 — and issued as a document of the file like any other. Before service the recipient's signature and date
// stay blank for the hand (the day they sign is the day of service, 办案规则 Art. 20); once the service is recorded
// the receipt carries its facts: the method, the day and hour, who signed for the recipient, who served it, and what
// the method recorded (见证人, 邮件单号 …). A method the document may not be served by is refused with its reason.
import type { z } from 'zod';
import type { DocumentRecord, DocumentRequest } from '../../../shared/contract/documents';
import type { serviceReceiptRequestInput } from '../../../shared/contract/services';
import { causeOf } from '../../../shared/domain/arbitration-application';
import { committeeName } from '../../../shared/domain/documents/arbitration-common';
import { dateText } from '../../../shared/domain/documents/format';
import { isServed, SERVED_DOCUMENTS } from '../../../shared/domain/service';
import { dateTimeOf } from '../../../shared/domain/time';
import { RECEIVER_RELATION, type ServiceMethodCode } from '../../../shared/domain/vocabulary';
import type { CallContext } from '../kernel/context';
import { invalid, notFound, ServiceError } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { generateDocuments } from '../documents/documents.service';
import { applicantsOf, claimsOf, respondentsOf } from '../arbitration/arbitration.data';
import { tribunalOf } from '../hearings/hearings.data';
import { findProceeding } from '../proceedings/proceedings.data';
import { getUnitSummary } from '../reference/units.service';
import { caseFileTitle, documentForService, documentSource, partyAddress, recipientOf, serviceById, validServiceOf, type RecipientRow } from './services.data';

type Served = { receivedAt: string; receivedBy: string | null; note: string | null };
type CaseSide = { caseNumber: string; cause: string; organ: string; address: string | null; issuer: string | null };

/** '2026年12月6日9时30分': the receipt's 收到日期 (年 月 日 时). */
function receivedText(ms: number): string {
  const [day, hm] = dateTimeOf(ms).split(' ');
  const [h, m] = hm!.split(':');
  return `${dateText(day!)}${Number(h)}时${m === '00' ? '' : `${Number(m)}分`}`;
}

/** The facts of the recorded service the receipt carries, or null before it is served. */
function recordedService(call: CallContext, documentId: string, recipientId: string): { method: ServiceMethodCode; server: string; served: Served } | null {
  const valid = validServiceOf(call.core.prepare, documentId, recipientId);
  const s = valid ? serviceById(call.core.prepare, valid.id, () => '') : null;
  if (!s) return null;
  const proxy = s.receivedBy && s.relation && s.relation !== 'self' ? `${s.receivedBy}（${RECEIVER_RELATION.label(s.relation)}）` : null;
  const note = [
    s.witnesses.length > 0 ? `见证人：${s.witnesses.join('、')}` : '',
    s.trackingNumber ? `邮件单号：${s.trackingNumber}` : '',
    s.entrustedTo ? `受托机关：${s.entrustedTo}` : '',
    s.electronicAddress ? `送达至${s.electronicAddress}${s.electronicConfirmed ? '，受送达人已确认收到' : '，受送达人未确认收到'}` : '',
    s.noticePlace ? `刊登于${s.noticePlace}，公告期${s.noticeDays ?? ''}日，${s.servedOn}视为送达` : '',
    s.note ?? '',
  ].filter(Boolean);
  return { method: s.method, server: s.servedBy.name, served: { receivedAt: receivedText(s.servedAt), receivedBy: proxy, note: note.length > 0 ? note.join('；') : null } };
}

/** The case's side of the receipt from the store: 案号, 案由, 送达机关, the recipient's address, 签发人. */
function storedCase(call: CallContext, recipient: RecipientRow, doc: { number: string | null; caseFileId: string }): CaseSide {
  const core = call.core;
  const p = findProceeding(core.prepare, recipient.proceedingId)!;
  const unit = getUnitSummary(core, p.unitId).name;
  const caseNumber = p.number ?? doc.number;
  if (!caseNumber) throw invalid({ documentId: '本案尚无案号，不能制作送达回证；请先办理受理（立案）' });
  if (p.kind !== 'arbitration') {
    return { caseNumber, cause: caseFileTitle(core.prepare, doc.caseFileId), organ: unit, address: partyAddress(core.prepare, recipient.partyId), issuer: null };
  }
  const claims = claimsOf(core.prepare, p.id);
  const party = [...applicantsOf(core.prepare, p.id), ...respondentsOf(core.prepare, p.id)].find((x) => x.name === recipient.name);
  const t = tribunalOf(core.prepare, p.id);
  return {
    caseNumber,
    cause: claims.length > 0 ? causeOf(claims.map((c) => c.category)) : '劳动人事争议',
    organ: committeeName(unit),
    address: party?.address ?? partyAddress(core.prepare, recipient.partyId),
    issuer: (t?.arbitrators.find((a) => a.presiding) ?? t?.arbitrators[0])?.name ?? null,
  };
}

export async function issueServiceReceipt(call: CallContext, input: z.output<typeof serviceReceiptRequestInput>): Promise<DocumentRecord> {
  const core = call.core;
  const inst = requireInstallation(core);
  const doc = documentForService(core.prepare, input.documentId, inst.unitId);
  if (!doc || !doc.caseFileId) throw notFound('该文书');
  if (doc.status === 'void') throw new ServiceError('CONFLICT', '该文书已作废，不能制作送达回证');
  if (!isServed(doc.kind)) throw invalid({ documentId: '该文书不需送达，不能制作送达回证' });
  const recipient = recipientOf(core.prepare, input.recipientId);
  if (!recipient || recipient.caseFileId !== doc.caseFileId) throw invalid({ recipientId: '受送达人不是本案卷的当事人' });
  const recorded = recordedService(call, doc.id, recipient.id);
  const method = recorded?.method ?? input.method ?? 'direct';
  if (!recorded) {
    const served = SERVED_DOCUMENTS[doc.kind]!;
    const refused = served.refused?.[method] ?? (method === 'electronic' && served.noElectronic ? '裁决书、调解书不能电子送达（《劳动人事争议仲裁办案规则》第五十八条至第六十条）' : null);
    if (refused) throw invalid({ method: refused });
  }
  const request = documentSource(core.prepare, doc.id) as DocumentRequest;
  const c = 'case' in request && request.case ? request.case : null;
  const party = c ? [...c.applicants, ...c.respondents].find((x) => x.name === recipient.name) : null;
  const fromCase: CaseSide = c
    ? { caseNumber: c.caseNumber, cause: c.cause, organ: c.committee.name, address: party?.address ?? null, issuer: c.tribunal.chief }
    : storedCase(call, recipient, { number: doc.number, caseFileId: doc.caseFileId });
  const [record] = await generateDocuments(call, {
    request: {
      kind: 'serviceReceipt',
      receipt: {
        ...fromCase,
        recipient: recipient.name,
        documents: [doc.number && doc.number !== fromCase.caseNumber ? `${doc.title}（${doc.number}）` : doc.title],
        method,
        server: recorded?.server ?? null,
        served: recorded?.served ?? null,
      },
    },
    caseFileId: doc.caseFileId,
  });
  return record!;
}
