// The arbitration file's tribunal and hearings on its page: who sits, each hearing with its status and history (a
// postponed one stays, with who asked and why, and its 延期开庭通知书 per party), and the acts — book, postpone, record held.
// On a 系列案's file every case's hearings show with their 案号; a sitting of several cases makes its 开庭通知书 in one batch.
import { Alert, Box, Button, Chip, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import type { HearingRecord } from '../../../../shared/contract/hearings';
import { dateKeyOf } from '../../../../shared/domain/time';
import { usePermissions } from '../../app/session';
import { Section } from '../../components/DetailFields';
import { HEARING_STATUS, sittingLine, tribunalLine } from './format';
import { HeldDialog } from './HeldDialog';
import { PostponementPapers } from './PostponementPapers';
import { useCaseHearings } from './queries';
import { ScheduleDialog } from './ScheduleDialog';
import { BatchServiceDialog } from '../services/BatchServiceDialog';
import { PostponementNoticesDialog, WeekNoticesDialog } from './WeekNoticesDialog';

const ASKED = { applicant: '申请人申请', respondent: '被申请人申请', tribunal: '仲裁庭决定' } as const;

export function CaseHearings({ caseFileId }: { caseFileId: string }) {
  const q = useCaseHearings(caseFileId);
  const permissions = usePermissions();
  const acts = permissions.has('proceeding.act');
  const issues = permissions.has('document.issue');
  const [dialog, setDialog] = useState<{ kind: 'schedule' | 'serve' } | { kind: 'postpone' | 'held' | 'notices' | 'postponementNotices'; hearing: HearingRecord } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (!q.data || q.data.proceedingId === null) return null;
  const c = q.data;
  const tribunal = c.tribunal ? tribunalLine({ arbitrators: c.tribunal.arbitrators, clerk: c.tribunal.clerk }) : null;
  const today = dateKeyOf(Date.now());
  const series = c.seriesCases.length > 0;
  // A hearing's own case decides its acts: on a 系列案's file each row is its case's (not the first case's) state.
  const blockedOf = (h: HearingRecord) => {
    const own = series ? c.seriesCases.find((x) => x.proceedingId === h.proceedingId) : undefined;
    return own ? own.actBlockedBy : c.scheduleBlockedBy;
  };
  return (
    <Section title="仲裁庭和开庭" actions={acts && (
      <Button variant="contained" size="small" disabled={c.scheduleBlockedBy !== null} onClick={() => setDialog({ kind: 'schedule' })}>安排开庭</Button>
    )}>
      <Paper variant="outlined" sx={{ p: 2 }} data-testid="case-hearings">
        {notice && <Alert severity="success" onClose={() => setNotice(null)} sx={{ mb: 1.5 }}>{notice}</Alert>}
        <Typography variant="body2" sx={{ mb: 1 }}>
          {tribunal ? `仲裁庭（${c.tribunal!.composedOn} 组成）：${tribunal}` : '尚未组成仲裁庭：受理后在“办理程序”中办理“组成仲裁庭”。'}
        </Typography>
        {acts && c.scheduleBlockedBy && c.tribunal && <Typography variant="body2" color="text.secondary">暂不能安排开庭：{c.scheduleBlockedBy}</Typography>}
        {c.hearings.length > 0 && (
          <Table size="small" aria-label="开庭安排">
            <TableHead>
              <TableRow>{series && <TableCell>案号</TableCell>}<TableCell>开庭时间</TableCell><TableCell>庭室</TableCell><TableCell>状态</TableCell><TableCell>情况</TableCell><TableCell /></TableRow>
            </TableHead>
            <TableBody>
              {c.hearings.map((h) => (
                <TableRow key={h.id} data-testid="case-hearing-row">
                  {series && <TableCell sx={{ whiteSpace: 'nowrap' }}>{h.caseNumber ?? '（尚无案号）'}<Typography variant="caption" component="div" color="text.secondary">{h.applicants.join('、')}</Typography></TableCell>}
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{h.date} {h.start}—{h.end}</TableCell>
                  <TableCell>{h.roomName}</TableCell>
                  <TableCell><Chip size="small" label={HEARING_STATUS[h.status]} color={h.status === 'scheduled' ? 'primary' : 'default'} /></TableCell>
                  <TableCell>
                    {sittingLine(h) && <Typography variant="body2" color="primary">{sittingLine(h)}</Typography>}
                    {h.status === 'postponed' && <Typography variant="body2">{ASKED[h.postponedBy!]}{h.postponeRequestedOn ? `（${h.postponeRequestedOn}）` : ''}：{h.postponeReason}</Typography>}
                    {/* A sitting postponed: its cases' papers in one batch, offered on its first postponed row. */}
                    {issues && h.status === 'postponed' && h.sittingId && c.hearings.find((x) => x.sittingId === h.sittingId && x.status === 'postponed')?.id === h.id && (
                      <Button size="small" sx={{ mt: 0.5 }} onClick={() => setDialog({ kind: 'postponementNotices', hearing: h })}>本庭次延期开庭通知书</Button>
                    )}
                    {h.status === 'postponed' && c.hearings.some((x) => x.replacesId === h.id && x.status !== 'postponed') && <PostponementPapers caseFileId={caseFileId} proceedingId={h.proceedingId} hearingId={h.id} />}
                    {h.shortNoticeAgreement && <Typography variant="body2">当事人同意缩短通知期限：{h.shortNoticeAgreement}</Typography>}
                    {h.status === 'held' && <Typography variant="body2">申请人{h.applicantAppeared ? '到庭' : '未到庭'}，被申请人{h.respondentAppeared ? '到庭' : '未到庭'}{h.heldNote ? `；${h.heldNote}` : ''}</Typography>}
                    {h.noticeShort && (
                      <Alert severity="error" sx={{ mt: 0.5, py: 0 }} data-testid="notice-short"
                        action={acts && blockedOf(h) === null && <Button color="inherit" size="small" onClick={() => setDialog({ kind: 'postpone', hearing: h })}>延期开庭</Button>}>
                        {h.noticeShort}
                      </Alert>
                    )}
                    {h.nextStep && <Alert severity="warning" sx={{ mt: 0.5, py: 0 }}>{h.nextStep}</Alert>}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {acts && h.status === 'scheduled' && blockedOf(h) === null && (
                      <Box sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end' }}>
                        {sittingLine(h) && h.sittingCases.find((x) => x.status === 'scheduled')?.hearingId === h.id && <Button size="small" onClick={() => setDialog({ kind: 'notices', hearing: h })}>本庭次开庭通知书</Button>}
                        <Button size="small" onClick={() => setDialog({ kind: 'postpone', hearing: h })}>延期</Button>
                        <Button size="small" disabled={h.date > today} title={h.date > today ? '开庭之后才能登记' : undefined} onClick={() => setDialog({ kind: 'held', hearing: h })}>登记开庭情况</Button>
                      </Box>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Paper>
      {dialog?.kind === 'postponementNotices' && <PostponementNoticesDialog hearingId={dialog.hearing.id} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'notices' && <WeekNoticesDialog from={dialog.hearing.date} to={dialog.hearing.date} sittingId={dialog.hearing.sittingId} onClose={() => setDialog(null)} onServe={() => setDialog({ kind: 'serve' })} />}
      {/* The sitting's notices, once made, served in one act (the employer signs for every case's at the counter). */}
      {dialog?.kind === 'serve' && <BatchServiceDialog caseFileId={caseFileId} preset={{ kind: 'hearingNotice' }} onClose={() => setDialog(null)} />}
      {dialog && (dialog.kind === 'schedule' || dialog.kind === 'postpone') && tribunal && (
        <ScheduleDialog proceedingId={c.proceedingId!} tribunal={tribunal} moving={dialog.kind === 'postpone' ? dialog.hearing : null} seriesCases={c.seriesCases} onClose={() => setDialog(null)}
          onDone={(h) => {
            setDialog(null);
            const n = h.sittingCases.filter((x) => x.status === 'scheduled').length;
            setNotice(`已安排于 ${h.date} ${h.start}—${h.end} 在${h.roomName}开庭${n > 1 ? `（本系列${n}件案件合并开庭）` : ''}`);
          }} />
      )}
      {dialog?.kind === 'held' && (
        <HeldDialog hearing={dialog.hearing} onClose={() => setDialog(null)} onDone={() => { setDialog(null); setNotice('已登记开庭情况'); }} />
      )}
    </Section>
  );
}
