// One step of a proceeding as a form: its fields from the step's schema, checked here with that schema first, then by
// the core, whose field messages come back to the fields and whose refusal (the state moved on, a guard) is shown
// as it said it. A step a leader decides is sent as a request (提请领导审批), not taken.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useMemo, useState, type FormEvent } from 'react';
import type { AvailableActionOut } from '../../../../shared/contract/casework';
import { dateKeyOf } from '../../../../shared/domain/time';
import type { ProceedingKind } from '../../../../shared/domain/vocabulary';
import { PROCEEDING_KIND } from '../../../../shared/domain/vocabulary';
import { useSubmit } from '../../components/useSubmit';
import { useCaseworkCalls } from './queries';
import { checkInput, describeInput, initialValues, stepDef, toInput, type StepValues } from './step-fields';
import { StepFields } from './StepFields';

export interface StepOutcome {
  label: string;
  approvalRequested: boolean;
  number: string | null;
}

interface Props {
  kind: ProceedingKind;
  proceedingId: string;
  rowVersion: number;
  step: AvailableActionOut;
  /** The proceeding, as last read, no longer offers this step (someone else moved it on). */
  gone: boolean;
  onClose: () => void;
  onDone: (outcome: StepOutcome) => void;
}

export function StepDialog({ kind, proceedingId, rowVersion, step, gone, onClose, onDone }: Props) {
  const def = stepDef(kind, step.action);
  const fields = useMemo(() => (def ? describeInput(def.input) : []), [def]);
  const [values, setValues] = useState<StepValues>(() => initialValues(fields, dateKeyOf(Date.now())));
  const calls = useCaseworkCalls();
  const approval = step.approval === 'leader';
  const { errors, setErrors, failure, busy, submit, clear } = useSubmit(
    () => calls.act({ proceedingId, action: step.action, input: toInput(fields, values), expectedRowVersion: rowVersion }),
    (r) => onDone({ label: step.label, approvalRequested: r.approvalRequested, number: r.number }),
    (e) => {
      if (e.code === 'CONFLICT' || e.code === 'STEP_BLOCKED') void calls.refresh();
    },
  );

  const send = (e: FormEvent) => {
    e.preventDefault();
    const problems = def ? checkInput(def.input, toInput(fields, values)) : {};
    if (Object.keys(problems).length > 0) {
      setErrors(problems);
      return;
    }
    void submit(e);
  };
  const change = (name: string, value: string | string[], errorKey: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    clear(errorKey);
    clear(name);
  };
  const fieldKeys = Object.keys(errors).filter((k) => fields.some((f) => k === f.name || k.startsWith(`${f.name}.`)));
  const titleId = `step-${step.action}-title`;

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <form onSubmit={send} noValidate>
        <DialogTitle id={titleId}>{approval ? `提请领导审批：${step.label}` : step.label}（{PROCEEDING_KIND.label(kind)}）</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {approval && (
              <Alert severity="info">
                “{step.label}”须经包案领导审批。提交后记入待审批事项，领导批准后才生效，日期以领导审批的日期为准；审批之前本程序不能办理其他步骤。
              </Alert>
            )}
            {!def && <Alert severity="error">本机的程序定义中没有“{step.label}”这一步骤，请更新薪安后再办理。</Alert>}
            <StepFields fields={fields} values={values} errors={errors} onChange={change} />
            {failure && fieldKeys.length === 0 && (
              <Alert severity="error" data-testid="step-refusal">{failure.message}</Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" disabled={busy || !def || (gone && !!failure)}>
            {busy ? '正在提交…' : approval ? '提请领导审批' : `确认${step.label}`}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
