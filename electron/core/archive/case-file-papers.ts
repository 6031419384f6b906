// 案卷封面 and 卷内目录 from the store, once a proceeding is closed (归档): the unit (the committee for an arbitration),
// the 案号, the 案由 (an arbitration's claims, else the file's title), the parties, the days accepted (立案) and closed,
// the way it closed (the stored 结案), the retention period the bureau set for this kind of file (retention.years.*,
// 办案规则 Art. 24 for an arbitration), and the pages: each issued paper's from its stored PDF; the cover's total only
// when the evidence's pages are all recorded too, else a blank to fill by hand.
import { causeOf } from '../../../shared/domain/arbitration-application';
import type { FileCoverData, FileIndexData } from '../../../shared/domain/documents/case-file-papers';
import { committeeName } from '../../../shared/domain/documents/arbitration-common';
import { CLOSE_METHOD as ARBITRATION_CLOSE_METHOD } from '../../../shared/domain/proceedings/arbitration-closing';
import { CLOSE_METHOD as INSPECTION_CLOSE_METHOD } from '../../../shared/domain/proceedings/inspection-closing';
import { retentionYears } from '../../../shared/domain/retention';
import { dateKeyOf } from '../../../shared/domain/time';
import type { CallContext } from '../kernel/context';
import { notFound, ServiceError } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { readStoredFile } from '../files/file-store';
import { appliedStepInputs, claimsOf } from '../arbitration/arbitration.data';
import { partyNames } from '../hearings/hearings.data';
import { clockEvents, findProceeding, type ProceedingRow } from '../proceedings/proceedings.data';
import { getUnitSummary } from '../reference/units.service';
import { factsOf, retentionPeriods } from '../retention/retention-due';
import { arbitrationClosing, evidencePages, issuedPapers } from './archive.data';
import { caseFileTitle } from '../services/services.data';

/** The pages of a PDF the document writer made: one page object each (pdfkit keeps object dictionaries uncompressed). */
export function pdfPageCount(bytes: Buffer): number | null {
  const n = bytes.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  return n > 0 ? n : null;
}

/** A stored PDF's pages, or null when its file is missing from the store (its count is then left for the hand). */
function storedPages(call: CallContext, sha256: string): number | null {
  try {
    return pdfPageCount(readStoredFile(call.core.config.paths.files, sha256));
  } catch {
    return null;
  }
}

function closedProceeding(call: CallContext, proceedingId: string, what: string): ProceedingRow {
  const core = call.core;
  const inst = requireInstallation(core);
  const p = findProceeding(core.prepare, proceedingId);
  if (!p || p.unitId !== inst.unitId) throw notFound('该程序');
  if (p.kind !== 'arbitration' && p.kind !== 'inspection') throw new ServiceError('VALIDATION', `${what}用于劳动人事争议仲裁和劳动保障监察案卷`);
  if (p.status !== 'closed') throw new ServiceError('STEP_BLOCKED', `本案尚未结案，不能制作${what}；结案经批准后再归档`);
  if (!p.number) throw new ServiceError('STEP_BLOCKED', `本案没有案号，不能制作${what}`);
  return p;
}

const organOf = (call: CallContext, p: ProceedingRow) => {
  const unit = getUnitSummary(call.core, p.unitId).name;
  return p.kind === 'arbitration' ? committeeName(unit) : unit;
};

function indexEntries(call: CallContext, caseFileId: string): FileIndexData['entries'] {
  return issuedPapers(call.core.prepare, caseFileId).map((d) => {
    return { number: d.number, title: d.title, date: dateKeyOf(d.createdAt), pages: storedPages(call, d.pdfSha256) };
  });
}

export function fileIndexData(call: CallContext, proceedingId: string): { data: FileIndexData; caseFileId: string } {
  const p = closedProceeding(call, proceedingId, '卷内目录');
  return { caseFileId: p.caseFileId, data: { organ: organOf(call, p), caseNumber: p.number!, entries: indexEntries(call, p.caseFileId), date: dateKeyOf(call.core.clock.now()) } };
}

export function fileCoverData(call: CallContext, proceedingId: string): { data: FileCoverData; caseFileId: string } {
  const core = call.core;
  const p = closedProceeding(call, proceedingId, '案卷封面');
  const arbitration = p.kind === 'arbitration';
  const events = clockEvents(core.prepare, p.id);
  const closing = arbitration ? arbitrationClosing(core.prepare, p.id) : null;
  const stepMethod = appliedStepInputs(core.prepare, p.id).close?.method;
  const closeMethod = arbitration
    ? closing
      ? ARBITRATION_CLOSE_METHOD[closing.method as keyof typeof ARBITRATION_CLOSE_METHOD]
      : null
    : typeof stepMethod === 'string'
      ? (INSPECTION_CLOSE_METHOD[stepMethod as keyof typeof INSPECTION_CLOSE_METHOD] ?? null)
      : null;
  const claims = arbitration ? claimsOf(core.prepare, p.id) : [];
  const facts = factsOf(core, { type: 'caseFile', id: p.caseFileId });
  const periods = retentionPeriods(core);
  const years = retentionYears(facts?.kinds ?? [], (k) => periods.find((x) => x.kind === k)?.years ?? null);
  const entries = indexEntries(call, p.caseFileId);
  const evidence = evidencePages(core.prepare, p.caseFileId);
  const known = entries.every((e) => e.pages !== null) && evidence.unknown === 0;
  const parties = partyNames(core.prepare, p.id);
  return {
    caseFileId: p.caseFileId,
    data: {
      kind: arbitration ? 'arbitration' : 'inspection',
      organ: organOf(call, p),
      caseNumber: p.number!,
      cause: claims.length > 0 ? causeOf(claims.map((c) => c.category)) : caseFileTitle(core.prepare, p.caseFileId),
      applicants: parties.applicants,
      respondents: parties.respondents,
      acceptedOn: events.find((e) => e.kind === (arbitration ? 'accepted' : 'filed'))?.date ?? null,
      closedOn: closing?.closedOn ?? events.filter((e) => e.kind === 'caseClosed').at(-1)?.date ?? null,
      closeMethod,
      retentionYears: years ?? 0,
      pages: known ? entries.reduce((s, e) => s + (e.pages ?? 0), 0) + evidence.pages : null,
      date: dateKeyOf(core.clock.now()),
    },
  };
}
