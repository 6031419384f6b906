// 现场检查 of a filed inspection (监察条例 Art. 15(1)(4)). Who acts: as for the interviews (investigation.service.ts
// — proceeding.act, a place on the file, the inspection filed). A 现场检查笔录 is a draft until finalised, then
// read-only (trigger), corrected only by an appended 更正; its photos are site-photos.service.ts's; each write, its
// timeline line and its audit row commit together.
import type { z } from 'zod';
import type { signedRecordCorrectInput } from '../../../shared/contract/signed-record';
import type {
  FileSiteInspections,
  SiteInspectionView,
  siteInspectionCreateInput,
  siteInspectionFinaliseInput,
  siteInspectionPrintInput,
  siteInspectionSaveInput,
  sitePhotoRemoveInput,
} from '../../../shared/contract/site-inspection';
import type { DocumentRecord } from '../../../shared/contract/documents';
import { inspectorProblem, type NamedInspector } from '../../../shared/domain/investigation';
import { SITE_ACT, siteFinaliseProblems, siteTimeProblems } from '../../../shared/domain/site-inspection';
import { dateKeyOf, dateTimeOf } from '../../../shared/domain/time';
import type { CallContext } from '../kernel/context';
import { conflict, invalid, notFound, ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { requireInstallation } from '../kernel/installation';
import { tx, writeContext } from '../kernel/tx';
import { generateDocuments } from '../documents/documents.service';
import type { ProceedingRow } from '../proceedings/proceedings.data';
import { staffCerts } from './investigation.data';
import { inspectionFor, investigationAccess } from './investigation.service';
import {
  deletePhoto,
  fileEmployers,
  filePlaces,
  fileSiteInspections,
  insertInspection,
  inspectionById,
  orderPhotos,
  photoFile,
  touchInspection,
  updateInspection,
  type InspectionRow,
  type SiteColumns,
} from './site-inspection.data';
import { SITE_INSPECTION } from './signed-record.data';
import { deleteThumbnail } from './site-photos.data';
import { correctSigned, finaliseSigned } from './signed-record.service';

type Fields = Omit<z.output<typeof siteInspectionCreateInput>, 'proceedingId'>;

/** Checks what an inspection needs from its first save: the inspectors (Art. 16), the recorder, the times. */
function checkedColumns(call: CallContext, input: Fields): SiteColumns {
  const core = call.core;
  const inst = requireInstallation(core);
  const problems: Record<string, string> = { ...siteTimeProblems(input, core.clock.now()) };
  const found = staffCerts(core.prepare, inst.unitId, input.inspectorIds);
  const named: NamedInspector[] = found.filter((s): s is NonNullable<typeof s> => s !== null);
  const inspectors = found.some((s) => s === null) ? '所选检查人员不是本单位在职工作人员' : inspectorProblem(named, dateKeyOf(input.startedAt), SITE_ACT);
  if (inspectors) problems.inspectorIds = inspectors;
  if (input.recorderId && staffCerts(core.prepare, inst.unitId, [input.recorderId])[0] === null) problems.recorderId = '记录人须是本单位在职工作人员';
  if (Object.keys(problems).length > 0) throw invalid(problems);
  return {
    startedAt: input.startedAt,
    endedAt: input.endedAt,
    place: input.place,
    inspectors: named.map((i) => ({ staffId: i.staffId, name: i.name, certNo: i.certNo!, certExpiry: i.certExpiry! })),
    recorderId: input.recorderId,
    employerName: input.employerName,
    present: input.present,
    findings: input.findings,
  };
}

export function publicView(r: InspectionRow): SiteInspectionView {
  const { unitId: _u, caseFileId: _c, ...view } = r;
  return view;
}

export function stored(call: CallContext, id: string, what: string): { r: InspectionRow; p: ProceedingRow } {
  const inst = requireInstallation(call.core);
  const r = inspectionById(call.core.prepare, id);
  if (!r || r.unitId !== inst.unitId) throw notFound('该现场检查笔录');
  const p = inspectionFor(call, r.proceedingId, what);
  return { r, p };
}

const FINAL_READ_ONLY = '该现场检查笔录已定稿，不能修改；如有错误，请使用“追加更正”并写明理由';

export function createSiteInspection(call: CallContext, input: z.output<typeof siteInspectionCreateInput>): SiteInspectionView {
  const inst = requireInstallation(call.core);
  const p = inspectionFor(call, input.proceedingId, '制作现场检查笔录');
  const cols = checkedColumns(call, input);
  const id = tx(writeContext(call), (w) => {
    const inspectionId = newId(w.now);
    insertInspection(w.prepare, { ...cols, id: inspectionId, unitId: inst.unitId, caseFileId: p.caseFileId, proceedingId: p.id, createdBy: w.actorStaffId!, createdAt: w.now });
    w.caseEvent({ caseFileId: p.caseFileId, proceedingId: p.id, kind: 'investigation.siteStarted', summary: `现场检查${cols.place}（${cols.inspectors.map((i) => i.name).join('、')}），笔录草稿`, data: { inspectionId } });
    w.audit({ action: 'siteInspectionCreate', entity: 'siteInspection', entityId: inspectionId, change: { proceedingId: p.id, inspectors: cols.inspectors.map((i) => i.staffId), place: cols.place } });
    w.changed('caseFile', p.caseFileId);
    return inspectionId;
  });
  return publicView(inspectionById(call.core.prepare, id)!);
}

export function saveSiteInspection(call: CallContext, input: z.output<typeof siteInspectionSaveInput>): SiteInspectionView {
  const { r, p } = stored(call, input.id, '修改现场检查笔录');
  if (r.status === 'final') throw new ServiceError('CONFLICT', FINAL_READ_ONLY);
  const cols = checkedColumns(call, input);
  // The captions name the photos the draft has: each once, none left out (an upload meanwhile is not lost).
  const have = new Set(r.photos.map((x) => x.id));
  const listed = new Set(input.photos.map((x) => x.id));
  if (input.photos.some((x) => !have.has(x.id)) || listed.size !== input.photos.length) throw invalid({ photos: '照片列表与笔录中的照片不符，请刷新后再保存' });
  const photos = [...input.photos, ...r.photos.filter((x) => !listed.has(x.id)).map((x) => ({ id: x.id, caption: x.caption }))];
  tx(writeContext(call), (w) => {
    if (!updateInspection(w.prepare, r.id, input.rowVersion, cols, { by: w.actorStaffId!, at: w.now })) {
      if (inspectionById(w.prepare, r.id)?.status === 'final') throw new ServiceError('CONFLICT', FINAL_READ_ONLY);
      throw conflict('该现场检查笔录');
    }
    orderPhotos(w.prepare, r.id, photos);
    w.audit({ action: 'siteInspectionSave', entity: 'siteInspection', entityId: r.id, change: { endedAt: cols.endedAt, photos: photos.length } });
    w.changed('caseFile', p.caseFileId);
  });
  return publicView(inspectionById(call.core.prepare, r.id)!);
}

export function removeSitePhoto(call: CallContext, input: z.output<typeof sitePhotoRemoveInput>): SiteInspectionView {
  const inst = requireInstallation(call.core);
  const photo = photoFile(call.core.prepare, input.photoId);
  if (!photo || photo.unitId !== inst.unitId) throw notFound('该照片');
  const { r, p } = stored(call, photo.inspectionId, '删除现场照片');
  if (r.status === 'final') throw new ServiceError('CONFLICT', '该现场检查笔录已定稿，照片不能删除');
  tx(writeContext(call), (w) => {
    if (!touchInspection(w.prepare, r.id)) throw new ServiceError('CONFLICT', '该现场检查笔录已定稿，照片不能删除');
    // The row goes; the bytes stay in the store (content-addressed, perhaps shared) until a backup's sweep.
    deleteThumbnail(w.prepare, photo.id);
    deletePhoto(w.prepare, photo.id);
    w.audit({ action: 'siteInspectionPhotoRemove', entity: 'siteInspection', entityId: r.id, change: { photoId: photo.id, sha256: photo.sha256 } });
    w.changed('caseFile', p.caseFileId);
  });
  return publicView(inspectionById(call.core.prepare, r.id)!);
}

export function finaliseSiteInspection(call: CallContext, input: z.output<typeof siteInspectionFinaliseInput>): SiteInspectionView {
  const { r, p } = stored(call, input.id, '现场检查笔录定稿');
  if (r.status === 'final') throw new ServiceError('CONFLICT', '该现场检查笔录已经定稿');
  // The stored draft is checked again as it stands: certificates may have lapsed since it was saved.
  checkedColumns(call, { ...r, inspectorIds: r.inspectors.map((i) => i.staffId), recorderId: r.recorder?.id ?? null });
  const problems = siteFinaliseProblems(r);
  if (Object.keys(problems).length > 0) throw invalid(problems);
  finaliseSigned(call, SITE_INSPECTION, { ...r, label: '现场检查笔录' }, p, input.rowVersion, {
    event: {
      kind: 'investigation.siteFinalised',
      summary: `现场检查笔录定稿：${r.place}，${dateTimeOf(r.startedAt)}至${dateTimeOf(r.endedAt!).slice(11)}，照片${r.photos.length}张`,
      data: { inspectionId: r.id },
    },
    audit: { action: 'siteInspectionFinalise', entity: 'siteInspection', change: { photos: r.photos.length } },
  });
  return publicView(inspectionById(call.core.prepare, r.id)!);
}

export function correctSiteInspection(call: CallContext, input: z.output<typeof signedRecordCorrectInput>): SiteInspectionView {
  const { r, p } = stored(call, input.id, '更正现场检查笔录');
  correctSigned(call, SITE_INSPECTION, { ...r, label: '现场检查笔录' }, p, input, (correctionId) => ({
    event: { kind: 'investigation.siteCorrected', summary: `更正现场检查笔录（${r.place}）：${input.reason}`, data: { inspectionId: r.id, correctionId } },
    audit: { action: 'siteInspectionCorrect', entity: 'siteInspection', change: { correctionId, reason: input.reason } },
  }));
  return publicView(inspectionById(call.core.prepare, r.id)!);
}

export async function printSiteInspection(call: CallContext, input: z.output<typeof siteInspectionPrintInput>): Promise<DocumentRecord> {
  const { r } = stored(call, input.id, '打印现场检查笔录');
  if (r.status !== 'final') throw new ServiceError('CONFLICT', '笔录定稿后才能打印交在场人员签名；请先核对并定稿');
  const [record] = await generateDocuments(call, { request: { kind: 'siteInspectionRecord', inspectionId: r.id }, caseFileId: r.caseFileId });
  return record!;
}

export function listSiteInspections(call: CallContext, caseFileId: string): FileSiteInspections {
  const core = call.core;
  const { mayAct } = investigationAccess(call, caseFileId);
  return {
    caseFileId,
    mayAct,
    places: filePlaces(core.prepare, caseFileId),
    employers: fileEmployers(core.prepare, caseFileId),
    inspections: fileSiteInspections(core.prepare, caseFileId).map(publicView),
  };
}
