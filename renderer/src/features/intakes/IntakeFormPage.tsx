// 接待登记 — the desk form. Keyboard first: Tab through the fields, Enter (Ctrl+Enter in the summary) saves, Esc
// offers to start over. Drafts are autosaved. A bad row never costs the clerk the others: the rest can be saved
// and the bad row stays in the form, marked, to be added to the same registration once corrected.
import {
  Alert, AlertTitle, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Paper, Stack, TextField, Typography,
} from '@mui/material';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link as RouterLink, useLocation } from 'react-router';
import type { IntakeDetail } from '../../../../shared/contract/intakes';
import { fmtDateTime } from '../../components/format';
import { growingTextarea } from '../../components/growing-textarea';
import { PageHeader } from '../../components/PageHeader';
import { call, errorFields, errorMessage } from '../../platform/api';
import { useCall } from '../../platform/queries';
import { AmountConfirmDialog } from './form/AmountConfirmDialog';
import { ComplainantsSection } from './form/ComplainantsSection';
import { GroupTotals } from './form/GroupCounts';
import {
  emptyForm, filledRows, formFromDraft, isUntouchedForm, rowErrors, rowFromRoster, rowsOnlyErrors, serverErrors, toInput, type Errors, type FormValues,
} from './form/model';
import { PartiesSection } from './form/PartiesSection';
import { RosterImportDialog } from './form/RosterImportDialog';
import { RoutingSection } from './form/RoutingSection';
import { ScreeningFields } from './form/ScreeningFields';
import { SourceSection } from './form/SourceSection';
import { submissionKeyFor, type SubmissionKey } from './form/submission-key';
import { useDraft } from './form/useDraft';
import { NoticeField } from '../followup/NoticeField';
import { RepeatSection } from '../followup/RepeatSection';

type AppendTo = { id: string; regNoText: string; rowVersion: number; count: number };

// The sections take only stable props (control, register, setValue, and errors that change only with a message), so
// a keystroke in a complainant row draws none of them again: a group of twelve or fifty types as quickly as one.
const Source = memo(SourceSection);
const Parties = memo(PartiesSection);
const Screening = memo(ScreeningFields);
const Routing = memo(RoutingSection);
const Repeat = memo(RepeatSection);
const Totals = memo(GroupTotals);
const Notice = memo(NoticeField);

function Section({ title, label, children, action }: { title: React.ReactNode; label?: string; children: React.ReactNode; action?: React.ReactNode }) {
  return (
    <Paper component="section" sx={{ p: 2.5 }} aria-label={label ?? (typeof title === 'string' ? title : undefined)}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1.5 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>{title}</Typography>
        {action}
      </Stack>
      {children}
    </Paper>
  );
}

