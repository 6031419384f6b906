// One kind's template being edited: its name, numbering policy, texts and lists, saved as a whole
// (documentTemplates.save) with the core's messages at the right field, or put back to the built-in one.
import { Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Divider, Paper, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import type { DocumentTemplateView } from '../../../../shared/contract/documents';
import { DOCUMENT_KIND } from '../../../../shared/domain/vocabulary';
import { useSession } from '../../app/session';
import { fmtDateTime } from '../../components/format';
import { useResetTemplate, useSaveTemplate } from './queries';
import { draftOf, fieldMessages, sameAsSaved, saveInput, type Draft } from './template-draft';
import { TemplateListField } from './TemplateListField';
import { TemplateNumberingField } from './TemplateNumberingField';
import { TemplateTextField } from './TemplatePieces';

/** Who changed the template and when, or that the built-in one is in use. */
export function templateStatus(view: DocumentTemplateView): string {
  if (view.builtIn) return '正在使用随软件提供的内置模板';
  const when = view.updatedAt === null ? '' : ` ${fmtDateTime(view.updatedAt)}`;
  return `${view.updatedBy ?? '（已停用的账号）'}${when} 修改并保存`;
}

export function TemplateEditor({ view, notice, onSaved, onReload, onDirtyChange }: {
  view: DocumentTemplateView;
  /** What the last save or reset did, shown until the next edit. */
  notice: string | null;
  onSaved: (view: DocumentTemplateView, what: 'saved' | 'reset') => void;
  /** Someone else changed it meanwhile: fetch it again (what was typed here is dropped). */
  onReload: () => void;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { unit } = useSession();
  const saved = useMemo(() => draftOf(view), [view]);
  const [draft, setDraft] = useState<Draft>(saved);
  const [confirmReset, setConfirmReset] = useState(false);
  const dirty = !sameAsSaved(draft, saved);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const labels = useMemo(
    () => ({
      name: '模板名称',
      numbering: '编号规则',
      ...Object.fromEntries(view.textSpecs.map((s) => [`texts.${s.name}`, s.label])),
      ...Object.fromEntries(view.listSpecs.map((s) => [`lists.${s.name}`, s.label])),
    }),
    [view],
  );
  const save = useSaveTemplate({ mapFields: (fields) => fieldMessages(fields, labels) });
  const reset = useResetTemplate();
  const saveDraft = async () => {
    const r = await save.run(saveInput(view.kind, draft, view.rowVersion));
    if (r.ok) return onSaved(r.value, 'saved');
    // The first field in trouble comes into view (the form is long).
    const first = Object.keys(fieldMessages(r.error.fields ?? {}, labels))[0];
    requestAnimationFrame(() => {
      const el = first && document.querySelector<HTMLElement>(`[data-piece="${CSS.escape(first)}"]`);
      if (el) {
        el.scrollIntoView({ block: 'center' });
        el.focus({ preventScroll: true });
      }
    });
  };
  const resetToBuiltIn = async () => {
    const r = await reset.run({ kind: view.kind, rowVersion: view.rowVersion ?? 0 });
    if (!r.ok) return;
    setConfirmReset(false);
    onSaved(r.value, 'reset');
  };
  const errors = save.fieldErrors;
  /** Edits a part and forgets the messages about it. */
  const edit = (patch: Partial<Draft>, ...keys: string[]) => {
    setDraft((d) => ({ ...d, ...patch }));
    save.clearField(...keys);
  };
  const fieldCount = Object.keys(errors).length;
  // A refusal about fields is done with once every field it named has been edited.
  const failure = save.error?.code === 'VALIDATION' && Object.keys(save.error.fields ?? {}).length > 0 && fieldCount === 0 ? null : save.error;

  return (
    <Paper sx={{ flex: 1, minWidth: 0 }} data-testid="template-editor">
      <Box sx={{ px: 3, pt: 2.5, pb: 2 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
          <Typography variant="h6" component="h2">{DOCUMENT_KIND.label(view.kind)}</Typography>
          <Chip size="small" data-testid="template-state" label={view.builtIn ? '内置模板' : '已修改'} color={view.builtIn ? 'default' : 'secondary'} variant={view.builtIn ? 'outlined' : 'filled'} />
          <Typography variant="body2" color="text.secondary" data-testid="template-status">{templateStatus(view)}</Typography>
        </Box>
      </Box>
      <Divider />
      <Stack spacing={3} sx={{ px: 3, py: 2.5 }}>
        <TextField label="模板名称" required value={draft.name} onChange={(e) => edit({ name: e.target.value }, 'name')} sx={{ maxWidth: 420 }}
          error={!!errors.name} helperText={errors.name ?? '在本页和审计日志中区分模板的版本，如“本委2026年模板”'}
          slotProps={{ htmlInput: { 'data-piece': 'name' } }} />
        <Section id="template-numbering" title="编号规则" hint="文书上的编号（文号）从哪里来。">
          <TemplateNumberingField draft={draft} modes={view.numberingModes} unitShort={unit.shortName} errors={errors} labelledBy="template-numbering"
            onChange={(patch) => edit(patch, 'numbering')} />
        </Section>

        <Section id="template-texts" title="文字" hint="占位符写作 {名称}，制作文书时换成案件中的内容。每段只能使用其下方列出的占位符，下方没有列出的段落不能使用占位符；要原样印出花括号，请写 {{ 或 }}。">
          {view.textSpecs.map((s) => (
            <TemplateTextField key={s.name} spec={s} value={draft.texts[s.name] ?? ''} error={errors[`texts.${s.name}`]}
              onChange={(v) => edit({ texts: { ...draft.texts, [s.name]: v } }, `texts.${s.name}`)} />
          ))}
        </Section>

        {view.listSpecs.length > 0 && (
          <Section id="template-lists" title="列表" hint="每一项在文书中单独成段或成行，按这里的顺序印出。占位符点一下即插入到光标所在的一项。">
            {view.listSpecs.map((s) => (
              <TemplateListField key={s.name} spec={s} items={draft.lists[s.name] ?? []} errors={errors}
                onChange={(items) => edit({ lists: { ...draft.lists, [s.name]: items } }, `lists.${s.name}`)} />
            ))}
          </Section>
        )}
      </Stack>

      <Box sx={{ position: 'sticky', bottom: 0, zIndex: 1, bgcolor: 'background.paper', borderTop: 1, borderColor: 'divider', px: 3, py: 1.5, borderRadius: '0 0 6px 6px' }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
          <Button variant="contained" disabled={!dirty || save.busy} onClick={() => void saveDraft()}>{save.busy ? '正在保存…' : '保存'}</Button>
          <Button disabled={!dirty || save.busy} onClick={() => { setDraft(saved); save.reset(); }}>撤销修改</Button>
          <Box sx={{ flex: 1, minWidth: 200 }} role="status">
            {failure ? (
              <Typography variant="body2" color="error" data-testid="template-failure">
                {failure.code === 'VALIDATION' && fieldCount > 0 ? `未保存：有 ${fieldCount} 处需要修改，已在对应位置标出` : failure.message}
                {failure.code === 'CONFLICT' && <Button size="small" color="error" sx={{ ml: 1 }} onClick={onReload}>重新载入</Button>}
              </Typography>
            ) : (
              <Typography variant="body2" color={dirty ? 'warning.dark' : notice ? 'success.dark' : 'text.secondary'} data-testid="template-dirty">
                {dirty ? '有未保存的修改' : (notice ?? '没有未保存的修改')}
              </Typography>
            )}
          </Box>
          {!view.builtIn && <Button color="error" variant="outlined" onClick={() => setConfirmReset(true)}>恢复内置模板</Button>}
        </Box>
      </Box>

      <Dialog open={confirmReset} onClose={() => setConfirmReset(false)} aria-labelledby="template-reset-title">
        <DialogTitle id="template-reset-title">恢复“{DOCUMENT_KIND.label(view.kind)}”的内置模板？</DialogTitle>
        <DialogContent>
          <DialogContentText>
            本单位修改的模板（{view.name}）将不再使用，之后制作的{DOCUMENT_KIND.label(view.kind)}改用随软件提供的内置模板{dirty ? '；尚未保存的修改也会丢弃' : ''}。已经制作的文书不受影响。修改前后的内容都记录在审计日志中。
          </DialogContentText>
          {reset.error && (
            <Alert severity="error" sx={{ mt: 2 }} action={reset.error.code === 'CONFLICT' ? <Button color="inherit" size="small" onClick={onReload}>重新载入</Button> : undefined}>
              {reset.error.message}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirmReset(false)}>取消</Button>
          <Button color="error" variant="contained" disabled={reset.busy} onClick={() => void resetToBuiltIn()}>{reset.busy ? '正在恢复…' : '恢复内置模板'}</Button>
        </DialogActions>
      </Dialog>
    </Paper>
  );
}

function Section({ id, title, hint, children }: { id: string; title: string; hint: string; children: React.ReactNode }) {
  return (
    <Box component="section" aria-labelledby={id}>
      <Typography variant="subtitle1" component="h3" id={id} sx={{ fontWeight: 600 }}>{title}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2.5 }}>{hint}</Typography>
      <Stack spacing={2.5}>{children}</Stack>
    </Box>
  );
}
