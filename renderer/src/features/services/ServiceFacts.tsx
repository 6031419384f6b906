// The facts of one act of service, entered once: how, when (to the minute), who signed and as what, who served it, each
// method's particulars and the proof. 登记送达 (one document) and 批量登记送达 (several) both ask them here, so the two
// forms send the same facts the same way; the core checks them again for each document.
import { Box, Button, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import { useState, type ReactNode } from 'react';
import { MAX_PROOF_BYTES, MAX_PROOFS } from '../../../../shared/contract/services';
import { RECEIVER_RELATION, SERVICE_METHOD, SERVICE_PROOF, type ReceiverRelation, type ServiceMethodCode, type ServiceProofPurpose } from '../../../../shared/domain/vocabulary';
import { useSession } from '../../app/session';
import { DateTimeField, dateTimeNow, instantOfDateTime, type DateTime } from '../incidents/DateTimeField';
import { useServers } from './queries';

/** The form fields the core may name in a refusal of the facts. */
export const FACT_FIELDS = ['method', 'servedAt', 'receivedBy', 'relation', 'servedBy', 'witnesses', 'trackingNumber', 'entrustedTo', 'electronicAddress', 'electronicConfirmed', 'noticePlace', 'awardFinality', 'proofs', 'note'];

const WHEN: Record<ServiceMethodCode, string> = {
  direct: '签收时间',
  left: '留置时间',
  post: '邮件签收时间',
  entrusted: '签收时间',
  electronic: '到达时间',
  publicNotice: '公告日期',
  posted: '张贴时间',
};

const PROOF_OF: Record<ServiceMethodCode, ServiceProofPurpose> = {
  direct: 'receipt',
  left: 'receipt',
  post: 'postalReceipt',
  entrusted: 'receipt',
  electronic: 'other',
  publicNotice: 'notice',
  posted: 'photo',
};

interface Picked {
  name: string;
  purpose: ServiceProofPurpose;
  contentBase64: string;
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('读取文件失败，请重新选择'));
    reader.readAsDataURL(file);
  });
}

/** What a form needs of its mutation: the core's field messages, and a way to clear or set them. */
export interface FactsBinding {
  fieldErrors: Record<string, string>;
  clearField: (field: string) => void;
  refuse: (fields: Record<string, string>) => unknown;
}

export function useServiceFacts(binding: FactsBinding) {
  const me = useSession().staff;
  const [method, setMethod] = useState<ServiceMethodCode>('direct');
  const [at, setAt] = useState<DateTime>(() => dateTimeNow());
  const [receivedBy, setReceivedBy] = useState('');
  const [relation, setRelation] = useState<ReceiverRelation | ''>('self');
  const [servedBy, setServedBy] = useState(me.id);
  const [witnesses, setWitnesses] = useState('');
  const [trackingNumber, setTrackingNumber] = useState('');
  const [entrustedTo, setEntrustedTo] = useState('');
  const [electronicAddress, setElectronicAddress] = useState('');
  const [confirmed, setConfirmed] = useState<'yes' | 'no' | ''>('');
  const [noticePlace, setNoticePlace] = useState('');
  const [finality, setFinality] = useState<'final' | 'nonFinal' | ''>('');
  const [note, setNote] = useState('');
  const [proofs, setProofs] = useState<Picked[]>([]);
  const signer = method !== 'publicNotice' && method !== 'posted' && method !== 'electronic';

  const pick = async (files: FileList | null) => {
    binding.clearField('proofs');
    const chosen = [...(files ?? [])];
    if (proofs.length + chosen.length > MAX_PROOFS) return binding.refuse({ proofs: `凭证最多${MAX_PROOFS}个文件` });
    const big = chosen.find((f) => f.size > MAX_PROOF_BYTES);
    if (big) return binding.refuse({ proofs: `${big.name} 超过 10 MB，请压缩或降低扫描分辨率后再上传` });
    const read = await Promise.all(chosen.map(async (f) => ({ name: f.name, purpose: PROOF_OF[method], contentBase64: await readBase64(f) })));
    setProofs((p) => [...p, ...read]);
  };

  /** The facts as the contract takes them, and the form's own problems (the time not filled in). */
  const facts = () => {
    const servedAt = instantOfDateTime(method === 'publicNotice' ? { ...at, time: at.time || '00:00' } : at);
    const problems: Record<string, string> = servedAt === null ? { servedAt: `请填写${WHEN[method]}（日期和时:分）` } : {};
    return {
      problems,
      value: {
        method,
        servedAt: servedAt ?? 0,
        receivedBy: signer ? receivedBy : null,
        relation: signer && receivedBy.trim() && relation ? relation : null,
        servedBy,
        witnesses: method === 'left' ? witnesses.split(/[,，、;；\s]+/u) : [],
        trackingNumber: method === 'post' ? trackingNumber : null,
        entrustedTo: method === 'entrusted' ? entrustedTo : null,
        electronicAddress: method === 'electronic' ? electronicAddress : null,
        electronicConfirmed: method === 'electronic' && confirmed ? confirmed === 'yes' : null,
        noticePlace: method === 'publicNotice' ? noticePlace : null,
        note,
        proofs: proofs.map((p) => ({ purpose: p.purpose, fileName: p.name, contentBase64: p.contentBase64 })),
      },
      /** The award's part served, for an award (each party's periods run from its own service). */
      awardFinality: finality || null,
    };
  };

  const state = { method, setMethod, at, setAt, receivedBy, setReceivedBy, relation, setRelation, servedBy, setServedBy, witnesses, setWitnesses, trackingNumber, setTrackingNumber, entrustedTo, setEntrustedTo, electronicAddress, setElectronicAddress, confirmed, setConfirmed, noticePlace, setNoticePlace, finality, setFinality, note, setNote, proofs, setProofs, signer, pick };
  return { state, facts };
}

