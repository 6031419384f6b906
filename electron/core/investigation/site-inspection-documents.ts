// What the 现场检查笔录 builder reads: the stored, finalised inspection with its photos and corrections, the case's
// 立案 number and title, the bureau's name. The builder itself is pure (shared/domain/documents/site-inspection-record.ts).
import type { SiteInspectionRecordData } from '../../../shared/domain/documents/site-inspection-record';
import { dateTimeOf } from '../../../shared/domain/time';
import type { CallContext } from '../kernel/context';
import { notFound, ServiceError } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { findProceeding } from '../proceedings/proceedings.data';
import { getUnitSummary } from '../reference/units.service';
import { inspectionById, photoHashes } from './site-inspection.data';
import { printCopies } from './site-photos.data';

export function siteInspectionRecordData(call: CallContext, inspectionId: string): { data: SiteInspectionRecordData; caseFileId: string } {
  const core = call.core;
  const inst = requireInstallation(core);
  const r = inspectionById(core.prepare, inspectionId);
  if (!r || r.unitId !== inst.unitId) throw notFound('该现场检查笔录');
  // Only what was finalised is printed for signature: a draft on paper would be signed and then changed.
  if (r.status !== 'final') throw new ServiceError('CONFLICT', '笔录定稿后才能打印交在场人员签名；请先核对并定稿');
  const p = findProceeding(core.prepare, r.proceedingId)!;
  const prints = printCopies(core.prepare, r.id);
  return {
    caseFileId: r.caseFileId,
    data: {
      organ: getUnitSummary(core, inst.unitId).name,
      caseNumber: p.number,
      caseTitle: p.caseTitle,
      startedAt: dateTimeOf(r.startedAt),
      endedAt: dateTimeOf(r.endedAt!),
      place: r.place,
      employer: r.employerName,
      present: r.present,
      inspectors: r.inspectors.map((i) => ({ name: i.name, certNo: i.certNo })),
      recorder: r.recorder?.name ?? null,
      findings: r.findings,
      // The upright print copy where made (site-photos.service.ts); else the original as stored.
      photos: photoHashes(core.prepare, r.id).map((x) => {
        const print = prints.get(x.id);
        return print
          ? { caption: x.caption, width: print.width, height: print.height, sha256: print.sha256, mime: 'image/jpeg' as const }
          : { caption: x.caption, width: x.width, height: x.height, sha256: x.sha256, mime: x.mime === 'image/png' ? ('image/png' as const) : ('image/jpeg' as const) };
      }),
      corrections: r.corrections.map((c) => ({ at: dateTimeOf(c.at), text: c.text, reason: c.reason, by: c.by.name })),
    },
  };
}
