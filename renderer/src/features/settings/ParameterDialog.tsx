// Adds a dated value for a parameter (parameters.set). Earlier values stay: the one in force is resolved by date
// and region. The same key, region and date replaces that day's value.
import {
  Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField, Typography,
} from '@mui/material';
import { useState } from 'react';
import type { Unit } from '../../../../shared/contract/reference';
import { PARAMETER_DEFS, PARAMETER_KEYS, parameterHelp, type ParameterKey } from '../../../../shared/domain/parameters';
import { dateKeyOf } from '../../../../shared/domain/time';
import { CONFIDENCE, type Confidence } from '../../../../shared/domain/vocabulary';
import { useSession } from '../../app/session';
import { onFormSubmit } from '../../platform/mutations';
import { useSetParameter } from './queries';
import { regionChoices } from './regions';
import { DateField } from '../../components/DateField';

const FIELDS = ['key', 'region', 'value', 'effectiveFrom', 'source', 'confidence', 'note'];

export function ParameterDialog({ initialKey, units, onClose }: { initialKey: ParameterKey | null; units: Unit[]; onClose: () => void }) {
  const { unit } = useSession();
  const keys = PARAMETER_KEYS.filter((k) => !PARAMETER_DEFS[k].fixed);
  const [key, setKey] = useState<ParameterKey>(initialKey ?? keys[0]);
  const [region, setRegion] = useState(unit.regionCode);
  const [value, setValue] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState(dateKeyOf(Date.now()));
  const [source, setSource] = useState('');
  const [confidence, setConfidence] = useState<Confidence | ''>('');
  const [note, setNote] = useState('');
  const def = PARAMETER_DEFS[key];
  const setting = useSetParameter({ fields: FIELDS });
  const { fieldErrors: errors, busy } = setting;
  const clear = setting.clearField;
  const submit = onFormSubmit(async () => {
    let typed: number | boolean | string = value;
    if (def.type === 'integer') {
      typed = value.trim() === '' ? NaN : Number(value);
      if (!Number.isFinite(typed)) return setting.refuse({ value: '请填写数值' }, '请填写数值');
    } else if (def.type === 'boolean') {
      if (value === '') return setting.refuse({ value: '请选择取值' }, '请选择取值');
      typed = value === 'true';
    } else if (value === '') return setting.refuse({ value: '请选择取值' }, '请选择取值');
    const r = await setting.run({ key, region, value: typed, effectiveFrom, source, confidence: confidence as Confidence, note: note || null });
    if (r.ok) onClose();
  });

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="parameter-dialog-title">
      {/* A real form (display: contents keeps the dialog's layout): Enter submits, and the core's Chinese
          field messages show instead of the browser's own validation bubbles. */}
      <Box component="form" noValidate onSubmit={submit} sx={{ display: 'contents' }}>
        <DialogTitle id="parameter-dialog-title">新增参数取值</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField select label="参数" value={key} onChange={(e) => { setKey(e.target.value as ParameterKey); setValue(''); clear('key'); }} autoFocus
              error={!!errors.key} helperText={errors.key ?? parameterHelp(key, unit.regionCode)}>
              {keys.map((k) => <MenuItem key={k} value={k}>{PARAMETER_DEFS[k].label}</MenuItem>)}
            </TextField>
            <TextField select label="适用地区" value={region} onChange={(e) => { setRegion(e.target.value); clear('region'); }}
              error={!!errors.region} helperText={errors.region ?? '有本地取值时优先适用本地的；没有时依次适用市、省、全国的取值'}>
              {regionChoices(unit.regionCode, units).map((r) => <MenuItem key={r.value} value={r.value}>{r.label}</MenuItem>)}
            </TextField>
            <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
              {def.type === 'integer' ? (
                <TextField label={`取值（${def.unit}）`} value={value} onChange={(e) => { setValue(e.target.value); clear('value'); }} required
                  slotProps={{ htmlInput: { inputMode: 'numeric', min: def.min, max: def.max } }}
                  error={!!errors.value} helperText={errors.value ?? `${def.min}–${def.max}${def.unit}`} />
              ) : (
                <TextField select label="取值" value={value} onChange={(e) => { setValue(e.target.value); clear('value'); }} required
                  error={!!errors.value} helperText={errors.value}>
                  {(def.type === 'boolean'
                    ? [{ value: 'true', label: def.trueLabel }, { value: 'false', label: def.falseLabel }]
                    : def.options
                  ).map((o) => <MenuItem key={o.value} value={o.value}>{o.label}</MenuItem>)}
                </TextField>
              )}
              <DateField label="生效日期" value={effectiveFrom} onChange={(v) => { setEffectiveFrom(v); clear('effectiveFrom'); }} width={240}
                error={errors.effectiveFrom} helperText="同一天已有取值的，将被替换" />
            </Box>
            <TextField label="依据或来源" value={source} onChange={(e) => { setSource(e.target.value); clear('source'); }} required
              placeholder="如：《劳动争议调解仲裁法》第七条；或本局某年某号文件"
              error={!!errors.source} helperText={errors.source ?? '请写明法律法规条款或本地文件名称、文号'} />
            <TextField select label="可信程度" value={confidence} onChange={(e) => { setConfidence(e.target.value as Confidence); clear('confidence'); }} required
              error={!!errors.confidence} helperText={errors.confidence ?? '无法确认出处的，请选“待核实”'}>
              {CONFIDENCE.values.map((c) => <MenuItem key={c} value={c}>{CONFIDENCE.label(c)}</MenuItem>)}
            </TextField>
            <TextField label="备注" value={note} onChange={(e) => { setNote(e.target.value); clear('note'); }}
              error={!!errors.note} helperText={errors.note} />
            {setting.formError && <Alert severity="error">{setting.formError}</Alert>}
            <Typography variant="caption" color="text.secondary">保存后会记录在审计日志中；已有的取值不会被删除。</Typography>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" disabled={busy}>{busy ? '正在保存…' : '保存'}</Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
