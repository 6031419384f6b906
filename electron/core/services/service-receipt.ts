// 送达回证 for a document and a recipient, before it is served: filled from the document's own request (案号, 案由, the
// committee, the tribunal's chief as 签发人, the recipient's address as the case gives it), issued as a document of the
// file like any other, to be printed, carried and signed. The recipient's signature and date stay blank for the hand:
// the day they sign is the day of service (办案规则 Art. 20).
import type { z } from 'zod';
import type { DocumentRecord, DocumentRequest } from '../../../shared/contract/documents';
import type { serviceReceiptRequestInput } from '../../../shared/contract/services';
import { isServed } from '../../../shared/domain/service';
import type { CallContext } from '../kernel/context';
import { invalid, notFound, ServiceError } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { generateDocuments } from '../documents/documents.service';
import { documentForService, documentSource, recipientOf } from './services.data';

export async function issueServiceReceipt(call: CallContext, input: z.output<typeof serviceReceiptRequestInput>): Promise<DocumentRecord> {
  const core = call.core;
  const inst = requireInstallation(core);
  const doc = documentForService(core.prepare, input.documentId, inst.unitId);
  if (!doc || !doc.caseFileId) throw notFound('该文书');
  if (doc.status === 'void') throw new ServiceError('CONFLICT', '该文书已作废，不能制作送达回证');
  if (!isServed(doc.kind)) throw invalid({ documentId: '该文书不需送达，不能制作送达回证' });
  const recipient = recipientOf(core.prepare, input.recipientId);
  if (!recipient || recipient.caseFileId !== doc.caseFileId) throw invalid({ recipientId: '受送达人不是本案卷的当事人' });
  const request = JSON.parse(documentSource(core.prepare, doc.id)) as DocumentRequest;
  if (!('case' in request) || !request.case) throw invalid({ documentId: '该文书没有案号、案由等送达回证所需的信息' });
  const c = request.case;
  const party = [...c.applicants, ...c.respondents].find((x) => x.name === recipient.name);
  const [record] = await generateDocuments(call, {
    request: {
      kind: 'serviceReceipt',
      receipt: {
        caseNumber: c.caseNumber,
        cause: c.cause,
        organ: c.committee.name,
        recipient: recipient.name,
        address: party?.address ?? null,
        documents: [doc.number && doc.number !== c.caseNumber ? `${doc.title}（${doc.number}）` : doc.title],
        method: input.method,
        issuer: c.tribunal.chief,
        server: null,
      },
    },
    caseFileId: doc.caseFileId,
  });
  return record!;
}