export type ServiceFactsState = ReturnType<typeof useServiceFacts>['state'];

/** The facts' fields; `leading` sits before 送达方式 (the recipient, in 登记送达); `award` asks for the award's part. */
export function ServiceFactsFields({ s, binding, publicNoticeDays, award, leading }: { s: ServiceFactsState; binding: FactsBinding; publicNoticeDays: number; award: boolean; leading?: ReactNode }) {
  const me = useSession().staff;
  const staff = useServers();
  const { fieldErrors: errors, clearField: clear } = binding;
  const caseworkers = (staff.data ?? []).filter((x) => x.active && x.roles.some((r) => r !== 'admin' && r !== 'auditor'));
  const text = (label: string, value: string, set: (v: string) => void, field: string, extra: { placeholder?: string; required?: boolean; max?: number } = {}) => (
    <TextField label={label} value={value} onChange={(e) => { set(e.target.value); clear(field); }} required={extra.required} placeholder={extra.placeholder}
      error={!!errors[field]} helperText={errors[field]} slotProps={{ htmlInput: { maxLength: extra.max ?? 120 } }} sx={{ flex: 1 }} />
  );
  const method = s.method;
  return (
    <>
      <Stack direction="row" spacing={2}>
        {leading}
        <TextField select label="送达方式" value={method} onChange={(e) => { const m = e.target.value as ServiceMethodCode; s.setMethod(m); s.setRelation(m === 'direct' ? 'self' : ''); clear('method'); }} sx={{ width: 170, flex: leading ? undefined : 1 }}
          error={!!errors.method} helperText={errors.method}>
          {SERVICE_METHOD.values.map((m) => <MenuItem key={m} value={m}>{SERVICE_METHOD.label(m)}</MenuItem>)}
        </TextField>
      </Stack>
      <DateTimeField label={WHEN[method]} value={s.at} onChange={(v) => { s.setAt(v); clear('servedAt'); }} error={errors.servedAt}
        helperText={method === 'publicNotice' ? `公告期 ${publicNoticeDays} 日，期满视为送达；仲裁案件公告期间不计入审理期限` : method === 'post' ? '以邮件回执上的签收日期为送达日期' : '受送达人签收的日期为送达日期'} />
      {s.signer && (
        <Stack direction="row" spacing={2}>
          {text(method === 'left' ? '拒收人' : '签收人', s.receivedBy, s.setReceivedBy, 'receivedBy', { max: 40, required: method === 'direct' || method === 'entrusted' })}
          <TextField select label="与受送达人的关系" value={s.relation} onChange={(e) => { s.setRelation(e.target.value as ReceiverRelation); clear('relation'); }} sx={{ width: 200 }}
            error={!!errors.relation} helperText={errors.relation}>
            {RECEIVER_RELATION.values.map((r) => <MenuItem key={r} value={r}>{RECEIVER_RELATION.label(r)}</MenuItem>)}
          </TextField>
        </Stack>
      )}
      {method === 'left' && text('见证人', s.witnesses, s.setWitnesses, 'witnesses', { required: true, placeholder: '姓名及单位，多人用顿号分开，例如：次仁（居委会）、王明（项目部）', max: 300 })}
      {method === 'post' && text('邮件单号', s.trackingNumber, s.setTrackingNumber, 'trackingNumber', { required: true, max: 40 })}
      {method === 'entrusted' && text('受托机关', s.entrustedTo, s.setEntrustedTo, 'entrustedTo', { required: true, placeholder: '例如：拉萨市劳动人事争议仲裁委员会' })}
      {method === 'electronic' && (
        <Stack direction="row" spacing={2}>
          {text('电子送达地址', s.electronicAddress, s.setElectronicAddress, 'electronicAddress', { required: true, placeholder: '手机号码或电子邮箱' })}
          <TextField select label="受送达人是否确认收到" value={s.confirmed} onChange={(e) => { s.setConfirmed(e.target.value as 'yes' | 'no'); clear('electronicConfirmed'); }} sx={{ width: 200 }}
            error={!!errors.electronicConfirmed} helperText={errors.electronicConfirmed ?? (s.confirmed === 'no' ? '未确认的，不作为期限起算' : undefined)}>
            <MenuItem value="yes">已确认</MenuItem>
            <MenuItem value="no">未确认</MenuItem>
          </TextField>
        </Stack>
      )}
      {method === 'publicNotice' && text('公告刊登处', s.noticePlace, s.setNoticePlace, 'noticePlace', { required: true, placeholder: '例如：《西藏日报》第4版、本委公告栏' })}
      {award && (
        <TextField select label="送达的裁决" value={s.finality} onChange={(e) => { s.setFinality(e.target.value as 'final' | 'nonFinal'); clear('awardFinality'); }}
          error={!!errors.awardFinality} helperText={errors.awardFinality ?? '各方当事人的起诉、申请撤销期限自其各自收到之日起计算'}>
          <MenuItem value="final">终局裁决</MenuItem>
          <MenuItem value="nonFinal">非终局裁决</MenuItem>
        </TextField>
      )}
      <TextField select label="送达人" value={s.servedBy} onChange={(e) => { s.setServedBy(e.target.value); clear('servedBy'); }} error={!!errors.servedBy} helperText={errors.servedBy}>
        {caseworkers.length === 0 && <MenuItem value={me.id}>{me.name}</MenuItem>}
        {caseworkers.map((x) => <MenuItem key={x.id} value={x.id}>{x.name}{x.departmentName ? ` · ${x.departmentName}` : ''}</MenuItem>)}
      </TextField>
      <Box>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
          <Button component="label" variant="outlined" size="small">
            上传凭证（照片或 PDF）
            <input hidden type="file" multiple accept="image/jpeg,image/png,application/pdf" aria-label="上传送达凭证" onChange={(e) => { void s.pick(e.target.files); e.target.value = ''; }} />
          </Button>
          <Typography variant="caption" color="text.secondary">签收的送达回证、邮件回执、现场照片或公告版面；每个不超过 10 MB</Typography>
        </Stack>
        {s.proofs.map((p, i) => (
          <Stack key={`${p.name}-${i}`} direction="row" sx={{ alignItems: 'center', gap: 1, mt: 0.5 }}>
            <TextField select size="small" value={p.purpose} onChange={(e) => s.setProofs((xs) => xs.map((x, j) => (j === i ? { ...x, purpose: e.target.value as ServiceProofPurpose } : x)))} sx={{ width: 170 }}
              slotProps={{ htmlInput: { 'aria-label': `${p.name} 的类别` } }}>
              {SERVICE_PROOF.values.map((v) => <MenuItem key={v} value={v}>{SERVICE_PROOF.label(v)}</MenuItem>)}
            </TextField>
            <Typography variant="body2" noWrap sx={{ flex: 1 }} title={p.name}>{p.name}</Typography>
            <IconButton size="small" aria-label={`移除 ${p.name}`} onClick={() => s.setProofs((xs) => xs.filter((_, j) => j !== i))}><CloseIcon fontSize="small" /></IconButton>
          </Stack>
        ))}
        {errors.proofs && <Typography variant="caption" color="error" component="div" role="alert">{errors.proofs}</Typography>}
      </Box>
      {text('备注', s.note, s.setNote, 'note', { max: 500 })}
    </>
  );
}
