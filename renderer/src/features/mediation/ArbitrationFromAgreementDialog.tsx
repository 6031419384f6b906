// 申请劳动仲裁 from a missed instalment: the application prefilled by the core from the file — the workers still owed
// under the 调解协议 with their particulars, the employer (and the agreement's obligors that are parties), a 工资 claim
// per worker with its amount and basis, the facts and the evidence — every field editable; nothing is sent until
// 确认登记. The core refuses (no instalment missed, nobody owed, an arbitration already open) in its own words.
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { ArbitrationDraft, OpenArbitrationInput } from '../../../../shared/contract/mediation-arbitration';
import { CLAIM_CATEGORIES, CLAIM_CATEGORY, type ClaimCategory } from '../../../../shared/domain/arbitration-application';
import { formatYuan, parseYuan } from '../../../../shared/domain/money';
import { DateField } from '../../components/DateField';
import { onFormSubmit } from '../../platform/mutations';
import { useArbitrationDraft, useOpenArbitration } from './queries';

interface Props {
  caseFileId: string;
  onClose: () => void;
  onDone: (message: string) => void;
}

interface PartyRow { id: string; include: boolean; address: string; mailingAddress: string; phone: string }
interface ClaimRow { personId: string; category: ClaimCategory; request: string; amount: string; basis: string }

const plainYuan = (fen: number) => (fen / 100).toFixed(2);
const claimRowOf = (c: ArbitrationDraft['claims'][number]): ClaimRow => ({ personId: c.personId, category: c.category, request: c.request, amount: plainYuan(c.amountFen), basis: c.basis });
const SHOWN = ['receivedOn', 'factsAndReasons', 'evidence'];

