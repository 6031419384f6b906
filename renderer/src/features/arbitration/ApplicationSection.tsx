// 仲裁申请 on the arbitration file's page: the parties with their particulars, the claims per applicant, what is still
// missing (for the one-time 补正, 办案规则 Art. 29), the 1-year limitation as advice (调解仲裁法 Art. 27), and an earlier
// case on the same matter deemed withdrawn. Entered and corrected before 受理 / 不予受理.
import { Alert, Box, Button, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { applicantLine, CLAIM_CATEGORY, respondentLine } from '../../../../shared/domain/arbitration-application';
import { formatYuan } from '../../../../shared/domain/money';
import { usePermissions } from '../../app/session';
import { Section } from '../../components/DetailFields';
import { ProceedingPapers } from '../documents/ProceedingPapers';
import { AcceptanceNoticeDialog } from './AcceptanceNoticeDialog';
import { ApplicationDialog } from './ApplicationDialog';
import { GroupPanel } from './GroupPanel';
import { useApplication } from './queries';

export function ApplicationSection({ proceedingId }: { proceedingId: string }) {
  const q = useApplication(proceedingId);
  const acts = usePermissions().has('proceeding.act');
  const [editing, setEditing] = useState(false);
  const [accepting, setAccepting] = useState(false);
  const issues = usePermissions().has('document.issue');
  const [notice, setNotice] = useState<string | null>(null);
  if (!q.data) return null;
  const a = q.data;
  const stored = a.rowVersion !== null;
  const nameOf = (id: string) => a.applicants.find((x) => x.id === id)?.name ?? '';
  return (
    <Section title="仲裁申请" actions={
      <Box sx={{ display: 'flex', gap: 1 }}>
        {issues && stored && a.caseNumber !== null && <Button variant="outlined" size="small" onClick={() => setAccepting(true)}>制作受理通知书</Button>}
        {acts && (
          <Button variant="contained" size="small" disabled={a.editBlockedBy !== null} title={a.editBlockedBy ?? undefined} onClick={() => setEditing(true)}>
            {stored ? '修改仲裁申请' : '登记仲裁申请'}
          </Button>
        )}
      </Box>
    }>
      <Paper variant="outlined" sx={{ p: 2 }} data-testid="arbitration-application">
        {notice && <Alert severity="success" onClose={() => setNotice(null)} sx={{ mb: 1.5 }}>{notice}</Alert>}
        {a.deemedWithdrawnBar && <Alert severity="error" sx={{ mb: 1.5 }} data-testid="deemed-withdrawn-bar">{a.deemedWithdrawnBar}</Alert>}
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {stored ? `收到申请：${a.receivedOn}` : `收到申请：${a.receivedOn}；尚未登记仲裁申请的内容。`}
        </Typography>
        {a.applicants.map((p) => <Typography key={p.id} variant="body2">申请人：{applicantLine(p)}</Typography>)}
        {a.respondents.map((r) => <Typography key={r.id} variant="body2">被申请人：{respondentLine(r)}</Typography>)}
        {a.claims.length > 0 && (
          <Table size="small" aria-label="仲裁请求" sx={{ mt: 1 }}>
            <TableHead>
              <TableRow><TableCell>申请人</TableCell><TableCell>类别</TableCell><TableCell>请求事项</TableCell><TableCell align="right">请求金额（元）</TableCell><TableCell>依据</TableCell></TableRow>
            </TableHead>
            <TableBody>
              {a.claims.map((c) => (
                <TableRow key={c.id}>
                  <TableCell>{nameOf(c.applicantId)}</TableCell>
                  <TableCell>{CLAIM_CATEGORY[c.category]}</TableCell>
                  <TableCell>{c.request}</TableCell>
                  <TableCell align="right">{c.amountFen === null ? '非金钱请求' : formatYuan(c.amountFen)}</TableCell>
                  <TableCell>{c.basis ?? ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {stored && a.factsAndReasons && <Typography variant="body2" sx={{ mt: 1, whiteSpace: 'pre-wrap' }}>事实和理由：{a.factsAndReasons}</Typography>}
        {stored && a.evidence && <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>证据和证据来源：{a.evidence}</Typography>}
        {a.missing.length > 0 && (
          <Alert severity="warning" sx={{ mt: 1.5 }} data-testid="application-missing">
            申请材料尚缺（办案规则第二十九条，应一次性告知补正）：
            <Box component="ol" sx={{ m: 0, pl: 3 }}>{a.missing.map((m) => <li key={m}>{m}</li>)}</Box>
          </Alert>
        )}
        {a.limitation.length > 0 && (
          <Alert severity={a.limitation.some((l) => l.state === 'late') ? 'warning' : 'info'} sx={{ mt: 1.5 }} data-testid="limitation-advice">
            仲裁时效提示（仅供参考，不影响受理）：
            <Box component="ul" sx={{ m: 0, pl: 3 }}>{a.limitation.map((l) => <li key={l.text}>{l.text}</li>)}</Box>
          </Alert>
        )}
        {stored && <GroupPanel proceedingId={proceedingId} status={a.status} />}
        {stored && <Box sx={{ mt: 1 }}><ProceedingPapers caseFileId={a.caseFileId} work={{ proceedingId, papers: [{ kind: 'applicationReceipt', label: '收件回执', step: '登记仲裁申请' }] }} /></Box>}
        {acts && a.editBlockedBy && stored && <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>{a.editBlockedBy}</Typography>}
      </Paper>
      {accepting && (
        <AcceptanceNoticeDialog proceedingId={proceedingId} caseFileId={a.caseFileId} onClose={() => setAccepting(false)}
          onDone={(n) => { setAccepting(false); setNotice(`已制作受理通知书${n}份，已记入本案卷的文书，可在“文书”中打印`); }} />
      )}
      {editing && (
        <ApplicationDialog application={a} onClose={() => setEditing(false)}
          onDone={(saved) => {
            setEditing(false);
            setNotice(saved.missing.length > 0 ? `已保存；申请材料尚缺${saved.missing.length}项` : '已保存，申请材料齐全');
          }} />
      )}
    </Section>
  );
}
