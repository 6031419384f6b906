// 添加证据: the file (a photo, a scan or a PDF — what it is, the core reads from its bytes), what it is, its statutory
// kind, who submitted it, what it is to prove, whether the original was seen, where it came from, its pages and the
// day it was received. A refusal keeps everything typed and the file chosen, with the core's message at the field.
import UploadFileOutlinedIcon from '@mui/icons-material/UploadFileOutlined';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, MenuItem, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { useRef, useState, type ChangeEvent } from 'react';
import type { CaseEvidence } from '../../../../shared/contract/evidence';
import { EVIDENCE_FORM, EVIDENCE_KIND, EVIDENCE_SUBMITTER, MAX_EVIDENCE_BYTES, type EvidenceForm, type EvidenceKind } from '../../../../shared/domain/evidence';
import { dateKeyOf } from '../../../../shared/domain/time';
import { DateField } from '../../components/DateField';
import { onFormSubmit } from '../../platform/mutations';
import { useAddEvidence } from './queries';

const FIELDS = ['title', 'kind', 'submitterId', 'purpose', 'form', 'source', 'pages', 'receivedDate', 'contentBase64', 'proceedingId'];
export const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('读取文件失败，请重新选择'));
    reader.readAsDataURL(file);
  });
}

/** The submitter as one choice: 'bureau', or 'worker:<id>' / 'party:<id>'. */
function submitterChoice(value: string): { submitter: 'bureau' | 'worker' | 'party'; submitterId: string | null } {
  if (value === 'bureau' || value === '') return { submitter: 'bureau', submitterId: null };
  const [kind, id] = value.split(':') as ['worker' | 'party', string];
  return { submitter: kind, submitterId: id };
}

