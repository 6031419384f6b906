// 调取证据通知书 on the 调查取证 panel: each notice with its addressee, what it asks for, its day (overdue when past it
// unanswered) and number; those on the file issue one (then print and serve it from the documents) and record its
// return line by line — a line received takes its scan, which goes into the evidence list.
import { Alert, Button, Checkbox, Chip, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { EvidenceRequestRecord } from '../../../../shared/contract/evidence-request';
import type { FileInvestigation } from '../../../../shared/contract/investigation';
import { dateKeyOf } from '../../../../shared/domain/time';
import { onFormSubmit } from '../../platform/mutations';
import { ErrorState, Loading } from '../../components/States';
import { useFileEvidenceRequests, useIssueEvidenceRequest, useRecordEvidenceReturn } from './queries';

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('读取文件失败，请重新选择'));
    reader.readAsDataURL(file);
  });
}

function IssueDialog({ investigation, proceedingId, onClose, onIssued }: { investigation: FileInvestigation; proceedingId: string; onClose: () => void; onIssued: (t: string) => void }) {
  const units = investigation.parties.filter((p) => p.proceedingId === proceedingId);
  const [addresseeId, setAddresseeId] = useState(units.find((p) => !p.person)?.id ?? '');
  const [name, setName] = useState('');
  const [items, setItems] = useState('');
  const [due, setDue] = useState('');
  const [place, setPlace] = useState('');
  const issuing = useIssueEvidenceRequest({ fields: ['addresseeId', 'addresseeName', 'items', 'dueDate', 'place'] });
  const { fieldErrors: errors, clearField: clear } = issuing;
  const send = onFormSubmit(async () => {
    const party = units.find((p) => p.id === addresseeId);
    const r = await issuing.run({ proceedingId, addresseeId: addresseeId || null, addresseeName: party?.name ?? name, items: items.split('\n'), dueDate: due, place, contactPhone: null });
    if (r.ok) onIssued(r.value.title);
  });
  return (
    <Dialog open onClose={issuing.busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="evidence-request-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="evidence-request-title">制作调取证据通知书</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField select size="small" label="被调取单位（人）" value={addresseeId} onChange={(e) => { setAddresseeId(e.target.value); clear('addresseeId'); }} error={!!errors.addresseeId} helperText={errors.addresseeId}>
              {units.map((p) => <MenuItem key={p.id} value={p.id}>{p.name}（{p.role}）</MenuItem>)}
              <MenuItem value="">其他单位（不是本案当事人）</MenuItem>
            </TextField>
            {addresseeId === '' && <TextField size="small" label="单位名称" required value={name} onChange={(e) => { setName(e.target.value); clear('addresseeName'); }} error={!!errors.addresseeName} helperText={errors.addresseeName} />}
            <TextField label="调取的证据材料（每行一项）" required multiline minRows={3} value={items} onChange={(e) => { setItems(e.target.value); clear('items'); }} error={!!errors.items} helperText={errors.items ?? '例如：2026年3月至11月的工资支付台账'} />
            <Stack direction="row" spacing={2}>
              <TextField size="small" type="date" label="提供期限" required value={due} onChange={(e) => { setDue(e.target.value); clear('dueDate'); }} error={!!errors.dueDate} helperText={errors.dueDate} slotProps={{ inputLabel: { shrink: true } }} />
              <TextField size="small" label="提供地点" required value={place} onChange={(e) => { setPlace(e.target.value); clear('place'); }} error={!!errors.place} helperText={errors.place} sx={{ flex: 1 }} />
            </Stack>
            {issuing.formError && <Alert severity="error">{issuing.formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={issuing.busy}>取消</Button>
          <Button type="submit" variant="contained" disabled={issuing.busy}>{issuing.busy ? '正在制作…' : '制作通知书'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

type Line = { received: boolean; file: { fileName: string; contentBase64: string } | null };

function ReturnDialog({ request, onClose }: { request: EvidenceRequestRecord; onClose: () => void }) {
  const [on, setOn] = useState(dateKeyOf(Date.now()));
  const [lines, setLines] = useState<Line[]>(request.items.map(() => ({ received: false, file: null })));
  const [note, setNote] = useState('');
  const recording = useRecordEvidenceReturn({ fields: ['returnedOn', 'lines', ...request.items.map((_, i) => `lines.${i}`)] });
  const { fieldErrors: errors } = recording;
  const set = (i: number, l: Line) => setLines(lines.map((x, n) => (n === i ? l : x)));
  const send = onFormSubmit(async () => {
    const r = await recording.run({
      id: request.id,
      returnedOn: on,
      lines: lines.map((l) => ({ received: l.received, file: l.received && l.file ? { ...l.file, form: 'checkedCopy' as const, pages: null } : null })),
      note: note || null,
    });
    if (r.ok) onClose();
  });
  return (
    <Dialog open onClose={recording.busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="evidence-return-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="evidence-return-title">登记调取证据的回复</DialogTitle>
        <DialogContent>
          <Stack spacing={1.5} sx={{ pt: 1 }}>
            <TextField size="small" type="date" label="收到日期" value={on} onChange={(e) => setOn(e.target.value)} error={!!errors.returnedOn} helperText={errors.returnedOn} slotProps={{ inputLabel: { shrink: true } }} sx={{ width: 200 }} />
            {request.items.map((item, i) => (
              <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                <FormControlLabel label={`${i + 1}. ${item}`} control={<Checkbox checked={lines[i]!.received} onChange={(e) => set(i, { ...lines[i]!, received: e.target.checked })} />} sx={{ flex: 1 }} />
                {lines[i]!.received && (
                  <Button component="label" size="small" variant="outlined">
                    {lines[i]!.file ? lines[i]!.file!.fileName : '上传扫描件'}
                    <input hidden type="file" accept="application/pdf,image/jpeg,image/png" aria-label={`第${i + 1}项扫描件`}
                      onChange={(e) => { const f = e.target.files?.[0]; if (f) void readBase64(f).then((c) => set(i, { received: true, file: { fileName: f.name, contentBase64: c } })); }} />
                  </Button>
                )}
                {errors[`lines.${i}`] && <Typography variant="caption" color="error" sx={{ width: '100%' }}>{errors[`lines.${i}`]}</Typography>}
              </Stack>
            ))}
            <Typography variant="caption" color="text.secondary">勾选已收到的项目并上传扫描件，收到的材料将编入证据材料；未勾选的记为未提供。</Typography>
            <TextField size="small" label="说明（选填）" value={note} onChange={(e) => setNote(e.target.value)} placeholder="例如：考勤记录称已遗失" />
            {recording.formError && <Alert severity="error">{recording.formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={recording.busy}>取消</Button>
          <Button type="submit" variant="contained" disabled={recording.busy}>{recording.busy ? '正在保存…' : '登记回复'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

function returnText(r: EvidenceRequestRecord): string {
  if (!r.returned) return r.overdue ? '' : '尚未回复';
  const got = r.returned.lines.map((l, i) => (l.received ? `第${i + 1}项（证据第${l.evidenceSeq ?? '?'}号）` : null)).filter(Boolean);
  const missing = r.returned.lines.filter((l) => !l.received).length;
  return `${r.returned.on} ${got.length > 0 ? `收到${got.join('、')}` : '均未提供'}${missing > 0 && got.length > 0 ? `；未提供${missing}项` : ''}${r.returned.note ? `（${r.returned.note}）` : ''}`;
}

/** The file's 调取证据通知书, under the interviews on the 调查取证 panel. */
export function EvidenceRequests({ investigation, onMessage }: { investigation: FileInvestigation; onMessage: (m: string) => void }) {
  const q = useFileEvidenceRequests(investigation.caseFileId);
  const [issuing, setIssuing] = useState(false);
  const [returning, setReturning] = useState<EvidenceRequestRecord | null>(null);
  const filed = investigation.proceedings.find((p) => p.filed);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const data = q.data;
  return (
    <Stack spacing={1.5} sx={{ mt: 2 }} data-testid="evidence-requests">
      <Stack direction="row" sx={{ alignItems: 'center' }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, flex: 1 }}>调取证据</Typography>
        {data.mayAct && filed && <Button variant="outlined" size="small" onClick={() => setIssuing(true)}>制作调取证据通知书</Button>}
      </Stack>
      {data.requests.length === 0 ? (
        <Typography variant="body2" color="text.secondary">尚无调取证据通知书。</Typography>
      ) : (
        <Paper variant="outlined">
          <Table size="small" aria-label="调取证据通知书">
            <TableHead><TableRow><TableCell>被调取单位</TableCell><TableCell>调取的材料</TableCell><TableCell>期限</TableCell><TableCell>文号</TableCell><TableCell>回复</TableCell></TableRow></TableHead>
            <TableBody>
              {data.requests.map((r) => (
                <TableRow key={r.id} data-testid="evidence-request">
                  <TableCell>{r.addresseeName}</TableCell>
                  <TableCell>{r.items.map((x, i) => `${i + 1}. ${x}`).join('；')}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.dueDate}</TableCell>
                  <TableCell>{r.documentNumber ?? '（暂无有效文书）'}</TableCell>
                  <TableCell>
                    {r.overdue && <Chip size="small" color="error" label="逾期未提供" sx={{ mr: 1 }} />}
                    {returnText(r)}
                    {data.mayAct && !r.returned && <Button size="small" onClick={() => setReturning(r)}>登记回复</Button>}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      {issuing && filed && <IssueDialog investigation={investigation} proceedingId={filed.proceedingId} onClose={() => setIssuing(false)} onIssued={(t) => { setIssuing(false); onMessage(`已制作${t}：请在下方“文书”中打印，并登记送达。`); }} />}
      {returning && <ReturnDialog request={returning} onClose={() => setReturning(null)} />}
    </Stack>
  );
}
