// Service (送达) of a file's documents. Recording one checks who acts (proceeding.act and a place on the file), the
// document, the recipient and the facts each method needs (shared/domain/service.ts), keeps the proof in the file
// store, and in one transaction writes the service, its clock events (the document's event for this party; a public
// notice's pause), the stored deadlines, the timeline line and the audit row. Voiding takes its events out of the
// count and recomputes the deadlines the same way.
import type { z } from 'zod';
import type { FileServices, ServiceRecord, serviceProofInput, serviceProofViewInput, serviceRecordInput, serviceVoidInput } from '../../../shared/contract/services';
import type { Prepare } from '../../../db/statements';
import { stepServices } from '../proceedings/inspection-papers';
import { can } from '../../../shared/domain/permissions';
import { PROCEEDING_KIND, RECEIVER_RELATION, SERVICE_METHOD } from '../../../shared/domain/vocabulary';
import {
  dateOfService,
  DEFAULT_PUBLIC_NOTICE_DAYS,
  isServed,
  PUBLIC_NOTICE_PARAMETER,
  SERVED_DOCUMENTS,
  serviceClock,
  serviceLine,
  serviceProblems,
  type RecipientSide,
  type ServiceClock,
} from '../../../shared/domain/service';
import { dateKeyOf } from '../../../shared/domain/time';
import { proofMime } from '../files/proof-mime';
import type { CallContext, CoreServices, Principal } from '../kernel/context';
import { conflict, invalid, notFound, ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { requireInstallation } from '../kernel/installation';
import { tx, writeContext, type TxWriter } from '../kernel/tx';
import { putFile, readStoredFile, recordFile, sha256 } from '../files/file-store';
import { deadlineBasis, placeOnFile } from '../proceedings/engine';
import { clockEvents, findProceeding, insertClockEvent, type ProceedingRow } from '../proceedings/proceedings.data';
import { storeProceedingDeadlines } from '../deadlines/stored-deadlines';
import { hearingNoticedOn } from '../hearings/hearings.data';
import { parameterLookup } from '../reference/parameters.service';
import { principalOf } from '../session/session.service';
import {
  activeStaffName,
  caseFileUnit,
  documentForService,
  documentSource,
  fileDocuments,
  fileRecipients,
  fileServiceRecords,
  insertProof,
  insertService,
  proofFile,
  recipientOf,
  serviceById,
  validServiceOf,
  voidServiceRow,
  type DocumentForService,
  type NoClockWhy,
  type RecipientRow,
} from './services.data';

const noClockWhy: NoClockWhy = (s) => {
  if (s.method === 'electronic' && s.electronicConfirmed !== true) return '电子送达尚未经受送达人确认，不作为期限起算';
  // A paper whose service a step records itself (事先告知, 催告, 送达决定书): the step started the clock (shared/domain/service.ts).
  const step = SERVED_DOCUMENTS[s.documentKind]?.servedByStep;
  return step && !s.toWorker ? `期限已自“${step}”步骤登记的送达日期起算，本次登记作为送达凭证，不再重复起算` : '该文书送达给此受送达人不起算期限';
};

/** The one recipient a paper is addressed to (a 开庭通知书 of a stored hearing, a 延期开庭通知书 name their party), or null: every party. */
function addressedTo(core: CoreServices, d: { id: string; kind: string }): string | null {
  if (d.kind !== 'hearingNotice' && d.kind !== 'postponementNotice') return null;
  const r = documentSource(core.prepare, d.id) as { source?: string; recipientId?: string };
  return (r.source === 'hearing' || d.kind === 'postponementNotice') && r.recipientId ? r.recipientId : null;
}

/** A person on the file is a worker; a party (用人单位, 总包, 包工头 …) stands on the employer's side. */
const sideOf = (r: Pick<RecipientRow, 'personId'>): RecipientSide => (r.personId ? 'worker' : 'employer');

function callerOf(call: CallContext): Principal {
  const p = call.principal ?? principalOf(call.core, call.session.staffId!);
  if (!p) throw new ServiceError('UNAUTHENTICATED', '请先登录');
  return p;
}

function requireActor(call: CallContext, p: ProceedingRow, what: string): Principal {
  const principal = callerOf(call);
  if (!can(principal.roles, 'proceeding.act')) throw new ServiceError('FORBIDDEN', `您的角色不能${what}`);
  if (!placeOnFile(call.core, principal.staffId, p)) throw new ServiceError('FORBIDDEN', `您不在本案办案组中，不能${what}；请包案领导或部门负责人将您加入办案组`);
  return principal;
}

function publicNoticeDays(call: CallContext, onDate: string): number {
  // Seeded nationally (migration 0020); a region's own row may start later.
  const v = parameterLookup(call.core, onDate)(PUBLIC_NOTICE_PARAMETER);
  return typeof v === 'number' ? v : DEFAULT_PUBLIC_NOTICE_DAYS;
}


/** A service checked and ready to write: the rows it names and the clock it moves. */
export interface ServicePlan {
  input: Omit<z.output<typeof serviceRecordInput>, 'proofs'>;
  doc: DocumentForService;
  p: ProceedingRow;
  recipient: RecipientRow;
  unitId: string;
  noticeDays: number;
  servedOn: string;
  clock: ServiceClock;
}

/** A proof read from its bytes (JPEG, PNG or PDF), ready for the file store. */
export interface ProofFile {
  purpose: z.output<typeof serviceProofInput>['purpose'];
  fileName: string | null;
  bytes: Buffer;
  mime: string;
  hash: string;
}

export function readProofs(proofs: z.output<typeof serviceRecordInput>['proofs']): ProofFile[] {
  return proofs.map((x, i) => {
    const bytes = Buffer.from(x.contentBase64, 'base64');
    const kind = proofMime(bytes);
    if (!kind.ok) throw invalid({ proofs: proofs.length > 1 ? `第${i + 1}个文件：${kind.reason}` : kind.reason });
    return { purpose: x.purpose, fileName: x.fileName, bytes, mime: kind.mime, hash: sha256(bytes) };
  });
}

function refuseServedTwice(prepare: Prepare, doc: DocumentForService, recipient: RecipientRow): void {
  const already = validServiceOf(prepare, doc.id, recipient.id);
  if (already) throw new ServiceError('CONFLICT', `该文书已于 ${already.servedOn} 向${recipient.name}送达；登记有误的，请先作废原记录`);
}

/**
 * Every check of one service (who acts, the document, the recipient, the facts its method needs, served once) and the
 * clock it moves — the same for a service recorded alone and for each item of a batch.
 */
export function planService(call: CallContext, input: z.output<typeof serviceRecordInput>): ServicePlan {
  const core = call.core;
  const inst = requireInstallation(core);
  const doc = documentForService(core.prepare, input.documentId, inst.unitId);
  if (!doc) throw notFound('该文书');
  const p = findProceeding(core.prepare, input.proceedingId);
  if (!p || p.unitId !== inst.unitId) throw notFound('该程序');
  requireActor(call, p, '登记送达');
  if (doc.status === 'void') throw new ServiceError('CONFLICT', '该文书已作废，不能登记送达');
  if (doc.caseFileId !== p.caseFileId) throw invalid({ proceedingId: '该文书不属于这一案卷的程序' });
  const recipient = recipientOf(core.prepare, input.recipientId);
  if (!recipient || recipient.proceedingId !== p.id) throw invalid({ recipientId: '受送达人不是这一程序的当事人' });
  const to = addressedTo(core, doc);
  if (to !== null && to !== recipient.id) throw invalid({ recipientId: `该${doc.title}是致${recipientOf(core.prepare, to)?.name ?? '其他当事人'}的，不能登记为向${recipient.name}送达；请为${recipient.name}制作其本人的通知书` });
  const servedByName = activeStaffName(core.prepare, input.servedBy, inst.unitId);
  if (!servedByName) throw invalid({ servedBy: '送达人须是本单位在职工作人员' });
  const now = core.clock.now();
  const problems = serviceProblems(input, { documentKind: doc.kind, issuedAt: doc.issuedAt, now, proceedingKind: p.kind, events: clockEvents(core.prepare, p.id) });
  if (Object.keys(problems).length > 0) throw invalid(problems);
  refuseServedTwice(core.prepare, doc, recipient);
  const noticeDays = input.method === 'publicNotice' ? publicNoticeDays(call, dateKeyOf(input.servedAt)) : 0;
  const clock = serviceClock(doc, p.kind, { name: recipient.name, side: sideOf(recipient) }, input, noticeDays, stepServices(core, p.id, doc.kind));
  const { proofs: _proofs, ...facts } = input;
  return { input: facts, doc, p, recipient, unitId: inst.unitId, noticeDays, servedOn: dateOfService(input, noticeDays), clock };
}

/**
 * Writes one planned service inside the caller's tx: the service row, its proofs, its clock events (a hearing notice's
 * tied to the hearing it announces), the timeline line and the audit row. The caller recomputes the proceeding's deadlines.
 */
export function writeService(w: TxWriter, plan: ServicePlan, proofs: readonly ProofFile[], batchId: string | null = null): string {
  const { input, doc, p, recipient, servedOn, clock } = plan;
  // Read again under the write lock: another clerk may have recorded it, or the document been voided, meanwhile.
  refuseServedTwice(w.prepare, doc, recipient);
  if (documentForService(w.prepare, doc.id, plan.unitId)?.status !== 'issued') throw new ServiceError('CONFLICT', '该文书已作废，不能登记送达');
  const serviceId = newId(w.now);
  insertService(w.prepare, {
    ...input,
    id: serviceId,
    unitId: plan.unitId,
    caseFileId: p.caseFileId,
    recipientName: recipient.name,
    servedOn,
    noticeDays: input.method === 'publicNotice' ? plan.noticeDays : null,
    electronicConfirmed: input.method === 'electronic' ? input.electronicConfirmed : null,
    recordedBy: w.actorStaffId!,
    recordedAt: w.now,
  });
  for (const x of proofs) {
    recordFile(w, x.hash, x.bytes.length, x.mime);
    insertProof(w.prepare, { id: newId(w.now), serviceId, purpose: x.purpose, sha256: x.hash, fileName: x.fileName, now: w.now });
  }
  for (const e of clock.events) {
    // A hearing notice belongs to the hearing it announces: postponed, the service no longer meets the new day's clock.
    const hearingId = e.kind === 'hearingNoticeServed' ? hearingNoticedOn(w.prepare, p.id, e.date) : null;
    insertClockEvent(w.prepare, p.id, e, 'service.record', w.now, w.actorStaffId, serviceId, hearingId);
  }
  const what = doc.number ? `${doc.title}（${doc.number}）` : doc.title;
  const relation = input.relation ? `，${input.receivedBy ?? ''}（${RECEIVER_RELATION.label(input.relation)}）签收` : '';
  w.caseEvent({
    caseFileId: p.caseFileId,
    proceedingId: p.id,
    kind: 'service.recorded',
    summary: `送达${what}：${serviceLine({ method: input.method, recipientName: recipient.name, servedAt: input.servedAt, servedOn })}${relation}${clock.why ? `（${clock.why}）` : ''}`,
    data: { serviceId, documentId: doc.id, recipientId: recipient.id, method: input.method, servedOn, events: clock.events.map((e) => e.kind), ...(batchId ? { batchId } : {}) },
  });
  // One audit row per service, as alone: a document's trail reads the same however its service was entered.
  w.audit({
    action: 'serviceRecord',
    entity: 'document',
    entityId: doc.id,
    change: { serviceId, proceedingId: p.id, recipientId: recipient.id, method: input.method, servedAt: input.servedAt, servedOn, servedBy: input.servedBy, proofs: proofs.map((x) => x.hash), events: clock.events, ...(batchId ? { batchId } : {}) },
  });
  w.changed('caseFile', p.caseFileId);
  w.changed('document', doc.id);
  return serviceId;
}

export function recordService(call: CallContext, input: z.output<typeof serviceRecordInput>): ServiceRecord {
  const core = call.core;
  const plan = planService(call, input);
  const proofs = readProofs(input.proofs);
  // The files are on disk and synced before the rows that name them commit.
  for (const x of proofs) putFile(core.config.paths.files, x.bytes);
  const id = tx(writeContext(call), (w) => {
    const serviceId = writeService(w, plan, proofs);
    storeProceedingDeadlines(w.prepare, w.now, plan.p, deadlineBasis(core));
    return serviceId;
  });
  return serviceById(core.prepare, id, noClockWhy)!;
}

/** A service as the panel shows it. */
export const serviceRecordOf = (call: CallContext, id: string): ServiceRecord => serviceById(call.core.prepare, id, noClockWhy)!;

export function voidService(call: CallContext, input: z.output<typeof serviceVoidInput>): ServiceRecord {
  const core = call.core;
  const inst = requireInstallation(core);
  const s = serviceById(core.prepare, input.id, noClockWhy);
  if (!s || s.unitId !== inst.unitId) throw notFound('该送达记录');
  const p = findProceeding(core.prepare, s.proceedingId)!;
  requireActor(call, p, '作废送达记录');
  if (s.status === 'void') throw new ServiceError('CONFLICT', '该送达记录已经作废');
  tx(writeContext(call), (w) => {
    if (!voidServiceRow(w.prepare, s.id, input.reason, w.actorStaffId!, w.now)) throw conflict('该送达记录');
    // Its clock events stop counting (stored-deadlines.ts COUNTED_EVENT): the clocks are what the other events make them.
    storeProceedingDeadlines(w.prepare, w.now, p, deadlineBasis(core));
    w.caseEvent({
      caseFileId: p.caseFileId,
      proceedingId: p.id,
      kind: 'service.voided',
      summary: `作废送达记录（${SERVICE_METHOD.label(s.method)} ${s.recipientName} ${s.servedOn}）：${input.reason}`,
      data: { serviceId: s.id, documentId: s.documentId },
    });
    w.audit({ action: 'serviceVoid', entity: 'document', entityId: s.documentId, change: { serviceId: s.id, reason: input.reason } });
    w.changed('caseFile', p.caseFileId);
    w.changed('document', s.documentId);
  });
  return serviceById(core.prepare, s.id, noClockWhy)!;
}

export function listFileServices(call: CallContext, caseFileId: string): FileServices {
  const core = call.core;
  const inst = requireInstallation(core);
  const file = caseFileUnit(core.prepare, caseFileId);
  if (!file || file.unitId !== inst.unitId) throw notFound('该案卷');
  const principal = callerOf(call);
  const recipients = fileRecipients(core.prepare, caseFileId);
  const records = fileServiceRecords(core.prepare, caseFileId, noClockWhy);
  const proceedingIds = [...new Set(recipients.map((r) => r.proceedingId))];
  const mayAct =
    file.status === 'open' &&
    can(principal.roles, 'proceeding.act') &&
    proceedingIds.some((id) => {
      const p = findProceeding(core.prepare, id);
      return !!p && placeOnFile(core, principal.staffId, p);
    });
  const documents = fileDocuments(core.prepare, caseFileId).map((d) => {
    const served = SERVED_DOCUMENTS[d.kind];
    const services = records.filter((s) => s.documentId === d.id);
    const to = addressedTo(core, d);
    const owed = served ? recipients.filter((r) => served.proceedings.includes(r.proceedingKind) && (!served.owedTo || sideOf(r) === served.owedTo) && (to === null || r.id === to)) : [];
    return {
      documentId: d.id,
      kind: d.kind,
      title: d.title,
      number: d.number,
      issuedAt: d.issuedAt,
      unserved: isServed(d.kind)
        ? owed.filter((r) => !services.some((s) => s.recipientId === r.id && s.status === 'valid')).map((r) => ({ proceedingId: r.proceedingId, recipientId: r.id, name: r.name }))
        : [],
      services,
    };
  });
  return {
    caseFileId,
    mayAct,
    publicNoticeDays: publicNoticeDays(call, dateKeyOf(core.clock.now())),
    recipients: recipients.map((r) => ({
      proceedingId: r.proceedingId,
      proceedingLabel: PROCEEDING_KIND.label(r.proceedingKind),
      recipientId: r.id,
      name: r.name,
      role: roleLabel(r.role),
      caseNumber: r.caseNumber,
      applicants: r.applicants,
      partyKey: r.partyKey,
    })),
    documents,
  };
}

const ROLE_ZH: Record<string, string> = {
  complainant: '投诉人',
  applicant: '申请人',
  respondent: '被申请人',
  thirdParty: '第三人',
  employer: '用人单位',
  generalContractor: '施工总承包单位',
  subcontractor: '分包单位',
  laborTeam: '班组（包工头）',
  projectOwner: '建设单位',
};
const roleLabel = (role: string) => ROLE_ZH[role] ?? role;

export function viewProof(call: CallContext, input: z.output<typeof serviceProofViewInput>): { mime: string; fileName: string | null; contentBase64: string } {
  const core = call.core;
  const inst = requireInstallation(core);
  const proof = proofFile(core.prepare, input.proofId);
  if (!proof || proof.unitId !== inst.unitId) throw notFound('该送达凭证');
  const bytes = readStoredFile(core.config.paths.files, proof.sha256);
  tx(writeContext(call), (w) => {
    w.audit({ action: 'serviceProofView', entity: 'document', entityId: proof.serviceId, change: { proofId: input.proofId, caseFileId: proof.caseFileId } });
  });
  return { mime: proof.mime, fileName: proof.fileName, contentBase64: bytes.toString('base64') };
}
