// The 庭审笔录's paper from the finalised record: the committee, the case's number and 案由, the parties, and the
// record as it stands with its corrections (hearing-transcript.service.ts prints it only once finalised).
import { causeOf } from '../../../shared/domain/arbitration-application';
import { committeeName } from '../../../shared/domain/documents/arbitration-common';
import type { HearingTranscriptData } from '../../../shared/domain/documents/hearing-transcript';
import { dateTimeOf } from '../../../shared/domain/time';
import { LANGUAGE } from '../../../shared/domain/vocabulary';
import type { CallContext } from '../kernel/context';
import { notFound, ServiceError } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { findProceeding } from '../proceedings/proceedings.data';
import { getUnitSummary } from '../reference/units.service';
import { claimsOf } from '../arbitration/arbitration.data';
import { transcriptById } from './hearing-transcript.data';
import { partyNames } from './hearings.data';

export function hearingTranscriptData(call: CallContext, recordId: string): { data: HearingTranscriptData; caseFileId: string } {
  const core = call.core;
  const inst = requireInstallation(core);
  const r = transcriptById(core.prepare, recordId);
  if (!r || r.unitId !== inst.unitId) throw notFound('该庭审笔录');
  if (r.status !== 'final' || r.endedAt === null) throw new ServiceError('CONFLICT', '庭审笔录定稿后才能制作；请先核对并定稿');
  const p = findProceeding(core.prepare, r.proceedingId)!;
  const parties = partyNames(core.prepare, p.id);
  return {
    caseFileId: r.caseFileId,
    data: {
      organ: committeeName(getUnitSummary(core, inst.unitId).name),
      caseNumber: p.number,
      cause: causeOf(claimsOf(core.prepare, p.id).map((c) => c.category)),
      applicants: parties.applicants,
      respondents: parties.respondents,
      startedAt: dateTimeOf(r.startedAt),
      endedAt: dateTimeOf(r.endedAt),
      place: r.place,
      arbitrators: r.arbitrators,
      clerk: r.clerk,
      attendees: r.attendees,
      language: r.language === 'other' ? (r.languageOther ?? '其他语言') : LANGUAGE.label(r.language),
      interpreter: r.interpreterName,
      interpreterDutyTold: r.interpreterDutyTold,
      entries: r.entries,
      corrections: r.corrections.map((c) => ({ at: dateTimeOf(c.at), by: c.by.name, text: c.text, reason: c.reason })),
    },
  };
}