function Form({ d, onClose, onDone }: { d: ArbitrationDraft; onClose: () => void; onDone: Props['onDone'] }) {
  const [receivedOn, setReceivedOn] = useState(d.receivedOn);
  const [form, setForm] = useState<'written' | 'oral'>('written');
  const [applicants, setApplicants] = useState<PartyRow[]>(d.applicants.map((a) => ({ id: a.personId, include: true, address: a.address ?? '', mailingAddress: '', phone: '' })));
  const [respondents, setRespondents] = useState<PartyRow[]>(d.respondents.map((r) => ({ id: r.partyId, include: true, address: r.address ?? '', mailingAddress: '', phone: r.phone ?? '' })));
  const [claims, setClaims] = useState<ClaimRow[]>(d.claims.map(claimRowOf));
  const [facts, setFacts] = useState(d.factsAndReasons);
  const [evidence, setEvidence] = useState(d.evidence);
  const opening = useOpenArbitration({ fields: (k) => SHOWN.includes(k) || k.startsWith('claims.') });
  const { fieldErrors: errors, busy } = opening;
  const nameOf = new Map(d.applicants.map((a) => [a.personId, a.name]));
  const setRow = (set: typeof setApplicants, id: string, patch: Partial<PartyRow>) => set((rs) => rs.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  const toggleApplicant = (id: string, include: boolean) => {
    setRow(setApplicants, id, { include });
    // An applicant left out takes their claims along; put back, their prefilled claim returns.
    setClaims((cs) => (include ? [...cs, ...d.claims.filter((c) => c.personId === id).map(claimRowOf)] : cs.filter((c) => c.personId !== id)));
    opening.reset();
  };
  const setClaim = (n: number, patch: Partial<ClaimRow>) => {
    setClaims((cs) => cs.map((c, i) => (i === n ? { ...c, ...patch } : c)));
    opening.clearField(`claims.${n}`);
  };
  const included = applicants.filter((a) => a.include);
  const parsed = claims.map((c) => (c.amount.trim() === '' ? null : parseYuan(c.amount)));
  const total = parsed.reduce((s, p) => s + (p?.ok ? p.fen : 0), 0);
  const send = onFormSubmit(async () => {
    const problems: Record<string, string> = {};
    parsed.forEach((p, n) => {
      if (p && !p.ok) problems[`claims.${n}.amountFen`] = p.reason;
    });
    if (Object.keys(problems).length > 0) return opening.refuse(problems);
    const input: OpenArbitrationInput = {
      caseFileId: d.caseFileId,
      agreementId: d.agreementId,
      receivedOn,
      form,
      applicants: included.map((a) => ({ personId: a.id, address: a.address || null, mailingAddress: a.mailingAddress || null, phone: a.phone || null })),
      respondents: respondents.filter((r) => r.include).map((r) => ({ partyId: r.id, address: r.address || null, mailingAddress: r.mailingAddress || null, phone: r.phone || null })),
      claims: claims.map((c, n) => ({ personId: c.personId, category: c.category, request: c.request, amountFen: parsed[n]?.ok ? parsed[n].fen : null, basis: c.basis || null })),
      factsAndReasons: facts || null,
      evidence: evidence || null,
    };
    const r = await opening.run(input);
    if (r.ok) onDone(`已登记${included.length}名劳动者的仲裁申请，转至${r.value.departmentName}，待签收`);
  });
  const claimError = (n: number) => ['personId', 'category', 'request', 'amountFen', 'basis'].map((f) => errors[`claims.${n}.${f}`]).find(Boolean);
  return (
    <form onSubmit={send} noValidate>
      <DialogContent>
        <Stack spacing={1.5} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            依据{d.agreementNumber ? `调解协议书（${d.agreementNumber}）` : '调解协议'}（{d.signedOn}达成）第{d.missedSeqs.join('、')}期逾期未履行，由案卷自动填写；请与申请人核对，每一项都可修改，确认登记后转至{d.department.name}签收。
          </Typography>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
            <DateField label="收到仲裁申请的日期" value={receivedOn} onChange={(v) => { setReceivedOn(v); opening.clearField('receivedOn'); }} error={errors.receivedOn} width={210} wideHelper />
            <TextField select size="small" label="申请方式" value={form} onChange={(e) => setForm(e.target.value as 'written' | 'oral')} sx={{ width: 260 }}>
              <MenuItem value="written">书面申请</MenuItem>
              <MenuItem value="oral">口头申请（记入笔录）</MenuItem>
            </TextField>
          </Stack>
          <Typography variant="subtitle2">申请人（调解协议下尚欠工资的劳动者）</Typography>
          {d.applicants.map((a) => {
            const row = applicants.find((r) => r.id === a.personId)!;
            return (
              <Stack key={a.personId} direction="row" spacing={1.5} sx={{ alignItems: 'center' }} data-testid="draft-applicant">
                <FormControlLabel sx={{ width: 240, mr: 0, flexShrink: 0 }} control={<Checkbox size="small" checked={row.include} onChange={(e) => toggleApplicant(a.personId, e.target.checked)} />}
                  label={<Typography variant="body2"><b>{a.name}</b> 尚欠 {formatYuan(a.owedFen)}</Typography>} />
                <Typography variant="caption" color="text.secondary" sx={{ width: 190, flexShrink: 0 }}>{a.idTypeLabel ?? '证件'}：{a.idNumber ?? '未登记'}<br />登记电话：{a.registeredPhone ?? '无'}</Typography>
                <TextField size="small" label="住所" value={row.address} disabled={!row.include} onChange={(e) => setRow(setApplicants, a.personId, { address: e.target.value })} sx={{ flex: 2 }} slotProps={{ htmlInput: { maxLength: 200 } }} />
                <TextField size="small" label="通讯地址" value={row.mailingAddress} disabled={!row.include} placeholder="同住所可不填" onChange={(e) => setRow(setApplicants, a.personId, { mailingAddress: e.target.value })} sx={{ flex: 2 }} slotProps={{ htmlInput: { maxLength: 200 } }} />
                <TextField size="small" label="联系电话" value={row.phone} disabled={!row.include} placeholder="不填沿用登记电话" onChange={(e) => setRow(setApplicants, a.personId, { phone: e.target.value })} sx={{ width: 160 }} slotProps={{ htmlInput: { maxLength: 40 } }} />
              </Stack>
            );
          })}
          <Typography variant="subtitle2">被申请人</Typography>
          {d.respondents.map((r) => {
            const row = respondents.find((x) => x.id === r.partyId)!;
            return (
              <Stack key={r.partyId} direction="row" spacing={1.5} sx={{ alignItems: 'center' }} data-testid="draft-respondent">
                <FormControlLabel sx={{ width: 360, mr: 0 }} control={<Checkbox size="small" checked={row.include} onChange={(e) => setRow(setRespondents, r.partyId, { include: e.target.checked })} />}
                  label={<Typography variant="body2"><b>{r.name}</b>（{r.why}）</Typography>} />
                <TextField size="small" label="住所" value={row.address} disabled={!row.include} onChange={(e) => setRow(setRespondents, r.partyId, { address: e.target.value })} sx={{ flex: 2 }} slotProps={{ htmlInput: { maxLength: 200 } }} />
                <TextField size="small" label="联系电话" value={row.phone} disabled={!row.include} onChange={(e) => setRow(setRespondents, r.partyId, { phone: e.target.value })} sx={{ width: 160 }} slotProps={{ htmlInput: { maxLength: 40 } }} />
              </Stack>
            );
          })}
          {d.obligorsNotParties.length > 0 && (
            <Alert severity="info">调解协议的支付义务人{d.obligorsNotParties.join('、')}不是本案卷登记的当事人，未列为被申请人；如需列入，请先在当事人中登记。</Alert>
          )}
          <Typography variant="subtitle2">仲裁请求（合计 {formatYuan(total)}）</Typography>
          {claims.map((c, n) => (
            <Stack key={n} spacing={0.5} data-testid="draft-claim">
              <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
                <TextField select size="small" label="申请人" value={c.personId} onChange={(e) => setClaim(n, { personId: e.target.value })} sx={{ width: 140, flexShrink: 0 }}>
                  {included.map((a) => <MenuItem key={a.id} value={a.id}>{nameOf.get(a.id)}</MenuItem>)}
                </TextField>
                <TextField select size="small" label="类别" value={c.category} onChange={(e) => setClaim(n, { category: e.target.value as ClaimCategory })} sx={{ width: 120, flexShrink: 0 }}>
                  {CLAIM_CATEGORIES.map((k) => <MenuItem key={k} value={k}>{CLAIM_CATEGORY[k]}</MenuItem>)}
                </TextField>
                <TextField size="small" label="请求事项" value={c.request} onChange={(e) => setClaim(n, { request: e.target.value })} sx={{ flex: 3 }} slotProps={{ htmlInput: { maxLength: 200 } }} />
                <TextField size="small" label="金额（元）" placeholder="不涉及金额可不填" value={c.amount} onChange={(e) => setClaim(n, { amount: e.target.value })} sx={{ width: 130 }} slotProps={{ htmlInput: { inputMode: 'decimal' } }} />
                <IconButton aria-label={`删除第${n + 1}项请求`} onClick={() => { setClaims((cs) => cs.filter((_, i) => i !== n)); opening.reset(); }}><DeleteOutlineIcon /></IconButton>
              </Stack>
              <TextField size="small" multiline label="请求依据" value={c.basis} onChange={(e) => setClaim(n, { basis: e.target.value })} sx={{ ml: '284px !important', mr: '52px !important' }} slotProps={{ htmlInput: { maxLength: 300 } }} />
              {claimError(n) && <Typography variant="caption" color="error">{claimError(n)}</Typography>}
            </Stack>
          ))}
          {included.length > 0 && (
            <Button sx={{ alignSelf: 'flex-start' }} onClick={() => setClaims((cs) => [...cs, { personId: included[0]!.id, category: 'wages', request: '', amount: '', basis: '' }])}>增加一项请求</Button>
          )}
          {d.unattributedFen > 0 && <Alert severity="warning">调解协议中给全体劳动者的分期还有{formatYuan(d.unattributedFen)}无法按劳动者的尚欠金额分配，请与申请人核对后填入请求金额。</Alert>}
          <TextField size="small" multiline minRows={3} label="事实和理由" value={facts} onChange={(e) => { setFacts(e.target.value); opening.clearField('factsAndReasons'); }} error={!!errors.factsAndReasons} helperText={errors.factsAndReasons} slotProps={{ htmlInput: { maxLength: 3000 } }} />
          <TextField size="small" multiline minRows={2} label="证据和证据来源" value={evidence} onChange={(e) => { setEvidence(e.target.value); opening.clearField('evidence'); }} error={!!errors.evidence} helperText={errors.evidence} slotProps={{ htmlInput: { maxLength: 2000 } }} />
          {opening.formError && <Alert severity="error" data-testid="open-arbitration-error">{opening.formError}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>取消</Button>
        <Button type="submit" variant="contained" disabled={busy || included.length === 0}>{busy ? '正在登记…' : `确认登记，转${d.department.name}`}</Button>
      </DialogActions>
    </form>
  );
}

export function ArbitrationFromAgreementDialog({ caseFileId, onClose, onDone }: Props) {
  const q = useArbitrationDraft(caseFileId);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="lg" aria-labelledby="arb-from-agreement-title">
      <DialogTitle id="arb-from-agreement-title">申请劳动仲裁（调解协议逾期未履行）</DialogTitle>
      {q.data ? (
        <Form d={q.data} onClose={onClose} onDone={onDone} />
      ) : (
        <>
          <DialogContent>
            {q.error ? <Alert severity="error" data-testid="open-arbitration-error">{q.error.message}</Alert> : <Typography variant="body2">正在根据案卷填写仲裁申请…</Typography>}
          </DialogContent>
          <DialogActions><Button onClick={onClose}>关闭</Button></DialogActions>
        </>
      )}
    </Dialog>
  );
}
