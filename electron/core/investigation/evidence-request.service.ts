// 调取证据通知书 of a filed inspection (监察条例 Art. 15(3)(4)). Who acts: as for the interviews (investigation.service.ts).
// The notice is kept as a row and issued as a numbered document of the file, served through 送达 like any other; its
// return is recorded once — the day, each line received or not — and each line received goes into the case file's
// evidence list through the evidence service (never its tables), its source naming the notice; all in one transaction.
import type { z } from 'zod';
import type { DocumentRecord } from '../../../shared/contract/documents';
import type { EvidenceRequestRecord, FileEvidenceRequests, evidenceRequestInput, evidenceReturnInput } from '../../../shared/contract/evidence-request';
import { can } from '../../../shared/domain/permissions';
import { dateKeyOf } from '../../../shared/domain/time';
import type { CallContext } from '../kernel/context';
import { invalid, notFound, ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { requireInstallation } from '../kernel/installation';
import { tx, writeContext } from '../kernel/tx';
import { generateDocuments } from '../documents/documents.service';
import { addEvidence } from '../evidence/evidence.service';
import { placeOnFile } from '../proceedings/engine';
import { findProceeding } from '../proceedings/proceedings.data';
import { evidenceSeq, fileRequests, insertRequest, requestById, setReturn, type RequestRow } from './evidence-request.data';
import { caseFileRow, fileInspections, partyById } from './investigation.data';
import { callerOf, inspectionFor } from './investigation.service';

function view(prepare: CallContext['core']['prepare'], r: RequestRow, today: string): EvidenceRequestRecord {
  const lines = r.returnLines ? (JSON.parse(r.returnLines) as { received: boolean; evidenceId: string | null }[]) : null;
  return {
    id: r.id,
    proceedingId: r.proceedingId,
    addresseeName: r.addresseeName,
    items: JSON.parse(r.items) as string[],
    dueDate: r.dueDate,
    place: r.place,
    documentId: r.documentId,
    documentNumber: r.documentNumber,
    createdBy: { id: r.createdBy, name: r.createdByName },
    createdAt: r.createdAt,
    overdue: r.returnedAt === null && r.dueDate < today,
    returned:
      lines && r.returnedOn && r.returnedBy && r.returnedAt !== null
        ? {
            on: r.returnedOn,
            lines: lines.map((l) => ({ ...l, evidenceSeq: l.evidenceId ? evidenceSeq(prepare, l.evidenceId) : null })),
            note: r.returnNote,
            by: { id: r.returnedBy, name: r.returnedByName ?? '' },
            at: r.returnedAt,
          }
        : null,
  };
}

export async function issueEvidenceRequest(call: CallContext, input: z.output<typeof evidenceRequestInput>): Promise<DocumentRecord> {
  const core = call.core;
  const inst = requireInstallation(core);
  const p = inspectionFor(call, input.proceedingId, '发出调取证据通知书');
  let addresseeName = input.addresseeName;
  if (input.addresseeId) {
    const party = partyById(core.prepare, input.addresseeId);
    if (!party || party.proceedingId !== p.id) throw invalid({ addresseeId: '被调取人不是这一监察案件的当事人' });
    addresseeName = party.name;
  }
  if (input.items.length === 0) throw invalid({ items: '请列明要调取的证据材料' });
  const today = dateKeyOf(core.clock.now());
  if (input.dueDate <= today) throw invalid({ dueDate: `提供期限应当晚于今天（${today}）` });
  const id = tx(writeContext(call), (w) => {
    const requestId = newId(w.now);
    insertRequest(w.prepare, { id: requestId, unitId: inst.unitId, caseFileId: p.caseFileId, proceedingId: p.id, addresseeId: input.addresseeId, addresseeName, items: input.items, dueDate: input.dueDate, place: input.place, contactPhone: input.contactPhone, createdBy: w.actorStaffId!, createdAt: w.now });
    w.caseEvent({ caseFileId: p.caseFileId, proceedingId: p.id, kind: 'investigation.evidenceRequest', summary: `通知${addresseeName}于${input.dueDate}前提供证据材料${input.items.length}项`, data: { requestId } });
    w.audit({ action: 'evidenceRequest', entity: 'caseFile', entityId: p.caseFileId, change: { requestId, proceedingId: p.id, addresseeId: input.addresseeId, items: input.items.length, dueDate: input.dueDate } });
    w.changed('caseFile', p.caseFileId);
    return requestId;
  });
  // The row stands before its document is rendered (the builder reads it), as the 询问通知书's does.
  const [record] = await generateDocuments(call, { request: { kind: 'evidenceRequestNotice', requestId: id }, caseFileId: p.caseFileId });
  return record!;
}

export function recordEvidenceReturn(call: CallContext, input: z.output<typeof evidenceReturnInput>): EvidenceRequestRecord {
  const core = call.core;
  const inst = requireInstallation(core);
  const r = requestById(core.prepare, input.id);
  if (!r || r.unitId !== inst.unitId) throw notFound('该调取证据通知书');
  inspectionFor(call, r.proceedingId, '登记调取证据的回复');
  if (r.returnedAt !== null) throw new ServiceError('CONFLICT', `该通知的回复已于 ${r.returnedOn} 登记；收到的补充材料请在“证据材料”中添加`);
  const items = JSON.parse(r.items) as string[];
  const problems: Record<string, string> = {};
  const today = dateKeyOf(core.clock.now());
  if (input.returnedOn > today) problems.returnedOn = `收到日期不能晚于今天（${today}）`;
  else if (input.returnedOn < dateKeyOf(r.createdAt)) problems.returnedOn = `收到日期不能早于通知发出的日期（${dateKeyOf(r.createdAt)}）`;
  if (input.lines.length !== items.length) problems.lines = `请逐项登记：通知列明${items.length}项证据材料`;
  input.lines.forEach((l, i) => {
    if (l.received && !l.file) problems[`lines.${i}`] = `第${i + 1}项“${items[i]}”已收到的，请上传其扫描件或照片`;
    if (!l.received && l.file) problems[`lines.${i}`] = `第${i + 1}项“${items[i]}”未收到，不应上传文件`;
  });
  if (Object.keys(problems).length > 0) throw invalid(problems);
  const ref = r.documentNumber ? `调取证据通知书（${r.documentNumber}）` : '调取证据通知书';
  tx(writeContext(call), (w) => {
    // Each item received is added through the evidence service, inside this transaction (a savepoint): a refused
    // file (a duplicate, not a PDF or picture) refuses the whole return and nothing is kept.
    const lines = input.lines.map((l, i) => {
      if (!l.received || !l.file) return { received: false, evidenceId: null };
      try {
        const item = addEvidence(call, {
          caseFileId: r.caseFileId,
          proceedingId: r.proceedingId,
          title: items[i]!.slice(0, 100),
          kind: 'documentary',
          submitter: 'bureau',
          submitterId: null,
          purpose: `依${ref}第${i + 1}项调取`,
          form: l.file.form,
          source: `${r.addresseeName}按${ref}第${i + 1}项提供`.slice(0, 200),
          pages: l.file.pages,
          receivedDate: input.returnedOn,
          fileName: l.file.fileName,
          contentBase64: l.file.contentBase64,
        });
        return { received: true, evidenceId: item.id };
      } catch (e) {
        if (e instanceof ServiceError) throw new ServiceError(e.code, `第${i + 1}项“${items[i]}”：${e.message}`, { [`lines.${i}`]: e.message });
        throw e;
      }
    });
    if (!setReturn(w.prepare, r.id, { on: input.returnedOn, lines, note: input.note, by: w.actorStaffId!, at: w.now })) throw new ServiceError('CONFLICT', '该通知的回复已由他人登记，请刷新');
    const missing = lines.filter((l) => !l.received).length;
    w.caseEvent({
      caseFileId: r.caseFileId,
      proceedingId: r.proceedingId,
      kind: 'investigation.evidenceReturned',
      summary: `${r.addresseeName}于${input.returnedOn}按${ref}提供${lines.length - missing}项${missing > 0 ? `，未提供${missing}项` : ''}`,
      data: { requestId: r.id },
    });
    w.audit({ action: 'evidenceRequestReturn', entity: 'caseFile', entityId: r.caseFileId, change: { requestId: r.id, returnedOn: input.returnedOn, lines: lines.map((l) => l.evidenceId) } });
    w.changed('caseFile', r.caseFileId);
  });
  return view(core.prepare, requestById(core.prepare, r.id)!, today);
}

export function listEvidenceRequests(call: CallContext, caseFileId: string): FileEvidenceRequests {
  const core = call.core;
  const inst = requireInstallation(core);
  const file = caseFileRow(core.prepare, caseFileId);
  if (!file || file.unitId !== inst.unitId) throw notFound('该案卷');
  const principal = callerOf(call);
  const mayAct =
    file.status === 'open' &&
    can(principal.roles, 'proceeding.act') &&
    fileInspections(core.prepare, caseFileId).some((x) => {
      const p = findProceeding(core.prepare, x.id);
      return !!p && p.number !== null && placeOnFile(core, principal.staffId, p);
    });
  const today = dateKeyOf(core.clock.now());
  return { caseFileId, mayAct, requests: fileRequests(core.prepare, caseFileId).map((r) => view(core.prepare, r, today)) };
}
