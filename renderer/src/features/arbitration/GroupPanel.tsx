// A group application on the arbitration case: the 系列案 it became (its label and its cases with their 案号), or —
// before 受理 — the choice the law offers: one case per worker (系列案), or, for ten or more workers with a common
// claim, one collective case with 3–5 representatives (调解仲裁法 Art. 7; 办案规则 Arts. 62–63), and then the
// representatives and the consents recorded for their acts.
import { Alert, Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { usePermissions } from '../../app/session';
import { ConsentDialog, RepresentativesDialog, SeriesDialog } from './GroupDialogs';
import { useGroup } from './queries';

export function GroupPanel({ proceedingId, status }: { proceedingId: string; status: string }) {
  const q = useGroup(proceedingId);
  const acts = usePermissions().has('proceeding.act');
  const [open, setOpen] = useState<'series' | 'representatives' | 'consent' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const g = q.data;
  if (!g) return null;
  const group = g.applicants.length > 1 || g.series !== null;
  if (!group && g.representatives.length === 0) return null;
  const choosing = status === 'received' && g.series === null && g.representatives.length === 0;
  return (
    <Box sx={{ mt: 1.5 }} data-testid="arbitration-group">
      {notice && <Alert severity="success" onClose={() => setNotice(null)} sx={{ mb: 1 }}>{notice}</Alert>}
      {g.series && (
        <Box data-testid="arbitration-series">
          <Typography variant="subtitle2">{g.series.label}</Typography>
          <Table size="small" aria-label="系列案的案件">
            <TableHead><TableRow><TableCell>案号</TableCell><TableCell>申请人</TableCell><TableCell>状态</TableCell></TableRow></TableHead>
            <TableBody>
              {g.series.cases.map((c) => (
                <TableRow key={c.proceedingId} selected={c.proceedingId === proceedingId}>
                  <TableCell>{c.number ?? '—'}</TableCell><TableCell>{c.applicant}</TableCell><TableCell>{c.statusLabel}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {choosing && acts && (
        <Alert severity="info" data-testid="group-choice" action={
          <Box sx={{ display: 'flex', gap: 1 }}>
            <Button size="small" variant="outlined" disabled={g.seriesBlockedBy !== null} title={g.seriesBlockedBy ?? undefined} onClick={() => setOpen('series')}>系列案（每人一案）</Button>
            <Button size="small" variant="outlined" disabled={g.representativesBlockedBy !== null} title={g.representativesBlockedBy ?? undefined} onClick={() => setOpen('representatives')}>集体争议（推举代表人）</Button>
          </Box>
        }>
          {g.applicants.length}名劳动者共同申请：可作为系列案受理（每名劳动者一案，案号连续，合并开庭）；10人以上并有共同请求的，也可作为一件集体争议案件，由劳动者推举3至5名代表人（《劳动争议调解仲裁法》第七条）。
          {g.seriesBlockedBy && <Typography variant="body2" color="text.secondary">系列案：{g.seriesBlockedBy}</Typography>}
          {g.representativesBlockedBy && <Typography variant="body2" color="text.secondary">集体争议：{g.representativesBlockedBy}</Typography>}
        </Alert>
      )}
      {g.representatives.length > 0 && (
        <Box data-testid="arbitration-representatives">
          <Typography variant="body2">集体争议代表人：{g.representatives.map((r) => r.name).join('、')}（{g.representatives[0]!.fromOn} 推举）</Typography>
          {g.consents.map((c) => (
            <Typography key={c.id} variant="body2" color="text.secondary">
              {c.consentedOn} {c.workers.join('、')}以{c.methodLabel}方式同意{c.actLabel}{c.note ? `（${c.note}）` : ''}{c.used ? '，已办理' : ''}
            </Typography>
          ))}
          {acts && (
            <Box sx={{ display: 'flex', gap: 1, mt: 0.5 }}>
              <Button size="small" onClick={() => setOpen('consent')}>登记劳动者同意</Button>
              <Button size="small" disabled={g.representativesBlockedBy !== null} onClick={() => setOpen('representatives')}>变更代表人</Button>
            </Box>
          )}
        </Box>
      )}
      {open === 'series' && <SeriesDialog group={g} onClose={() => setOpen(null)} onDone={(label) => { setOpen(null); setNotice(`已作为系列案受理：${label}`); }} />}
      {open === 'representatives' && <RepresentativesDialog group={g} onClose={() => setOpen(null)} onDone={() => { setOpen(null); setNotice('已登记代表人'); }} />}
      {open === 'consent' && <ConsentDialog group={g} onClose={() => setOpen(null)} onDone={() => { setOpen(null); setNotice('已登记被代表劳动者的同意'); }} />}
    </Box>
  );
}
