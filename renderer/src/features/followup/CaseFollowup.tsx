// The case page's (or a file-less intake's) 告知与回访 (首问负责): for each intake on the file, what the complainants were told, by whom and when,
// the feedback due date as read today, and each call-back with its result; a button to log one. And the files linked
// to this one at the desk (a repeat), each a link.
import PhoneCallbackIcon from '@mui/icons-material/PhoneCallback';
import { Box, Button, Chip, Link, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { FollowupEntry } from '../../../../shared/contract/followup';
import { CALLBACK_METHOD, SATISFACTION } from '../../../../shared/domain/followup';
import { dateTimeOf } from '../../../../shared/domain/time';
import { CASE_STATUS } from '../../../../shared/domain/vocabulary';
import { Section } from '../../components/DetailFields';
import { ErrorState } from '../../components/States';
import { CallbackDialog } from './CallbackDialog';
import { FeedbackChip } from './FeedbackChip';
import { useFollowup } from './queries';

function Entry({ e, mayLog, onLog }: { e: FollowupEntry; mayLog: boolean; onLog: () => void }) {
  const who = e.hiddenReporters > 0 ? `举报人（保密）${e.hiddenReporters}人` : e.complainants.map((c) => c.name).join('、');
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="followup-entry">
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography variant="subtitle2" sx={{ flex: 1, minWidth: 0 }}>{`接待登记 ${e.regNoText} · ${who}`}</Typography>
        <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>答复期限 {e.feedbackDue}</Typography>
        <FeedbackChip state={e.state} overdueDays={e.overdueDays} />
        {mayLog && <Button size="small" startIcon={<PhoneCallbackIcon />} onClick={onLog}>登记回访</Button>}
      </Stack>
      <Typography variant="body2">
        <Box component="span" sx={{ color: 'text.secondary' }}>告知：</Box>
        {e.notice ?? <Box component="span" sx={{ color: 'text.secondary' }}>登记时未记录告知内容</Box>}
        <Box component="span" sx={{ color: 'text.secondary' }}>{` — ${e.toldBy.name} ${dateTimeOf(e.toldAt)}`}</Box>
      </Typography>
      {e.callbacks.length > 0 && (
        <Stack component="ol" spacing={0.5} sx={{ m: 0, mt: 1, pl: 2.5 }}>
          {e.callbacks.map((c) => (
            <Typography component="li" variant="body2" key={c.id} data-testid="callback">
              {`${dateTimeOf(c.at)} ${c.by.name}${CALLBACK_METHOD[c.method]}回访${c.person ? c.person.name : ''}：`}
              {c.reached ? <Chip size="small" color="success" variant="outlined" label={`已联系上${c.satisfaction ? `，${SATISFACTION[c.satisfaction]}` : ''}`} sx={{ mx: 0.5 }} /> : <Chip size="small" variant="outlined" label="未联系上" sx={{ mx: 0.5 }} />}
              {c.content}
            </Typography>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

export function CaseFollowup({ of }: { of: { caseFileId: string } | { intakeId: string } }) {
  const q = useFollowup(of);
  const [logging, setLogging] = useState<FollowupEntry | null>(null);
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const d = q.data;
  if (!d || (d.entries.length === 0 && d.links.length === 0)) return null;
  return (
    <>
      {d.entries.length > 0 && (
        <Section title="告知与回访（首问负责）">
          <Stack spacing={1.5} data-testid="case-followup">
            {d.entries.map((e) => <Entry key={e.intakeId} e={e} mayLog={d.mayLog} onLog={() => setLogging(e)} />)}
          </Stack>
        </Section>
      )}
      {d.links.length > 0 && (
        <Section title="关联案卷">
          <Paper variant="outlined" sx={{ p: 2 }} data-testid="case-links">
            <Stack spacing={0.75}>
              {d.links.map((l) => (
                <Typography variant="body2" key={l.caseFileId}>
                  <Link component={RouterLink} to={`/cases/${l.caseFileId}`}>{l.title}</Link>
                  {`（${CASE_STATUS.label(l.status)}）— ${l.reason}，${l.createdBy.name} ${dateTimeOf(l.createdAt)}`}
                </Typography>
              ))}
            </Stack>
          </Paper>
        </Section>
      )}
      {logging && <CallbackDialog entry={logging} onClose={() => setLogging(null)} />}
    </>
  );
}