export function AddEvidenceDialog({ data, onClose }: { data: CaseEvidence; onClose: () => void }) {
  const [file, setFile] = useState<{ name: string; size: number; base64: string } | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<EvidenceKind | ''>('');
  const [who, setWho] = useState('');
  const [purpose, setPurpose] = useState('');
  const [form, setForm] = useState<EvidenceForm>('checkedCopy');
  const [source, setSource] = useState('');
  const [pages, setPages] = useState('');
  const [receivedDate, setReceivedDate] = useState(() => dateKeyOf(Date.now()));
  const [proceedingId, setProceedingId] = useState('');
  const adding = useAddEvidence({
    fields: FIELDS,
    // Without a chosen file the contract speaks of an empty file and a missing name: one message, at the file.
    mapFields: (fields, sent) => {
      const { fileName: _name, ...rest } = fields;
      return sent.contentBase64 === '' ? { ...rest, contentBase64: '请选择要上传的文件' } : fields;
    },
  });
  const { fieldErrors: errors, busy, clearField: clear } = adding;
  const input = useRef<HTMLInputElement>(null);

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    e.target.value = '';
    if (!f) return;
    clear('contentBase64');
    if (f.size > MAX_EVIDENCE_BYTES) {
      setReading(`文件 ${sizeText(f.size)}，超过 ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB：请分册扫描或降低分辨率后再上传`);
      return;
    }
    setReading(null);
    try {
      setFile({ name: f.name, size: f.size, base64: await readBase64(f) });
      if (title.trim() === '') setTitle(f.name.replace(/\.[^.]+$/, ''));
    } catch (err) {
      setReading(err instanceof Error ? err.message : String(err));
    }
  };

  const send = onFormSubmit(async () => {
    const problems: Record<string, string> = {};
    if (!file) problems.contentBase64 = '请选择要上传的文件';
    if (kind === '') problems.kind = '请选择证据种类';
    if (who === '') problems.submitterId = '请选择提交人';
    const pageCount = pages.trim() === '' ? null : Number(pages.trim());
    if (pageCount !== null && !Number.isInteger(pageCount)) problems.pages = '页数必须是整数';
    const r = await adding.run(
      {
        caseFileId: data.caseFileId,
        proceedingId: proceedingId || null,
        title,
        kind: (kind || 'documentary') as EvidenceKind,
        ...submitterChoice(who),
        purpose,
        form,
        source,
        pages: pageCount !== null && Number.isInteger(pageCount) ? pageCount : null,
        receivedDate,
        fileName: file?.name ?? '',
        contentBase64: file?.base64 ?? '',
      },
      problems,
    );
    if (r.ok) onClose();
  });
  const fileError = reading ?? errors.contentBase64;

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="md" aria-labelledby="add-evidence-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="add-evidence-title">添加证据</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
              <Button variant="outlined" startIcon={<UploadFileOutlinedIcon />} onClick={() => input.current?.click()} disabled={busy}>选择文件</Button>
              <input ref={input} type="file" hidden accept="image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf" onChange={(e) => void pick(e)} data-testid="evidence-file-input" />
              <Typography variant="body2" color={fileError ? 'error' : file ? 'text.primary' : 'text.secondary'} sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                {fileError ?? (file ? `${file.name}（${sizeText(file.size)}）` : `照片或扫描件（JPG、PNG）或 PDF，不超过 ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB`)}
              </Typography>
            </Stack>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <TextField size="small" label="证据名称" required value={title} onChange={(e) => { setTitle(e.target.value); clear('title'); }} sx={{ flex: 1 }}
                placeholder="例如：2026年8月至10月考勤表" error={!!errors.title} helperText={errors.title} slotProps={{ htmlInput: { maxLength: 100 } }} />
              <TextField select size="small" label="证据种类" required value={kind} onChange={(e) => { setKind(e.target.value as EvidenceKind); clear('kind'); }} sx={{ width: 180 }}
                error={!!errors.kind} helperText={errors.kind}>
                {EVIDENCE_KIND.values.map((k) => <MenuItem key={k} value={k}>{EVIDENCE_KIND.label(k)}</MenuItem>)}
              </TextField>
            </Stack>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <TextField select size="small" label="提交人" required value={who} onChange={(e) => { setWho(e.target.value); clear('submitterId'); }} sx={{ flex: 1 }}
                error={!!errors.submitterId} helperText={errors.submitterId}>
                {data.submitters.map((s) => <MenuItem key={`${s.submitter}:${s.id}`} value={`${s.submitter}:${s.id}`}>{s.name}（{s.submitter === 'worker' ? '投诉人' : '被投诉方'}）</MenuItem>)}
                <MenuItem value="bureau">{EVIDENCE_SUBMITTER.label('bureau')}</MenuItem>
              </TextField>
              {data.proceedings.length > 0 && (
                <TextField select size="small" label="所属程序" value={proceedingId} onChange={(e) => { setProceedingId(e.target.value); clear('proceedingId'); }} sx={{ flex: 1 }}
                  error={!!errors.proceedingId} helperText={errors.proceedingId ?? '选填'}>
                  <MenuItem value="">（整个案卷）</MenuItem>
                  {data.proceedings.map((p) => <MenuItem key={p.id} value={p.id}>{p.label}</MenuItem>)}
                </TextField>
              )}
            </Stack>
            <TextField label="证明目的" required multiline minRows={2} value={purpose} onChange={(e) => { setPurpose(e.target.value); clear('purpose'); }}
              placeholder="例如：证明2026年8月至10月在该工地出勤，工资未付" error={!!errors.purpose} helperText={errors.purpose} slotProps={{ htmlInput: { maxLength: 500 } }} />
            <RadioGroup row value={form} onChange={(e) => setForm(e.target.value as EvidenceForm)} aria-label="原件或复印件">
              {EVIDENCE_FORM.values.map((f) => <FormControlLabel key={f} value={f} control={<Radio size="small" />} label={EVIDENCE_FORM.label(f)} />)}
            </RadioGroup>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <TextField size="small" label="来源" value={source} onChange={(e) => { setSource(e.target.value); clear('source'); }} sx={{ flex: 1 }}
                placeholder="例如：投诉人来访时提交；现场检查时调取" error={!!errors.source} helperText={errors.source ?? '如何取得，选填'} slotProps={{ htmlInput: { maxLength: 200 } }} />
              <TextField size="small" label="页数" value={pages} onChange={(e) => { setPages(e.target.value); clear('pages'); }} sx={{ width: 100 }}
                error={!!errors.pages} helperText={errors.pages ?? '选填'} slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
              <DateField label="收到日期" value={receivedDate} onChange={(v) => { setReceivedDate(v); clear('receivedDate'); }} error={errors.receivedDate} width={200} wideHelper />
            </Stack>
            {adding.formError && <Alert severity="error">{adding.formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>取消</Button>
          <Button type="submit" variant="contained" disabled={busy}>{busy ? '正在上传…' : '添加'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
