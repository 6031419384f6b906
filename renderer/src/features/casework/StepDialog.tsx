// One step of a proceeding as a form: its fields from the step's schema, checked here with that schema first, then by
// the core, whose field messages come back to the fields and whose refusal (the state moved on, a guard) is shown
// as it said it. A step a leader decides is sent as a request (提请领导审批), not taken.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useMemo, useState } from 'react';
import type { AvailableActionOut, TeamMember } from '../../../../shared/contract/casework';
import { dateKeyOf } from '../../../../shared/domain/time';
import type { ProceedingKind } from '../../../../shared/domain/vocabulary';
import { PROCEEDING_KIND } from '../../../../shared/domain/vocabulary';
import { onFormSubmit } from '../../platform/mutations';
import { useTakeStep } from './queries';
import { checkInput, describeInput, initialValues, stepDef, toInput, typedProblems, type StepValues } from './step-fields';
import { StepFields } from './StepFields';
import { useStepDefaults } from './step-defaults';

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
  /** The file, for a step whose form starts from its stored figures (结案's amounts). */
  caseFileId?: string;
  /** The file's team, for a step naming one of its people (决定回避's replacement). */
  team?: readonly TeamMember[];
}

export function StepDialog({ kind, proceedingId, rowVersion, step, gone, onClose, onDone, caseFileId = '', team }: Props) {
  const def = stepDef(kind, step.action);
  const fields = useMemo(() => (def ? describeInput(def.input) : []), [def]);
  const [values, setValues] = useState<StepValues>(() => initialValues(fields, dateKeyOf(Date.now())));
  // Only fields still empty take a stored figure: what the clerk typed stays.
  useStepDefaults(kind, step.action, caseFileId, (d) => setValues((v) => ({ ...v, ...Object.fromEntries(Object.entries(d).filter(([k]) => v[k] === '')) })));
  const approval = step.approval === 'leader';
  // The step's fields show their own messages; any other refusal (the state moved on, a guard) is said as the core said it.
  const acting = useTakeStep({ fields: (k) => fields.some((f) => k === f.name || k.startsWith(`${f.name}.`)) });
  const { fieldErrors: errors, busy } = acting;
  const send = onFormSubmit(async () => {
    const input = toInput(fields, values);
    // Checked with the step's own schema first (the channel's contract only knows "an object").
    const problems = def ? { ...checkInput(def.input, input), ...typedProblems(fields, values) } : {};
    if (Object.keys(problems).length > 0) return acting.refuse(problems);
    const r = await acting.run({ proceedingId, action: step.action, input, expectedRowVersion: rowVersion });
    if (r.ok) onDone({ label: step.label, approvalRequested: r.value.approvalRequested, number: r.value.number });
  });
  const change = (name: string, value: string | string[], errorKey: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    acting.clearField(errorKey, name);
  };
  /** The core refused (not the form's own check): a step no longer offered cannot be sent again. */
  const refused = acting.error !== null && acting.error.code !== 'VALIDATION';
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
            <StepFields team={team} fields={fields} values={values} errors={errors} onChange={change} />
            {acting.formError && <Alert severity="error" data-testid="step-refusal">{acting.formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" disabled={busy || !def || (gone && refused)}>
            {busy ? '正在提交…' : approval ? '提请领导审批' : `确认${step.label}`}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
