// Creating the party complained about, without leaving the desk form: an organisation (统一社会信用代码 optional,
// checked when given), an individual (包工头, 个体 — with an ID number when known), or one not yet known.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import type { Party } from '../../../../../shared/contract/parties';
import { PARTY_KIND, type PartyKind } from '../../../../../shared/domain/vocabulary';
import { useSubmit } from '../../../components/useSubmit';
import { call } from '../../../platform/api';

interface Props {
  open: boolean;
  initialName: string;
  /** The kind the clerk chose in the party box; each opening starts from it, never from the last one used. */
  initialKind: PartyKind;
  onClose: () => void;
  onCreated: (party: Party) => void;
}

export function PartyCreateDialog({ open, initialName, initialKind, onClose, onCreated }: Props) {
  const [kind, setKind] = useState<PartyKind>('organisation');
  const [v, setV] = useState({ name: '', creditCode: '', idNumber: '', legalRepName: '', legalRepTitle: '', address: '', phone: '' });
  // A number typed under the wrong kind moves with the switch (a credit code typed as an ID becomes the credit code).
  const changeKind = (next: PartyKind) => {
    setKind(next);
    if (next === 'organisation' && !v.creditCode.trim() && v.idNumber.trim()) setV({ ...v, creditCode: v.idNumber, idNumber: '' });
    if (next === 'individual' && !v.idNumber.trim() && v.creditCode.trim()) setV({ ...v, idNumber: v.creditCode, creditCode: '' });
  };
  const set = (k: keyof typeof v) => (e: React.ChangeEvent<HTMLInputElement>) => setV({ ...v, [k]: e.target.value });
  const { errors, setErrors, failure, setFailure, busy, submit } = useSubmit(
    () =>
      call('parties.create', {
        kind,
        name: v.name,
        creditCode: kind === 'organisation' ? v.creditCode : null,
        idNumber: kind === 'individual' ? v.idNumber : null,
        legalRepName: kind === 'organisation' ? v.legalRepName : null,
        legalRepTitle: kind === 'organisation' ? v.legalRepTitle : null,
        address: v.address,
        phone: v.phone,
      }),
    onCreated,
  );

  useEffect(() => {
    if (open) {
      setKind(initialKind);
      setV({ name: initialName, creditCode: '', idNumber: '', legalRepName: '', legalRepTitle: '', address: '', phone: '' });
      setErrors({});
      setFailure(null);
    }
  }, [open, initialName, initialKind, setErrors, setFailure]);

  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle>新增被投诉方</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <RadioGroup row value={kind} onChange={(e) => changeKind(e.target.value as PartyKind)} aria-label="被投诉方类型">
              {PARTY_KIND.values.map((k) => <FormControlLabel key={k} value={k} control={<Radio />} label={PARTY_KIND.label(k)} />)}
            </RadioGroup>
            <TextField label={kind === 'organisation' ? '单位名称' : kind === 'individual' ? '姓名' : '称呼（如“张姓包工头”）'} value={v.name} onChange={set('name')} autoFocus required
              error={!!errors.name} helperText={errors.name} />
            {kind === 'organisation' && (
              <>
                <TextField label="统一社会信用代码（选填）" value={v.creditCode} onChange={set('creditCode')} error={!!errors.creditCode}
                  helperText={errors.creditCode ?? '填写后自动校验'} slotProps={{ htmlInput: { spellCheck: false } }} />
                <Stack direction="row" spacing={2}>
                  <TextField label="法定代表人（负责人）" value={v.legalRepName} onChange={set('legalRepName')} sx={{ flex: 1 }} />
                  <TextField label="职务" value={v.legalRepTitle} onChange={set('legalRepTitle')} sx={{ width: 140 }} />
                </Stack>
              </>
            )}
            {kind === 'individual' && (
              <TextField label="身份证号码（选填）" value={v.idNumber} onChange={set('idNumber')} error={!!errors.idNumber} helperText={errors.idNumber} />
            )}
            <TextField label="地址" value={v.address} onChange={set('address')} error={!!errors.address} helperText={errors.address} />
            <TextField label="联系电话" value={v.phone} onChange={set('phone')} error={!!errors.phone} helperText={errors.phone} />
            {failure && <Alert severity="error">{failure.message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" disabled={busy}>保存并选用</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
