// Adding the party complained about, without leaving the desk form: an organisation (统一社会信用代码 optional,
// checked when given), an individual (包工头, 个体 — with an ID number when known), or one not yet known. Nothing is
// saved here: the party goes into the form and is created with the registration, so an abandoned one leaves none.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { partyCreateInput } from '../../../../../shared/contract/parties';
import { PARTY_KIND, type PartyKind } from '../../../../../shared/domain/vocabulary';
import { newPartyInput, type NewPartyValues } from './model';

interface Props {
  /** What the dialog starts from: the kind the clerk chose and the name typed, or a new party being corrected. */
  initial: NewPartyValues | null;
  onClose: () => void;
  onDone: (party: NewPartyValues) => void;
}

const BLANK: NewPartyValues = { kind: 'organisation', name: '', creditCode: '', idNumber: '', legalRepName: '', legalRepTitle: '', address: '', phone: '' };

/** The contract's own messages, by field, for what the dialog holds (the core checks the same again on save). */
function check(v: NewPartyValues): Record<string, string> {
  const parsed = partyCreateInput.safeParse(newPartyInput(v));
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? 'name');
    if (!(key in errors)) errors[key] = issue.message;
  }
  return errors;
}

export function PartyCreateDialog({ initial, onClose, onDone }: Props) {
  const [v, setV] = useState<NewPartyValues>(BLANK);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const open = initial !== null;
  const kind = v.kind;
  // A click beside the dialog does not throw away what was typed in it (取消 and Esc still do).
  const typed = initial !== null && JSON.stringify(v) !== JSON.stringify(initial);

  useEffect(() => {
    if (initial) {
      setV(initial);
      setErrors({});
    }
  }, [initial]);

  // A number typed under the wrong kind moves with the switch (a credit code typed as an ID becomes the credit code).
  const changeKind = (next: PartyKind) => {
    const moved = { ...v, kind: next };
    if (next === 'organisation' && !v.creditCode.trim() && v.idNumber.trim()) Object.assign(moved, { creditCode: v.idNumber, idNumber: '' });
    if (next === 'individual' && !v.idNumber.trim() && v.creditCode.trim()) Object.assign(moved, { idNumber: v.creditCode, creditCode: '' });
    setV(moved);
    setErrors({});
  };
  const set = (k: keyof NewPartyValues) => (e: React.ChangeEvent<HTMLInputElement>) => {
    setV({ ...v, [k]: e.target.value });
    if (k in errors) setErrors(Object.fromEntries(Object.entries(errors).filter(([f]) => f !== k)));
  };
  const submit = (e: React.FormEvent) => {
    // stopPropagation: the dialog sits in a portal, but React would still bubble its submit to the desk form.
    e.preventDefault();
    e.stopPropagation();
    const found = check(v);
    setErrors(found);
    if (Object.keys(found).length === 0) onDone(v);
  };
  // A message for a field the dialog does not show for this kind (the kind itself) still reaches the clerk.
  const shown = ['name', 'address', 'phone', ...(kind === 'organisation' ? ['creditCode', 'legalRepName', 'legalRepTitle'] : kind === 'individual' ? ['idNumber'] : [])];
  const unshown = Object.entries(errors).find(([k]) => !shown.includes(k))?.[1];

  return (
    <Dialog open={open} onClose={(_e, reason) => (reason === 'backdropClick' && typed ? undefined : onClose())} maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle>新增被投诉方</DialogTitle>
        <DialogContent>
          <DialogContentText variant="body2" sx={{ mb: 1 }}>随本次登记一并保存；登记未保存的，不会留下记录。</DialogContentText>
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
                  <TextField label="法定代表人（负责人）" value={v.legalRepName} onChange={set('legalRepName')} sx={{ flex: 1 }}
                    error={!!errors.legalRepName} helperText={errors.legalRepName} />
                  <TextField label="职务" value={v.legalRepTitle} onChange={set('legalRepTitle')} sx={{ width: 140 }}
                    error={!!errors.legalRepTitle} helperText={errors.legalRepTitle} />
                </Stack>
              </>
            )}
            {kind === 'individual' && (
              <TextField label="身份证号码（选填）" value={v.idNumber} onChange={set('idNumber')} error={!!errors.idNumber} helperText={errors.idNumber} />
            )}
            <TextField label="地址" value={v.address} onChange={set('address')} error={!!errors.address} helperText={errors.address} />
            <TextField label="联系电话" value={v.phone} onChange={set('phone')} error={!!errors.phone} helperText={errors.phone} />
            {unshown && <Alert severity="error">{unshown}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained">选用</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
