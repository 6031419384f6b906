// Entering or correcting the 仲裁申请 (办案规则 Art. 29): the particulars the register lacks (住所, 通讯地址, 联系电话),
// the facts and reasons, the evidence and its sources, witnesses, the two dates the limitation advice counts from,
// and the claims item by item per applicant. The core's messages stand at the fields they concern.
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { ArbitrationApplication } from '../../../../shared/contract/arbitration';
import { APPLICATION_FORM, CLAIM_CATEGORIES, CLAIM_CATEGORY, type ApplicationForm, type ClaimCategory } from '../../../../shared/domain/arbitration-application';
import { formatFen, parseYuan } from '../../../../shared/domain/money';
import { DateField } from '../../components/DateField';
import { onFormSubmit } from '../../platform/mutations';
import { useSaveApplication } from './queries';

interface ClaimRow { key: number; applicantId: string; category: ClaimCategory; request: string; amount: string; basis: string }
type Particulars = Record<string, { address: string; mailingAddress: string; phone: string }>;

const TOP = ['form', 'factsAndReasons', 'evidence', 'witnesses', 'knownOn', 'employmentEndedOn'];
const shows = (f: string) => TOP.includes(f) || f.startsWith('claims.') || f.startsWith('parties.');

export function ApplicationDialog({ application: a, onClose, onDone }: { application: ArbitrationApplication; onClose: () => void; onDone: (saved: ArbitrationApplication) => void }) {
  const [form, setForm] = useState<ApplicationForm>(a.form);
  const [facts, setFacts] = useState(a.factsAndReasons ?? '');
  const [evidence, setEvidence] = useState(a.evidence ?? '');
  const [witnesses, setWitnesses] = useState(a.witnesses ?? '');
  const [knownOn, setKnownOn] = useState(a.knownOn ?? '');
  const [endedOn, setEndedOn] = useState(a.employmentEndedOn ?? '');
  const [parties, setParties] = useState<Particulars>(() =>
    Object.fromEntries([...a.applicants, ...a.respondents].map((p) => [p.id, { address: p.address ?? '', mailingAddress: p.mailingAddress ?? '', phone: p.phone ?? '' }])),
  );
  const [next, setNext] = useState(a.claims.length + 1);
  const [claims, setClaims] = useState<ClaimRow[]>(() =>
    a.claims.map((c, i) => ({ key: i, applicantId: c.applicantId, category: c.category, request: c.request, amount: c.amountFen === null ? '' : formatFen(c.amountFen), basis: c.basis ?? '' })),
  );
  const saving = useSaveApplication({ fields: shows });
  const err = saving.fieldErrors;
  const partyIds = [...a.applicants, ...a.respondents].map((p) => p.id);

  const setParty = (id: string, k: keyof Particulars[string], v: string) => {
    setParties((ps) => ({ ...ps, [id]: { ...ps[id]!, [k]: v } }));
    saving.clearField(`parties.${partyIds.indexOf(id)}.${k}`);
  };
  const setClaim = (i: number, k: keyof ClaimRow, v: string) => {
    setClaims((cs) => cs.map((c, j) => (j === i ? { ...c, [k]: v } : c)));
    saving.clearField(`claims.${i}.${k === 'amount' ? 'amountFen' : k}`);
  };
  const addClaim = () => {
    setClaims((cs) => [...cs, { key: next, applicantId: a.applicants[0]?.id ?? '', category: 'wages', request: '', amount: '', basis: '' }]);
    setNext(next + 1);
  };

  const send = onFormSubmit(async () => {
    const problems: Record<string, string> = {};
    const parsed = claims.map((c, i) => {
      if (c.amount.trim() === '') return null;
      const p = parseYuan(c.amount);
      if (!p.ok) problems[`claims.${i}.amountFen`] = p.reason;
      return p.ok ? p.fen : null;
    });
    const r = await saving.run(
      {
        proceedingId: a.proceedingId,
        expectedRowVersion: a.rowVersion,
        form,
        factsAndReasons: facts,
        evidence,
        witnesses,
        knownOn: knownOn || null,
        employmentEndedOn: endedOn || null,
        parties: partyIds.map((id) => ({ id, ...parties[id]! })),
        claims: claims.map((c, i) => ({ applicantId: c.applicantId, category: c.category, request: c.request, amountFen: parsed[i] ?? null, basis: c.basis })),
      },
      problems,
    );
    if (r.ok) onDone(r.value);
  });

  const particularsRow = (id: string, who: string) => {
    const k = partyIds.indexOf(id);
    const f = (name: 'address' | 'mailingAddress' | 'phone', label: string, width: number) => (
      <TextField size="small" label={label} value={parties[id]![name]} sx={{ width }} onChange={(e) => setParty(id, name, e.target.value)}
        error={!!err[`parties.${k}.${name}`]} helperText={err[`parties.${k}.${name}`]} slotProps={{ htmlInput: { 'aria-label': `${who}${label}` } }} />
    );
    return (
      <Box key={id} sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ width: 200 }}>{who}</Typography>
        {f('address', '住所', 220)}
        {f('mailingAddress', '通讯地址', 220)}
        {f('phone', '联系电话', 150)}
      </Box>
    );
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="lg" aria-labelledby="application-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="application-title">{a.rowVersion === null ? '登记仲裁申请' : '修改仲裁申请'}</DialogTitle>
        <DialogContent>
          <Stack spacing={1.5} sx={{ pt: 1 }}>
            <TextField select size="small" label="申请方式" value={form} onChange={(e) => setForm(e.target.value as ApplicationForm)} sx={{ width: 420 }} error={!!err.form} helperText={err.form}>
              {Object.entries(APPLICATION_FORM).map(([k, v]) => <MenuItem key={k} value={k}>{v}</MenuItem>)}
            </TextField>
            <Typography variant="subtitle2">当事人（姓名、性别、出生日期、证件号码、法定代表人取自当事人登记）</Typography>
            {a.applicants.map((p) => particularsRow(p.id, `申请人 ${p.name}`))}
            {a.respondents.map((r) => particularsRow(r.id, `被申请人 ${r.name}`))}
            <Typography variant="subtitle2">仲裁请求（每名申请人逐项填写；不涉及金额的请求，金额留空）</Typography>
            {claims.map((c, i) => (
              <Box key={c.key} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }} data-testid={`claim-${i}`}>
                <TextField select size="small" label="申请人" value={c.applicantId} sx={{ width: 130 }} onChange={(e) => setClaim(i, 'applicantId', e.target.value)}
                  error={!!err[`claims.${i}.applicantId`]} helperText={err[`claims.${i}.applicantId`]} slotProps={{ htmlInput: { 'aria-label': `第${i + 1}项请求的申请人` } }}>
                  {a.applicants.map((p) => <MenuItem key={p.id} value={p.id}>{p.name}</MenuItem>)}
                </TextField>
                <TextField select size="small" label="类别" value={c.category} sx={{ width: 120 }} onChange={(e) => setClaim(i, 'category', e.target.value)}
                  error={!!err[`claims.${i}.category`]} helperText={err[`claims.${i}.category`]} slotProps={{ htmlInput: { 'aria-label': `第${i + 1}项请求的类别` } }}>
                  {CLAIM_CATEGORIES.map((k) => <MenuItem key={k} value={k}>{CLAIM_CATEGORY[k]}</MenuItem>)}
                </TextField>
                <TextField size="small" label="请求事项" value={c.request} sx={{ width: 300 }} onChange={(e) => setClaim(i, 'request', e.target.value)}
                  error={!!err[`claims.${i}.request`]} helperText={err[`claims.${i}.request`]} slotProps={{ htmlInput: { 'aria-label': `第${i + 1}项请求事项` } }} />
                <TextField size="small" label="请求金额（元）" value={c.amount} sx={{ width: 150 }} onChange={(e) => setClaim(i, 'amount', e.target.value)}
                  error={!!err[`claims.${i}.amountFen`]} helperText={err[`claims.${i}.amountFen`] ?? (c.amount.trim() === '' ? '非金钱请求' : undefined)} slotProps={{ htmlInput: { 'aria-label': `第${i + 1}项请求金额` } }} />
                <TextField size="small" label="依据" value={c.basis} sx={{ width: 200 }} onChange={(e) => setClaim(i, 'basis', e.target.value)}
                  error={!!err[`claims.${i}.basis`]} helperText={err[`claims.${i}.basis`]} slotProps={{ htmlInput: { 'aria-label': `第${i + 1}项请求依据` } }} />
                <IconButton aria-label={`删除第${i + 1}项请求`} size="small" onClick={() => setClaims((cs) => cs.filter((_, j) => j !== i))}>✕</IconButton>
              </Box>
            ))}
            <Box><Button size="small" onClick={addClaim} disabled={a.applicants.length === 0}>添加一项请求</Button></Box>
            <TextField label="事实和理由" value={facts} onChange={(e) => { setFacts(e.target.value); saving.clearField('factsAndReasons'); }} multiline minRows={3} error={!!err.factsAndReasons} helperText={err.factsAndReasons} />
            <TextField label="证据和证据来源" value={evidence} onChange={(e) => { setEvidence(e.target.value); saving.clearField('evidence'); }} multiline minRows={2} error={!!err.evidence} helperText={err.evidence} />
            <TextField label="证人姓名和住所" value={witnesses} onChange={(e) => setWitnesses(e.target.value)} error={!!err.witnesses} helperText={err.witnesses ?? '选填'} />
            <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
              <DateField label="知道或者应当知道权利被侵害之日" width={280} value={knownOn} onChange={(v) => { setKnownOn(v); saving.clearField('knownOn'); }} error={err.knownOn} helperText="用于提示仲裁时效" wideHelper />
              <DateField label="劳动关系终止之日" width={200} value={endedOn} onChange={(v) => { setEndedOn(v); saving.clearField('employmentEndedOn'); }} error={err.employmentEndedOn} helperText="劳动关系存续的留空" wideHelper />
            </Box>
            {saving.formError && <Alert severity="error">{saving.formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" disabled={saving.busy}>{saving.busy ? '正在保存…' : '保存'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