export function IntakeFormPage() {
  const form = useForm<FormValues>({ defaultValues: emptyForm(Date.now()) });
  const { control, register, getValues, reset, setValue, subscribe, watch } = form;
  const [errors, setErrors] = useState<Errors>({});
  const [blurErrors, setBlurErrors] = useState<Errors>({});
  const [submitted, setSubmitted] = useState(false);
  const [appendTo, setAppendTo] = useState<AppendTo | null>(null);
  const [offerPartial, setOfferPartial] = useState<number[] | null>(null);
  const [done, setDone] = useState<(IntakeDetail & { attached: boolean }) | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const [confirmAmounts, setConfirmAmounts] = useState<{ skip: number[]; messages: string[] } | null>(null);
  const [rosterOpen, setRosterOpen] = useState(false);
  const openRoster = useCallback(() => setRosterOpen(true), []);
  const [busy, setBusy] = useState(false);
  const [resets, setResets] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const submission = useRef<SubmissionKey | null>(null);
  const draft = useDraft('intake.new', form, appendTo, setAppendTo, (saved) => formFromDraft(saved, Date.now()), isUntouchedForm);
  // The cursor starts in the first field (登记类型), not in the menu eight Tabs away — and returns there for the next visitor.
  // Deferred a frame, so after a reset it is the newly checked radio that takes the cursor; tried again for a few frames
  // while the cursor is still outside the form (a menu link clicked a moment before kept it on a loaded machine).
  // A field the person went to meanwhile is theirs: a fast clerk typing before the page finished loading keeps the cursor.
  const focusFirstField = useCallback(() => {
    const start = document.activeElement;
    let frames = 0;
    let handle = requestAnimationFrame(function place() {
      const first = formRef.current?.querySelector<HTMLInputElement>('input[name="kind"]:checked');
      const active = document.activeElement;
      // Typing somewhere else in the form (not a button a closing dialog gave the focus back to).
      const isField = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement;
      const movedIntoForm = isField && active !== start && formRef.current?.contains(active);
      if (first && (movedIntoForm || (frames > 0 && formRef.current?.contains(active)))) return;
      first?.focus();
      if (frames++ < 10) handle = requestAnimationFrame(place);
    });
    return () => cancelAnimationFrame(handle);
  }, []);
  // Each arrival through the menu counts, also one that never left the form: a click on 登记台账 and straight back to
  // 接待登记 on a busy machine can end before the list was ever drawn, and the form is then not mounted again.
  const arrival = useLocation().key;
  useEffect(() => focusFirstField(), [focusFirstField, arrival]);

  // Once a save was tried, errors follow the clerk's corrections live.
  useEffect(() => {
    if (!submitted) return;
    const sub = watch(() => setErrors(toInput(getValues()).errors));
    return () => sub.unsubscribe();
  }, [submitted, watch, getValues]);

  const shown: Errors = submitted ? errors : blurErrors;
  // The messages outside the complainants' rows, the same object while they are the same: a row's blur that changes
  // only that row's messages draws the rows' section, not the date pickers, the employer picker and the rest of the
  // page's sections (at 100 rows that was 40–70 ms of a Tab, issue #15 item 6).
  // A reset of the form (after a save, 丢弃草稿, a draft restored) gives them a new object all the same: their fields are
  // registered (uncontrolled), and react-hook-form's reset puts the new values into a field only as it registers again,
  // when its section is drawn — a memoized section left alone kept the last visitor's 告知内容 on the screen.
  const outsideKey = JSON.stringify(Object.entries(shown).filter(([k]) => !k.startsWith('complainants.')));
  const restoredAt = draft.restoredAt;
  const outside = useMemo<Errors>(() => Object.fromEntries(JSON.parse(outsideKey) as [string, string][]), [outsideKey, resets, restoredAt]);
  const params = useCall('parameters.list', {});
  const inForce = useCallback(
    (key: string) => {
      const v = params.data?.find((p) => p.key === key && p.inForce)?.value;
      return typeof v === 'number' ? v : null;
    },
    [params.data],
  );
  const repsMax = inForce('intake.representativesMax');
  // The rows that could be saved now, when the dialog offers to save them without the bad ones.
  const othersCount = offerPartial === null ? 0 : filledRows(getValues()).length - offerPartial.length;

  // Stable, and a blur that changes no message keeps the same errors object: the rows and sections are memoized.
  const onRowBlur = useCallback(
    (i: number) => {
      const found = rowErrors(getValues(`complainants.${i}`));
      setBlurErrors((prev) => {
        const next = Object.fromEntries(Object.entries(prev).filter(([k]) => !k.startsWith(`complainants.${i}.`)));
        for (const [k, m] of Object.entries(found)) next[`complainants.${i}.${k}`] = m;
        return JSON.stringify(next) === JSON.stringify(prev) ? prev : next;
      });
    },
    [getValues],
  );

  const resetForm = useCallback(
    (values: FormValues) => {
      reset(values);
      setResets((n) => n + 1);
    },
    [reset],
  );

  const startOver = async () => {
    resetForm(emptyForm(Date.now()));
    setErrors({});
    setBlurErrors({});
    setSubmitted(false);
    setAppendTo(null);
    setFailure(null);
    focusFirstField();
    await draft.discard();
  };

  const save = async (skip: ReadonlySet<number> = new Set(), amountsConfirmed = false) => {
    setOfferPartial(null);
    setConfirmAmounts(null);
    setFailure(null);
    const v = getValues();
    const { input, errors: found } = toInput(v, skip);
    setSubmitted(true);
    const blocking = Object.fromEntries(Object.entries(found).filter(([k]) => ![...skip].some((i) => k.startsWith(`complainants.${i}.`))));
    setErrors(found);
    if (Object.keys(blocking).length > 0) {
      const badRows = rowsOnlyErrors(blocking);
      if (!appendTo && badRows && badRows.length < filledRows(v).length) setOfferPartial(badRows);
      else setFailure(`请先改正标红的项目：${Object.values(blocking)[0]}${Object.keys(blocking).length > 1 ? `（共${Object.keys(blocking).length}处）` : ''}`);
      return;
    }
    setBusy(true);
    try {
      const detail = appendTo
        ? await call('intakes.addComplainants', { intakeId: appendTo.id, rowVersion: appendTo.rowVersion, complainants: input.complainants ?? [], amountsConfirmed })
        : await call('intakes.create', { ...input, amountsConfirmed, submissionKey: (submission.current = submissionKeyFor(submission.current, input)).key });
      if (skip.size > 0) {
        // Keep only the rows the clerk still has to correct, attached to the registration just saved.
        const keep = v.complainants.filter((_, i) => skip.has(i));
        resetForm({ ...v, complainants: keep });
        setAppendTo({ id: detail.id, regNoText: detail.regNoText, rowVersion: detail.rowVersion, count: detail.complainants.length });
        setErrors(toInput({ ...v, complainants: keep }).errors);
        setBlurErrors({});
      } else {
        submission.current = null;
        setDone({ ...detail, attached: v.repeatAction === 'attach' });
        resetForm(emptyForm(Date.now()));
        setErrors({});
        setBlurErrors({});
        setSubmitted(false);
        setAppendTo(null);
        focusFirstField();
        await draft.discard();
      }
    } catch (e) {
      const { amountsConfirmed: ask, ...fields } = errorFields(e);
      // Amounts to look at again: the core asks, the desk answers in a dialog; the amounts are marked meanwhile.
      if (ask) setConfirmAmounts({ skip: [...skip], messages: Object.values(fields) });
      else setFailure(errorMessage(e));
      setErrors(serverErrors(fields, v, skip));
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLFormElement>) => {
    if (!formRef.current?.contains(e.target as Node)) return; // keys inside dialogs (portals) are theirs
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    } else if (e.key === 'Escape' && !e.defaultPrevented) {
      setConfirmClear(true);
    }
  };

  const { ref: summaryRef, ...summaryReg } = register('summary');

  return (
    <Box component="form" ref={formRef} noValidate onKeyDown={onKeyDown} onSubmit={(e: React.FormEvent) => { e.preventDefault(); void save(); }}>
      <PageHeader title="接待登记" subtitle="Tab 逐项填写，Enter 保存（摘要中用 Ctrl+Enter），Esc 清空重填；草稿自动保存"
        actions={<Typography variant="caption" color="text.secondary" data-testid="draft-status">{draft.keptLocally ? '草稿暂存在本标签页，连接恢复后送回' : draft.savedAt ? `草稿已保存 ${fmtDateTime(draft.savedAt).slice(11)}` : ''}</Typography>} />
      <Stack spacing={2}>
        {done && (
          <Alert severity="success" onClose={() => setDone(null)} data-testid="saved-banner">
            <AlertTitle>已保存：登记号 {done.regNoText}</AlertTitle>
            {done.complainants.length} 名投诉人，涉及 {done.workersCount} 人{done.collective ? '（集体案件）' : ''}。
            {done.caseFileId ? <> {done.attached ? '已并入原案卷' : '已立卷并转办'}，<RouterLink to={`/cases/${done.caseFileId}`}>查看案卷</RouterLink>。</> : null}{' '}
            <RouterLink to={`/intakes/${done.id}`}>查看登记</RouterLink>
          </Alert>
        )}
        {draft.restoredAt && !appendTo && (
          <Alert severity="info" action={<Button color="inherit" size="small" onClick={() => void startOver()}>丢弃草稿</Button>}>
            已恢复 {fmtDateTime(draft.restoredAt)} 未保存的填写内容。
          </Alert>
        )}
        {appendTo && (
          <Alert severity="warning" data-testid="append-banner" action={<Button color="inherit" size="small" onClick={() => setConfirmClear(true)}>放弃这些行</Button>}>
            <AlertTitle>登记 {appendTo.regNoText} 已保存（{appendTo.count} 人）</AlertTitle>
            下面的行有误，尚未保存。改正后点击“补充到登记 {appendTo.regNoText}”。
          </Alert>
        )}
        {!appendTo && (
          <>
          <Section title="来源">
            <Source control={control} register={register} errors={outside} />
          </Section>
          <Section title="被投诉方">
            <Parties control={control} register={register} setValue={setValue} errors={outside} />
          </Section>
          </>
        )}
        <ComplainantsSection control={control} register={register} errors={shown} onRowBlur={onRowBlur} repsMax={repsMax} onImportRoster={openRoster} />
        {!appendTo && (
          <>
          <Section title="重复投诉核查">
            <Repeat control={control} setValue={setValue} subscribe={subscribe} getValues={getValues} errors={outside} />
          </Section>
          <Section title="诉求">
            <Stack spacing={2}>
              <TextField label="诉求摘要" {...summaryReg} inputRef={summaryRef} {...growingTextarea(3)} required
                placeholder="在哪个项目、为谁干活，欠了哪段时间的什么钱，有何要求" error={!!outside.summary} helperText={outside.summary} />
              <Stack direction="row" spacing={1.5}>
                <Totals control={control} register={register} errors={outside} />
              </Stack>
              <Screening control={control} register={register} errors={outside} />
            </Stack>
          </Section>
          <Section title="处理">
            <Routing control={control} register={register} errors={outside} />
          </Section>
          <Section title="告知（首问负责）">
            <Notice register={register} errors={outside} inForce={inForce} />
          </Section>
          </>
        )}
        {failure && <Alert severity="error" data-testid="form-error">{failure}</Alert>}
        <Stack direction="row" spacing={1.5}>
          <Button type="submit" variant="contained" size="large" disabled={busy}>
            {appendTo ? `补充到登记 ${appendTo.regNoText}` : '保存登记'}
          </Button>
          <Button size="large" onClick={() => setConfirmClear(true)}>清空重填</Button>
        </Stack>
      </Stack>

      <RosterImportDialog open={rosterOpen} onClose={() => setRosterOpen(false)} onImport={(imported) => {
        const current = getValues('complainants').filter((r) => filledRows({ ...getValues(), complainants: [r] }).length > 0);
        setValue('complainants', [...current, ...imported.map(rowFromRoster)]);
        setRosterOpen(false);
        setSubmitted(true);
        setErrors(toInput(getValues()).errors);
      }} />
      <Dialog open={offerPartial !== null} onClose={() => setOfferPartial(null)}>
        <DialogTitle>部分投诉人信息有误</DialogTitle>
        <DialogContent>
          <DialogContentText>
            第 {offerPartial?.map((i) => i + 1).join('、')} 行有误（已标红）。可以先保存其余 {othersCount} 人的登记，
            有误的行留在表单中，改正后补充到同一登记号下。
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOfferPartial(null)}>返回修改</Button>
          <Button variant="contained" autoFocus onClick={() => void save(new Set(offerPartial ?? []))}>先保存其余 {othersCount} 人</Button>
        </DialogActions>
      </Dialog>
      <AmountConfirmDialog messages={confirmAmounts?.messages ?? null} onBack={() => setConfirmAmounts(null)}
        onConfirm={() => void save(new Set(confirmAmounts?.skip ?? []), true)} />
      <Dialog open={confirmClear} onClose={() => setConfirmClear(false)}>
        <DialogTitle>{appendTo ? '放弃未保存的行？' : '清空本次填写？'}</DialogTitle>
        <DialogContent>
          <DialogContentText>{appendTo ? `登记 ${appendTo.regNoText} 已保存，只放弃下面尚未保存的行。` : '表单内容和草稿都将清除，无法恢复。'}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button autoFocus onClick={() => setConfirmClear(false)}>继续填写</Button>
          <Button color="error" onClick={() => { setConfirmClear(false); void startOver(); }}>{appendTo ? '放弃' : '清空'}</Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
