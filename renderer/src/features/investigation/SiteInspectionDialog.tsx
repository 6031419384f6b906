// 现场检查笔录 as a draft: when (from–to) and where (the project or site), the two or more inspectors (监察条例 Art.
// 16: only those with a valid 执法证 are offered, the core checks again), the recorder, the unit inspected and who was
// present for it, what was found, and the photos (JPEG or PNG, each with a caption). The first save makes the draft;
// the dialog stays open on it so photos can be added. The core's refusal is shown at the field; nothing typed is lost.
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { Alert, Autocomplete, Box, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, FormGroup, FormHelperText, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { FileInvestigation } from '../../../../shared/contract/investigation';
import type { FileSiteInspections, SiteInspectionView } from '../../../../shared/contract/site-inspection';
import { MAX_SITE_PHOTOS } from '../../../../shared/domain/site-inspection';
import { onFormSubmit } from '../../platform/mutations';
import { DateTimeField, dateTimeNow, instantOfDateTime, type DateTime } from '../incidents/DateTimeField';
import { PhotoThumb } from './SitePhotos';
import { useAddSitePhoto, useCreateSiteInspection, useRemoveSitePhoto, useSaveSiteInspection } from './queries';

const FIELDS = ['startedAt', 'endedAt', 'place', 'inspectorIds', 'recorderId', 'employerName', 'present', 'findings', 'photos'];
const EMPTY_TIME: DateTime = { date: '', time: '' };

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('读取文件失败，请重新选择'));
    reader.readAsDataURL(file);
  });
}

interface Props {
  investigation: FileInvestigation;
  sites: FileSiteInspections;
  proceedingId: string;
  record: SiteInspectionView | null;
  onClose: () => void;
}

