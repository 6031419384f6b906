// One case file: its header (flags, status, leader, unit), each proceeding with its parties, the intakes
// filed in it, its documents, and the timeline. Proceedings are linked in one file, never merged.
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Button, Chip, Paper, Stack, Typography } from '@mui/material';
import { Link as RouterLink, useParams } from 'react-router';
import type { CaseFileDetail } from '../../../../shared/contract/cases';
import { AppErrorException } from '../../../../shared/contract/result';
import { PARTY_ROLE, type PartyRole } from '../../../../shared/domain/vocabulary';
import { fmtDateTime } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { ProceedingWorkOf, TeamOf } from '../casework/CaseWork';
import { CaseHearings } from '../hearings/CaseHearings';
import { HearingTranscripts } from '../hearings/HearingTranscripts';
import { ArbitrationEvidence } from '../arbitration/ArbitrationEvidence';
import { ApplicationSection } from '../arbitration/ApplicationSection';
import { useCaseWork } from '../casework/queries';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { WorkersOwedPanel } from '../evidence/WorkersOwedPanel';
import { PaymentsPanel } from '../payments/PaymentsPanel';
import { AgreementPanel } from '../mediation/AgreementPanel';
import { ReferralPanel } from '../referrals/ReferralPanel';
import { CaseFollowup } from '../followup/CaseFollowup';
import { IncidentsSection, MeetingsSection, OpenIncidentButton, SupervisionSection } from '../incidents/CaseIncidents';
import type { FileParty } from '../incidents/MeetingDialog';
import { useCaseIncidents } from '../incidents/queries';
import { InvestigationPanel } from '../investigation/InvestigationPanel';
import { useFileServices } from '../services/queries';
import { usePermissions } from '../../app/session';
import { DetailFields, Section } from '../../components/DetailFields';
import { CaseIntakes } from './CaseIntakes';
import { CaseTimeline } from './CaseTimeline';
import { ProceedingCard } from './ProceedingCard';
import { CaseStatusChip } from './ProceedingChips';
import { useCaseFile } from './queries';

/** The file's parties (employer, 总包, 建设单位 …) once each, for a meeting's attendees. */
function fileParties(c: CaseFileDetail): FileParty[] {
  const out: FileParty[] = [];
  for (const p of c.proceedings.flatMap((x) => x.parties)) {
    if (p.partyId && (PARTY_ROLE.values as readonly string[]).includes(p.role) && !out.some((o) => o.partyId === p.partyId)) {
      out.push({ partyId: p.partyId, name: p.name, role: PARTY_ROLE.label(p.role as PartyRole) });
    }
  }
  return out;
}

const backToList = (
  <Button component={RouterLink} to="/cases" startIcon={<ArrowBackIcon />}>返回案卷列表</Button>
);

export function CaseDetailPage() {
  const { id = '' } = useParams();
  const file = useCaseFile(id);
  const work = useCaseWork(id);
  const incidents = useCaseIncidents(id);
  const services = useFileServices(id, usePermissions().has('document.read'));

  if (file.isError && file.error instanceof AppErrorException && file.error.error.code === 'NOT_FOUND') {
    return <EmptyState title="找不到这个案卷" hint="案卷可能不属于本机服务的单位，或链接有误。" action={backToList} />;
  }
  // Once the file has been read it stays on screen while a refetch runs or fails for any other reason (a server busy
  // or restarting): the page, its open dialogs and what was typed in them are not replaced by an error.
  if (file.data === undefined) {
    if (!file.isError) return <Loading />;
    return (
      <>
        <ErrorState error={file.error} onRetry={() => void file.refetch()} />
        {backToList}
      </>
    );
  }
  const c = file.data;

  return (
    <>
      <PageHeader
        title={c.title}
        actions={<><OpenIncidentButton query={incidents} caseFileId={c.id} urgent={c.urgent} />{backToList}</>}
      />
      <Paper sx={{ p: 2, mb: 2 }}>
        <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center', mb: 1.5 }} data-testid="case-flags">
          <CaseStatusChip status={c.status} />
          {c.collective && <Chip size="small" color="secondary" label="集体" />}
          {c.urgent && <Chip size="small" color="error" label="紧急" />}
        </Stack>
        <DetailFields
          fields={[
            { label: '包案领导', value: c.leader?.name ?? '未指定' },
            { label: '承办单位', value: c.unit.name },
            { label: '立卷时间', value: fmtDateTime(c.openedAt) },
            { label: '办结时间', value: c.closedAt === null ? '尚未办结' : fmtDateTime(c.closedAt) },
          ]}
        />
        {c.status === 'open' && c.closingBlockers.length > 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-testid="closing-blockers">
            各程序均已结束、每名劳动者的工资均已支付或落实后，案卷自动办结。尚待：{c.closingBlockers.join('；')}。
          </Typography>
        )}
      </Paper>

      <IncidentsSection query={incidents} />

      <Section title="办理程序">
        {c.proceedings.length === 0 ? (
          <Paper variant="outlined"><EmptyState title="本案卷尚无办理程序" /></Paper>
        ) : (
          <Stack spacing={1.5}>
            {c.proceedings.map((p) => (
              <ProceedingCard key={p.id} proceeding={p}>
                <ProceedingWorkOf work={work} proceedingId={p.id} kind={p.kind} />
              </ProceedingCard>
            ))}
          </Stack>
        )}
      </Section>

      {c.proceedings.filter((p) => p.kind === 'arbitration').map((p) => <ApplicationSection key={p.id} proceedingId={p.id} />)}

      {c.proceedings.some((p) => p.kind === 'arbitration') && <CaseHearings caseFileId={c.id} />}
      {c.proceedings.some((p) => p.kind === 'arbitration') && <HearingTranscripts caseFileId={c.id} />}
      {c.proceedings.some((p) => p.kind === 'arbitration') && <ArbitrationEvidence caseFileId={c.id} />}

      <TeamOf work={work} caseFileId={c.id} />

      <SupervisionSection query={incidents} caseFileId={c.id} />

      <MeetingsSection query={incidents} caseFileId={c.id} parties={fileParties(c)} />

      <Section title="接待登记">
        <CaseIntakes intakes={c.intakes} />
      </Section>

      <WorkersOwedPanel caseFileId={c.id} />

      <AgreementPanel caseFileId={c.id} />

      <PaymentsPanel caseFileId={c.id} />

      {c.proceedings.some((p) => p.kind === 'inspection') && <ReferralPanel caseFileId={c.id} />}

      <InvestigationPanel caseFileId={c.id} />

      <EvidencePanel caseFileId={c.id} />
      <CaseFollowup of={{ caseFileId: c.id }} />

      <DocumentsPanel of={{ caseFileId: c.id }} emptyHint="本案卷的文书在这里列出；接待登记的登记表在登记详情页制作。" />

      <Section title="办理记录">
        <CaseTimeline events={c.events} proceedings={c.proceedings} services={services.data} />
      </Section>
    </>
  );
}
