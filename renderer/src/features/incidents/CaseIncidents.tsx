// The case page's incidents, supervision and meetings, all from one incidents.get answer: the 群体性事件 on top (in
// red while one is being handled), then 督办 with its report-by date and the handlers' reports, then the 包案领导's
// 约谈 and 调度会. Each section shows only when it has something or the person may add to it.
import ReportIcon from '@mui/icons-material/Campaign';
import { Box, Button, Chip, Paper, Stack, Typography } from '@mui/material';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { CaseIncidents, Supervision } from '../../../../shared/contract/incidents';
import { dateTimeOf } from '../../../../shared/domain/time';
import { MEETING_KIND, SUPERVISION_LEVEL } from '../../../../shared/domain/vocabulary';
import { DetailFields, Section } from '../../components/DetailFields';
import { ErrorState } from '../../components/States';
import { DueStateChip } from '../casework/DueChips';
import { IncidentCard } from './IncidentCard';
import { MeetingDialog, type FileParty } from './MeetingDialog';
import { OpenIncidentDialog } from './OpenIncidentDialog';
import { useNow } from './queries';
import { CloseSupervisionDialog, OpenSupervisionDialog, SupervisionReportDialog } from './SupervisionDialogs';

type Query = UseQueryResult<CaseIncidents>;

/** 登记群体性事件, in the page header: for the file's team, and for the desk on an urgent file. */
export function OpenIncidentButton({ query, caseFileId, urgent }: { query: Query; caseFileId: string; urgent: boolean }) {
  const [open, setOpen] = useState(false);
  if (!query.data?.mayOpenIncident) return null;
  return (
    <>
      <Button variant="outlined" color="error" startIcon={<ReportIcon />} onClick={() => setOpen(true)}>登记群体性事件</Button>
      {open && <OpenIncidentDialog caseFileId={caseFileId} urgent={urgent} onClose={() => setOpen(false)} />}
    </>
  );
}

export function IncidentsSection({ query }: { query: Query }) {
  const now = useNow(query.dataUpdatedAt);
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const d = query.data;
  if (!d || d.incidents.length === 0) return null;
  const live = d.incidents.filter((i) => i.status === 'open').length;
  return (
    <Section title={<Box component="span" sx={{ color: live > 0 ? 'error.main' : undefined }}>群体性事件{live > 0 ? `（${live}起处置中）` : ''}</Box>}>
      <Stack spacing={1.5} data-testid="incidents-section">
        {d.incidents.map((i) => <IncidentCard key={i.id} incident={i} mayAct={d.mayAct} now={now} />)}
      </Stack>
    </Section>
  );
}

function SupervisionItem({ s, mayAct }: { s: Supervision; mayAct: boolean }) {
  const [open, setOpen] = useState<'report' | 'close' | null>(null);
  const live = s.status === 'open';
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="supervision">
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
        <Chip size="small" color={live ? 'warning' : 'default'} label={SUPERVISION_LEVEL.label(s.level)} />
        <Typography variant="body2" sx={{ fontWeight: 600 }}>报告期限 {s.reportBy}</Typography>
        {live ? <DueStateChip state={s.dueState} overdueDays={s.overdueDays} /> : <Chip size="small" label={`已办结 ${s.closedOn}`} />}
        <Box sx={{ flex: 1 }} />
        {live && mayAct && <Button size="small" variant="outlined" onClick={() => setOpen('report')}>报告办理情况</Button>}
        {s.mayClose && <Button size="small" variant="outlined" onClick={() => setOpen('close')}>办结督办</Button>}
      </Stack>
      <DetailFields
        fields={[
          { label: '督办人', value: `${s.openedBy.name} ${dateTimeOf(s.openedAt)}` },
          { label: '督办单位和文号', value: s.issuer },
          { label: '督办要求', value: s.demands, wide: true },
          ...s.reports.map((r, n) => ({ label: `办理情况报告${s.reports.length > 1 ? `（${n + 1}）` : ''}：${r.date} ${r.reportedBy.name}`, value: r.content, wide: true })),
          ...(live ? [] : [{ label: `办结意见（${s.closedBy?.name ?? ''}）`, value: s.conclusion, wide: true }]),
        ]}
      />
      {open === 'report' && <SupervisionReportDialog supervision={s} onClose={() => setOpen(null)} />}
      {open === 'close' && <CloseSupervisionDialog supervision={s} onClose={() => setOpen(null)} />}
    </Paper>
  );
}

export function SupervisionSection({ query, caseFileId }: { query: Query; caseFileId: string }) {
  const [opening, setOpening] = useState(false);
  const d = query.data;
  if (!d || (d.supervisions.length === 0 && !d.maySupervise)) return null;
  return (
    <Section title="督办" actions={d.maySupervise && <Button size="small" onClick={() => setOpening(true)}>列入督办</Button>}>
      <Stack spacing={1.5} data-testid="supervision-section">
        {d.supervisions.length === 0 ? (
          <Paper variant="outlined"><Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>本案卷未列入督办。</Typography></Paper>
        ) : (
          d.supervisions.map((s) => <SupervisionItem key={s.id} s={s} mayAct={d.mayAct} />)
        )}
      </Stack>
      {opening && <OpenSupervisionDialog caseFileId={caseFileId} onClose={() => setOpening(false)} />}
    </Section>
  );
}

export function MeetingsSection({ query, caseFileId, parties }: { query: Query; caseFileId: string; parties: FileParty[] }) {
  const [recording, setRecording] = useState(false);
  const d = query.data;
  if (!d || (d.meetings.length === 0 && !d.mayAct)) return null;
  return (
    <Section title="约谈和调度会" actions={d.mayAct && <Button size="small" onClick={() => setRecording(true)}>记录约谈或调度会</Button>}>
      <Paper variant="outlined" data-testid="meetings-section">
        {d.meetings.length === 0 && <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>尚无约谈或调度会记录。</Typography>}
        {d.meetings.map((m, n) => (
          <Box key={m.id} sx={{ p: 2, borderTop: n > 0 ? 1 : 0, borderColor: 'divider' }} data-testid="meeting">
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
              <Chip size="small" color="primary" variant="outlined" label={MEETING_KIND.label(m.kind)} />
              <Typography variant="body2" sx={{ fontWeight: 600 }}>{m.date}{m.place ? ` · ${m.place}` : ''}</Typography>
              <Typography variant="body2" color="text.secondary">记录人 {m.recordedBy.name}</Typography>
            </Stack>
            <DetailFields
              fields={[
                { label: '参加人员', value: m.attendees.map((a) => a.label).join('、'), wide: true },
                ...(m.attendees.some((a) => a.commitment) ? [{ label: '承诺事项', value: m.attendees.filter((a) => a.commitment).map((a) => `${a.label}：${a.commitment}`).join('；'), wide: true }] : []),
                ...(m.purpose ? [{ label: '事由', value: m.purpose, wide: true }] : []),
                { label: '结果', value: m.outcome, wide: true },
              ]}
            />
          </Box>
        ))}
      </Paper>
      {recording && <MeetingDialog caseFileId={caseFileId} parties={parties} onClose={() => setRecording(false)} />}
    </Section>
  );
}
