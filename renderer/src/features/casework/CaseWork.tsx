// The case page's work panel, in two places: inside each proceeding's card (its steps, approval and clocks) and as
// the file's team. Both read one casework.get answer.
import { Typography } from '@mui/material';
import type { UseQueryResult } from '@tanstack/react-query';
import type { CaseWork } from '../../../../shared/contract/casework';
import type { ProceedingKind } from '../../../../shared/domain/vocabulary';
import { Section } from '../../components/DetailFields';
import { ErrorState, Loading } from '../../components/States';
import { ProceedingWork } from './ProceedingWork';
import { TeamPanel } from './TeamPanel';

type Work = UseQueryResult<CaseWork>;

export function ProceedingWorkOf({ work, proceedingId, kind }: { work: Work; proceedingId: string; kind: ProceedingKind }) {
  // Once answered, the panel stays while a refetch runs or fails (a step dialog open in it keeps what was typed).
  if (work.data === undefined) {
    if (work.isError) return <Typography variant="body2" color="error" sx={{ mt: 1.5 }}>办理步骤和期限未能载入（见下方办案组处的说明）</Typography>;
    return <Loading label="正在载入办理步骤和期限…" />;
  }
  const p = work.data.proceedings.find((x) => x.proceedingId === proceedingId);
  if (!p) return null;
  return <ProceedingWork kind={kind} work={p} team={work.data.team} caseFileId={work.data.caseFileId} />;
}

export function TeamOf({ work, caseFileId }: { work: Work; caseFileId: string }) {
  // As above: a failed refetch leaves the team (and an open 添加成员 dialog) on screen; the next change asks again.
  if (work.data === undefined) {
    if (!work.isError) return null;
    return (
      <Section title="办案组">
        <ErrorState error={work.error} onRetry={() => void work.refetch()} />
      </Section>
    );
  }
  const kinds = new Set(work.data.proceedings.map((p) => p.kind));
  return (
    <TeamPanel caseFileId={caseFileId} team={work.data.team} mayManage={work.data.mayManageTeam} mayConfirmLeader={work.data.mayConfirmLeader}
      inspection={kinds.has('inspection')} arbitration={kinds.has('arbitration')} />
  );
}
