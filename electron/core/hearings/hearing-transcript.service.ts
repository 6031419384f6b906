// 庭审笔录 (调解仲裁法 Art. 40). Started for a hearing recorded as held, filled from it (time, room, the tribunal and
// clerk as they sat, the parties who appeared); saved as a draft while the clerk types; 定稿 once complete (the
// times, those present, the entries in the hearing's order, the interpreter told of the duty); afterwards read-only,
// a participant's 补正 appended as a correction with its reason; printed for everyone's signature. The draft, the
// 定稿 and the corrections are the 询问笔录's own writes (investigation/signed-record.*).
import type { z } from 'zod';
import type { signedRecordCorrectInput } from '../../../shared/contract/signed-record';
import type { CaseTranscripts, transcriptCreateInput, transcriptFinaliseInput, transcriptPrintInput, transcriptSaveInput, TranscriptView } from '../../../shared/contract/hearing-transcripts';
import type { DocumentRecord } from '../../../shared/contract/documents';
import { ART40, attendeeTitle, finaliseTranscriptProblems, transcriptProblems, type TranscriptAttendee } from '../../../shared/domain/hearing-transcript';
import { dateTimeOf, instantOf } from '../../../shared/domain/time';
import type { CallContext } from '../kernel/context';
import { conflict, invalid, notFound, ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { requireInstallation } from '../kernel/installation';
import { tx, writeContext } from '../kernel/tx';
import { generateDocuments } from '../documents/documents.service';
import { correctSigned, finaliseSigned } from '../investigation/signed-record.service';
import { HEARING_TRANSCRIPT } from '../investigation/signed-record.data';
import { actingOnArbitration } from '../arbitration/arbitration-access';
import { findProceeding, type ProceedingRow } from '../proceedings/proceedings.data';
import { arbitrationOfFile, findHearing, partyNames } from './hearings.data';
import { heldHearingsOf, insertTranscript, transcriptById, transcriptOfHearing, updateTranscriptDraft, type TranscriptColumns, type TranscriptRow } from './hearing-transcript.data';

const LABEL = '庭审笔录';
const FINAL_READ_ONLY = '该庭审笔录已定稿，不能修改；当事人申请补正的，请使用“追加更正”并写明理由（《劳动争议调解仲裁法》第四十条）';

const actingOn = actingOnArbitration;

const publicView = ({ unitId: _u, ...view }: TranscriptRow): TranscriptView => view;

function stored(call: CallContext, id: string, what: string): { r: TranscriptRow; p: ProceedingRow } {
  const r = transcriptById(call.core.prepare, id);
  if (!r || r.unitId !== requireInstallation(call.core).unitId) throw notFound('该庭审笔录');
  return { r, p: actingOn(call, r.proceedingId, what) };
}

/** The hearing's day from 00:00: a record may not say the hearing began before the day it was held. */
function checked(call: CallContext, hearingDate: string, c: TranscriptColumns): TranscriptColumns {
  const problems = transcriptProblems(c, call.core.clock.now(), { start: instantOf(hearingDate) });
  if (Object.keys(problems).length > 0) throw invalid(problems);
  return {
    ...c,
    languageOther: c.language === 'other' ? c.languageOther : null,
    interpreterName: c.language === 'zh' ? null : c.interpreterName,
    interpreterDutyTold: c.language !== 'zh' && c.interpreterName !== null && c.interpreterDutyTold,
    // The party an appearing party speaks for is the party itself.
    attendees: c.attendees.map((a) => (a.capacity === 'party' ? { ...a, party: a.name } : a)),
  };
}

export function createTranscript(call: CallContext, input: z.output<typeof transcriptCreateInput>): TranscriptView {
  const core = call.core;
  const h = findHearing(core.prepare, input.hearingId);
  if (!h) throw notFound('该开庭安排');
  const p = actingOn(call, h.proceedingId, `制作${LABEL}`);
  if (h.status !== 'held') throw new ServiceError('STEP_BLOCKED', '登记该次开庭“已开庭”之后才能制作庭审笔录；延期的开庭没有庭审笔录');
  if (transcriptOfHearing(core.prepare, h.id)) throw new ServiceError('CONFLICT', '该次开庭已有庭审笔录，请打开继续记录');
  const parties = partyNames(core.prepare, p.id);
  // Those the hearing's record says appeared: the applicants in person; a unit's representative is named by the clerk.
  const attendees: TranscriptAttendee[] = h.applicantAppeared ? parties.applicants.map((name) => ({ side: 'applicant', capacity: 'party', name, party: name })) : [];
  const columns: TranscriptColumns = {
    startedAt: instantOf(h.date, h.start),
    endedAt: null,
    place: h.roomName,
    attendees,
    language: 'zh',
    languageOther: null,
    interpreterName: null,
    interpreterDutyTold: false,
    entries: [],
  };
  const id = tx(writeContext(call), (w) => {
    const recordId = newId(w.now);
    const head = { id: recordId, unitId: p.unitId, caseFileId: p.caseFileId, proceedingId: p.id, createdBy: w.actorStaffId!, createdAt: w.now };
    insertTranscript(w.prepare, { ...head, hearingId: h.id, arbitrators: h.arbitrators.map((a) => ({ name: a.name, presiding: a.presiding })), clerkName: h.clerk.name }, columns);
    w.caseEvent({ caseFileId: p.caseFileId, proceedingId: p.id, kind: 'hearing.transcriptStarted', summary: `${h.date} 开庭的庭审笔录（书记员${h.clerk.name}），草稿`, data: { recordId, hearingId: h.id } });
    w.audit({ action: 'hearingTranscriptCreate', entity: 'hearingTranscript', entityId: recordId, change: { hearingId: h.id, proceedingId: p.id } });
    w.changed('caseFile', p.caseFileId);
    return recordId;
  });
  return publicView(transcriptById(core.prepare, id)!);
}

export function saveTranscript(call: CallContext, input: z.output<typeof transcriptSaveInput>): TranscriptView {
  const { r, p } = stored(call, input.id, `修改${LABEL}`);
  if (r.status === 'final') throw new ServiceError('CONFLICT', FINAL_READ_ONLY);
  const h = findHearing(call.core.prepare, r.hearingId)!;
  const cols = checked(call, h.date, input);
  tx(writeContext(call), (w) => {
    if (!updateTranscriptDraft(w.prepare, r.id, input.rowVersion, cols, { by: w.actorStaffId!, at: w.now })) {
      if (transcriptById(w.prepare, r.id)?.status === 'final') throw new ServiceError('CONFLICT', FINAL_READ_ONLY);
      throw conflict(`该${LABEL}`);
    }
    w.audit({ action: 'hearingTranscriptSave', entity: 'hearingTranscript', entityId: r.id, change: { entries: cols.entries.length, attendees: cols.attendees.length, endedAt: cols.endedAt } });
    w.changed('caseFile', p.caseFileId);
  });
  return publicView(transcriptById(call.core.prepare, r.id)!);
}

export function finaliseTranscript(call: CallContext, input: z.output<typeof transcriptFinaliseInput>): TranscriptView {
  const { r, p } = stored(call, input.id, `${LABEL}定稿`);
  if (r.status === 'final') throw new ServiceError('CONFLICT', '该庭审笔录已经定稿');
  const h = findHearing(call.core.prepare, r.hearingId)!;
  const again = checked(call, h.date, r);
  const problems = finaliseTranscriptProblems(again);
  if (Object.keys(problems).length > 0) throw invalid(problems);
  finaliseSigned(call, HEARING_TRANSCRIPT, { ...r, label: LABEL }, p, input.rowVersion, {
    event: {
      kind: 'hearing.transcriptFinalised',
      summary: `庭审笔录定稿：${dateTimeOf(r.startedAt)}至${dateTimeOf(r.endedAt!).slice(11)}，到庭${r.attendees.map(attendeeTitle).join('、')}，记录${r.entries.length}条`,
      data: { recordId: r.id, hearingId: r.hearingId },
    },
    audit: { action: 'hearingTranscriptFinalise', entity: 'hearingTranscript', change: { entries: r.entries.length } },
  });
  return publicView(transcriptById(call.core.prepare, r.id)!);
}

export function correctTranscript(call: CallContext, input: z.output<typeof signedRecordCorrectInput>): TranscriptView {
  const { r, p } = stored(call, input.id, `更正${LABEL}`);
  correctSigned(call, HEARING_TRANSCRIPT, { ...r, label: LABEL }, p, input, (correctionId) => ({
    event: { kind: 'hearing.transcriptCorrected', summary: `更正庭审笔录：${input.reason}（${ART40}）`, data: { recordId: r.id, correctionId } },
    audit: { action: 'hearingTranscriptCorrect', entity: 'hearingTranscript', change: { correctionId, reason: input.reason } },
  }));
  return publicView(transcriptById(call.core.prepare, r.id)!);
}

export async function printTranscript(call: CallContext, input: z.output<typeof transcriptPrintInput>): Promise<DocumentRecord> {
  const { r } = stored(call, input.id, `打印${LABEL}`);
  if (r.status !== 'final') throw new ServiceError('CONFLICT', '庭审笔录定稿后才能打印交仲裁员、书记员和到庭人员签名；请先核对并定稿');
  const [record] = await generateDocuments(call, { request: { kind: 'hearingTranscript', recordId: r.id }, caseFileId: r.caseFileId });
  return record!;
}

export function listTranscripts(call: CallContext, caseFileId: string): CaseTranscripts {
  const core = call.core;
  const inst = requireInstallation(core);
  const proceedingId = arbitrationOfFile(core.prepare, caseFileId);
  if (!proceedingId) return { caseFileId, hearings: [] };
  const p = findProceeding(core.prepare, proceedingId);
  if (!p || p.unitId !== inst.unitId) throw notFound('该案卷');
  return {
    caseFileId,
    hearings: heldHearingsOf(core.prepare, proceedingId).map((h) => {
      const t = transcriptOfHearing(core.prepare, h.id);
      return { hearingId: h.id, date: h.date, start: h.start, roomName: h.roomName, transcript: t ? publicView(t) : null };
    }),
  };
}