export function SiteInspectionDialog({ investigation, sites, proceedingId, record: given, onClose }: Props) {
  const [record, setRecord] = useState<SiteInspectionView | null>(given);
  const [start, setStart] = useState<DateTime>(() => dateTimeNow(given?.startedAt));
  const [end, setEnd] = useState<DateTime>(() => (given?.endedAt ? dateTimeNow(given.endedAt) : EMPTY_TIME));
  const [place, setPlace] = useState(given?.place ?? sites.places[0] ?? '');
  const [inspectors, setInspectors] = useState<string[]>(given?.inspectors.map((i) => i.staffId) ?? []);
  const [recorder, setRecorder] = useState(given?.recorder?.id ?? '');
  const [employer, setEmployer] = useState(given?.employerName ?? sites.employers.find((e) => e.proceedingId === proceedingId)?.name ?? '');
  const [present, setPresent] = useState<{ name: string; post: string }[]>(given?.present.map((p) => ({ name: p.name, post: p.post ?? '' })) ?? [{ name: '', post: '' }]);
  const [findings, setFindings] = useState(given?.findings ?? '');
  const [captions, setCaptions] = useState<Record<string, string>>(() => Object.fromEntries((given?.photos ?? []).map((p) => [p.id, p.caption])));
  const [saved, setSaved] = useState<string | null>(null);
  const creating = useCreateSiteInspection({ fields: FIELDS });
  const saving = useSaveSiteInspection({ fields: FIELDS });
  const adding = useAddSitePhoto();
  const removing = useRemoveSitePhoto();
  const act = record ? saving : creating;
  const { fieldErrors: errors, clearField: clear } = act;
  const busy = act.busy || adding.busy || removing.busy;
  const offered = [...investigation.inspectors, ...(record?.inspectors.filter((i) => !investigation.inspectors.some((x) => x.staffId === i.staffId)) ?? [])];
  // Leaving with unsaved changes asks first.
  const snapshot = JSON.stringify([start, end, place, inspectors, recorder, employer, present, findings, captions]);
  const [initial, setInitial] = useState(snapshot);
  const [leaving, setLeaving] = useState(false);
  const cancel = () => (snapshot === initial || leaving ? onClose() : setLeaving(true));

  const send = onFormSubmit(async () => {
    const startedAt = instantOfDateTime(start);
    const endedAt = end.date === '' && end.time === '' ? null : instantOfDateTime(end);
    const problems: Record<string, string> = {};
    if (startedAt === null) problems.startedAt = '请填写检查开始的日期和时间（时:分）';
    if (endedAt === null && !(end.date === '' && end.time === '')) problems.endedAt = '检查结束时间的日期或时:分有误';
    const fields = {
      startedAt: startedAt ?? 0,
      endedAt,
      place,
      inspectorIds: inspectors,
      recorderId: recorder || null,
      employerName: employer,
      present: present.filter((p) => p.name.trim() !== '' || p.post.trim() !== '').map((p) => ({ name: p.name, post: p.post || null })),
      findings,
    };
    const r = record
      ? await saving.run({ id: record.id, rowVersion: record.rowVersion, ...fields, photos: record.photos.map((p) => ({ id: p.id, caption: captions[p.id] ?? '' })) }, problems)
      : await creating.run({ proceedingId, ...fields }, problems);
    if (!r.ok) return;
    if (record) return onClose();
    // A new draft stays open: its photos are added to it now.
    setRecord(r.value);
    setInitial(snapshot);
    setSaved('已保存草稿。现在可以添加现场照片，并为每张照片写明说明。');
  });

  const upload = async (files: FileList | null) => {
    if (!record || !files) return;
    let current = record;
    for (const file of Array.from(files)) {
      const r = await adding.run({ inspectionId: current.id, fileName: file.name, caption: '', contentBase64: await readBase64(file) });
      if (!r.ok) break;
      current = r.value;
      setRecord(r.value);
    }
  };
  const remove = async (photoId: string) => {
    const r = await removing.run({ photoId });
    if (r.ok) setRecord(r.value);
  };

  return (
    <Dialog open onClose={busy ? undefined : cancel} fullWidth maxWidth="md" aria-labelledby="site-inspection-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="site-inspection-title">{record ? '现场检查笔录（草稿）' : '新建现场检查笔录'}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {saved && <Alert severity="success" onClose={() => setSaved(null)}>{saved}</Alert>}
            <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
              <DateTimeField label="检查开始" value={start} onChange={(v) => { setStart(v); clear('startedAt'); }} error={errors.startedAt} />
              <DateTimeField label="检查结束" value={end} onChange={(v) => { setEnd(v); clear('endedAt'); }} error={errors.endedAt} helperText="定稿前填写" />
            </Stack>
            <Autocomplete freeSolo options={sites.places} inputValue={place} onInputChange={(_, v) => { setPlace(v); clear('place'); }}
              renderInput={(params) => <TextField {...params} size="small" label="检查地点（项目、工地）" required error={!!errors.place} helperText={errors.place ?? '可从本案登记的项目中选择，也可直接填写'} />} />
            <div>
              <Typography variant="subtitle2">检查人员（两名以上持有效执法证的监察员）</Typography>
              <FormGroup row aria-label="检查人员">
                {offered.map((i) => (
                  <FormControlLabel key={i.staffId} label={`${i.name}（${i.certNo}）`}
                    control={<Checkbox checked={inspectors.includes(i.staffId)} onChange={(e) => { setInspectors(e.target.checked ? [...inspectors, i.staffId] : inspectors.filter((x) => x !== i.staffId)); clear('inspectorIds'); }} />} />
                ))}
              </FormGroup>
              {offered.length < 2 && <FormHelperText>本单位持有效执法证的监察员不足两名，请先在“设置 → 人员”中登记执法证号及有效期</FormHelperText>}
              {errors.inspectorIds && <FormHelperText error>{errors.inspectorIds}</FormHelperText>}
            </div>
            <Stack direction="row" spacing={2}>
              <TextField select size="small" label="记录人" value={recorder} onChange={(e) => { setRecorder(e.target.value); clear('recorderId'); }} sx={{ width: 200 }}
                error={!!errors.recorderId} helperText={errors.recorderId ?? '选填'}>
                <MenuItem value="">（不填）</MenuItem>
                {offered.map((i) => <MenuItem key={i.staffId} value={i.staffId}>{i.name}</MenuItem>)}
              </TextField>
              <Autocomplete freeSolo sx={{ flex: 1 }} options={[...new Set(sites.employers.map((e) => e.name))]} inputValue={employer} onInputChange={(_, v) => { setEmployer(v); clear('employerName'); }}
                renderInput={(params) => <TextField {...params} size="small" label="被检查单位" required error={!!errors.employerName} helperText={errors.employerName} />} />
            </Stack>
            <div>
              <Typography variant="subtitle2">被检查单位在场人员</Typography>
              {present.map((p, n) => (
                <Stack key={n} direction="row" spacing={1} sx={{ mt: 1, alignItems: 'center' }}>
                  <TextField size="small" label={`在场人员${n + 1}姓名`} value={p.name} onChange={(e) => { setPresent(present.map((x, i) => (i === n ? { ...x, name: e.target.value } : x))); clear('present'); }} slotProps={{ htmlInput: { maxLength: 40 } }} />
                  <TextField size="small" label="职务" value={p.post} onChange={(e) => setPresent(present.map((x, i) => (i === n ? { ...x, post: e.target.value } : x)))} slotProps={{ htmlInput: { maxLength: 40 } }} />
                  <IconButton aria-label={`删除在场人员${n + 1}`} onClick={() => setPresent(present.filter((_, i) => i !== n))}><DeleteOutlineIcon /></IconButton>
                </Stack>
              ))}
              <Button size="small" onClick={() => setPresent([...present, { name: '', post: '' }])} disabled={present.length >= 10} sx={{ mt: 0.5 }}>添加在场人员</Button>
              {errors.present && <FormHelperText error>{errors.present}</FormHelperText>}
            </div>
            <TextField label="检查情况" multiline minRows={4} value={findings} onChange={(e) => { setFindings(e.target.value); clear('findings'); }}
              error={!!errors.findings} helperText={errors.findings ?? '如实记录现场看到的情况；定稿前须填写'} slotProps={{ htmlInput: { maxLength: 20000 } }} />
            <div>
              <Typography variant="subtitle2">现场照片（JPG、PNG；每张写明说明）</Typography>
              {!record && <FormHelperText>保存草稿后即可添加照片</FormHelperText>}
              {record && (
                <>
                  <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2, mt: 1 }}>
                    {record.photos.map((p, n) => (
                      <Stack key={p.id} spacing={0.5} sx={{ width: 200 }} data-testid="site-photo-edit">
                        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                          <PhotoThumb inspectionId={record.id} photos={record.photos} index={n} size={120} showCaption={false} />
                          <IconButton aria-label={`删除照片${n + 1}`} onClick={() => void remove(p.id)} disabled={busy}><DeleteOutlineIcon /></IconButton>
                        </Stack>
                        <TextField size="small" label={`照片${n + 1}说明`} value={captions[p.id] ?? ''} onChange={(e) => { setCaptions({ ...captions, [p.id]: e.target.value }); clear('photos'); }} slotProps={{ htmlInput: { maxLength: 200 } }} />
                      </Stack>
                    ))}
                  </Stack>
                  <Box sx={{ mt: 1 }}>
                    <Button component="label" size="small" variant="outlined" disabled={busy || record.photos.length >= MAX_SITE_PHOTOS}>
                      {adding.busy ? '正在上传…' : '添加照片'}
                      <input hidden type="file" accept="image/jpeg,image/png" multiple data-testid="site-photo-input" onChange={(e) => { void upload(e.target.files); e.target.value = ''; }} />
                    </Button>
                  </Box>
                  {adding.error && <Alert severity="error" sx={{ mt: 1 }}>{adding.error.fields?.photo ?? adding.error.message}</Alert>}
                  {removing.error && <Alert severity="error" sx={{ mt: 1 }}>{removing.error.message}</Alert>}
                  {errors.photos && <FormHelperText error>{errors.photos}</FormHelperText>}
                </>
              )}
            </div>
            {act.formError && <Alert severity="error">{act.formError}</Alert>}
            {leaving && snapshot !== initial && <Alert severity="warning">笔录有尚未保存的内容。请先“保存草稿”；确实不要这些内容的，再点一次“放弃修改”。</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={cancel} disabled={busy} color={leaving && snapshot !== initial ? 'warning' : 'primary'}>{leaving && snapshot !== initial ? '放弃修改' : record ? '关闭' : '取消'}</Button>
          <Button type="submit" variant="contained" disabled={busy}>{act.busy ? '正在保存…' : '保存草稿'}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
