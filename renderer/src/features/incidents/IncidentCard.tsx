// One 群体性事件 on the case page: what, where, how many, its report clocks counting down, each report (首报 / 续报),
// who was sent to the scene, and how it ended; those on the file record reports, send people and close it.
import { Box, Button, Chip, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import type { Incident } from '../../../../shared/contract/incidents';
import { dateTimeOf } from '../../../../shared/domain/time';
import { INCIDENT_ACT, INCIDENT_OUTCOME, INCIDENT_PLACE, INCIDENT_RECIPIENT, REPORT_METHOD } from '../../../../shared/domain/vocabulary';
import { DetailFields } from '../../components/DetailFields';
import { CloseIncidentDialog } from './CloseIncidentDialog';
import { DispatchDialog } from './DispatchDialog';
import { ReportClocks } from './ReportClocks';
import { ReportDialog } from './ReportDialog';

type Open = 'report' | 'dispatch' | 'close' | null;

export const placeText = (i: Pick<Incident, 'placeKind' | 'place'>) => (i.place ? `${INCIDENT_PLACE.label(i.placeKind)}（${i.place}）` : INCIDENT_PLACE.label(i.placeKind));

function Reports({ incident }: { incident: Incident }) {
  if (incident.reports.length === 0) return <Typography variant="body2" color="text.secondary">尚未记录报告。</Typography>;
  return (
    <Table size="small" aria-label="报告记录">
      <TableHead>
        <TableRow>
          <TableCell>时间</TableCell>
          <TableCell>报告对象</TableCell>
          <TableCell>方式</TableCell>
          <TableCell>报告人</TableCell>
          <TableCell>内容摘要</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {incident.reports.map((r) => (
          <TableRow key={r.id} data-testid="incident-report">
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateTimeOf(r.reportedAt)}</TableCell>
            <TableCell>{INCIDENT_RECIPIENT.label(r.recipient)}（{r.addressee}）{r.followUp ? ' · 续报' : ' · 首报'}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{REPORT_METHOD.label(r.method)}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.reportedBy.name}</TableCell>
            <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{r.summary}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function IncidentCard({ incident: i, mayAct, now }: { incident: Incident; mayAct: boolean; now: number }) {
  const [open, setOpen] = useState<Open>(null);
  const live = i.status === 'open';
  const sent = i.dispatches.map((d) => (d.organisation ? `${d.name}（${d.organisation}）` : d.name));
  return (
    <Paper variant="outlined" data-testid="incident-card" sx={{ p: 2, borderColor: live ? 'error.main' : undefined, borderLeftWidth: live ? 4 : 1 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1.5, flexWrap: 'wrap' }} useFlexGap>
        <Chip size="small" color={live ? 'error' : 'default'} label={live ? '处置中' : '已处置完毕'} />
        <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 600 }}>
          {dateTimeOf(i.startedAt)} 起 · {placeText(i)} · 约{i.peopleCount}人
        </Typography>
        {i.acts.map((a) => <Chip key={a} size="small" variant="outlined" color={a === 'extremeAct' ? 'error' : 'default'} label={INCIDENT_ACT.label(a)} />)}
        <Box sx={{ flex: 1 }} />
        {mayAct && live && (
          <>
            <Button size="small" variant="contained" onClick={() => setOpen('report')}>记录报告</Button>
            <Button size="small" variant="outlined" onClick={() => setOpen('dispatch')}>派员</Button>
            <Button size="small" variant="outlined" onClick={() => setOpen('close')}>处置完毕</Button>
          </>
        )}
        {mayAct && !live && <Button size="small" onClick={() => setOpen('report')}>补记报告</Button>}
      </Stack>
      <Stack spacing={1.5}>
        <ReportClocks clocks={i.clocks} now={now} />
        <DetailFields
          fields={[
            { label: '接报时间', value: dateTimeOf(i.learnedAt) },
            { label: '带头人', value: i.leaders },
            { label: '登记人', value: `${i.openedBy.name} ${dateTimeOf(i.openedAt)}` },
            { label: '派往现场', value: sent.length > 0 ? sent.join('、') : '尚未派员' },
            { label: '事件经过', value: i.description, wide: true },
            ...(live ? [] : [{ label: '处置结果', value: `${INCIDENT_OUTCOME.label(i.outcome!)}（${dateTimeOf(i.endedAt!)} 平息）${i.outcomeNote ? `：${i.outcomeNote}` : ''}`, wide: true }]),
          ]}
        />
        <Reports incident={i} />
        {!mayAct && live && <Typography variant="body2" color="text.secondary">报告、派员和处置情况由包案领导或办案组成员记录。</Typography>}
      </Stack>
      {open === 'report' && <ReportDialog incident={i} onClose={() => setOpen(null)} />}
      {open === 'dispatch' && <DispatchDialog incident={i} onClose={() => setOpen(null)} />}
      {open === 'close' && <CloseIncidentDialog incident={i} onClose={() => setOpen(null)} />}
    </Paper>
  );
}
