// One editable piece of a document template: a text (multi-line, with the placeholders it may use as chips that
// insert {name} at the caret) and the chips themselves, shared with the lists and the series pattern.
import { Box, Chip, TextField, Tooltip, Typography } from '@mui/material';
import { useRef } from 'react';
import type { DocumentTemplateView } from '../../../../shared/contract/documents';
import { placeholderLabel } from '../../../../shared/domain/documents/placeholder-labels';
import { insertPlaceholder } from './template-draft';

export type PieceSpec = DocumentTemplateView['textSpecs'][number];

/** Puts the caret after an inserted placeholder once React has rendered the new value. */
export function restoreCaret(el: HTMLTextAreaElement | HTMLInputElement | null, caret: number): void {
  if (!el) return;
  requestAnimationFrame(() => {
    el.focus();
    el.setSelectionRange(caret, caret);
  });
}

/** Inserts into the element's current selection (kept while the chip is pressed) or at the end. */
export function insertInto(el: HTMLTextAreaElement | HTMLInputElement | null, value: string, name: string, set: (v: string) => void): void {
  const { text, caret } = insertPlaceholder(value, name, el?.selectionStart ?? null, el?.selectionEnd ?? null);
  set(text);
  restoreCaret(el, caret);
}

export function PlaceholderChips({ names, onInsert, where }: { names: readonly string[]; onInsert: (name: string) => void; where: string }) {
  // A piece without placeholders says nothing: the section's hint says only the listed ones may be used.
  if (names.length === 0) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.5 }} role="group" aria-label={`${where}可用的占位符`}>
      <Typography variant="caption" color="text.secondary" sx={{ mr: 0.5 }}>插入占位符：</Typography>
      {names.map((n) => (
        <Tooltip key={n} title={`在光标处插入 {${n}}，制作文书时换成${placeholderLabel(n)}`}>
          <Chip
            size="small"
            variant="outlined"
            clickable
            aria-label={`插入 {${n}}（${placeholderLabel(n)}）`}
            // Keeps the focus (and the caret) in the field being edited.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onInsert(n)}
            label={
              <>
                <Box component="span" sx={{ fontFamily: 'monospace', color: 'primary.main' }}>{`{${n}}`}</Box>
                <Box component="span" sx={{ ml: 0.5 }}>{placeholderLabel(n)}</Box>
              </>
            }
          />
        </Tooltip>
      ))}
    </Box>
  );
}

export function TemplateTextField({ spec, value, error, onChange }: {
  spec: PieceSpec;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);
  return (
    <Box data-testid={`template-text-${spec.name}`}>
      <TextField
        label={spec.label}
        required={spec.required}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        multiline
        minRows={value.length > 36 ? 2 : 1}
        fullWidth
        inputRef={ref}
        error={!!error}
        helperText={error ?? spec.note ?? (spec.required ? undefined : '可以留空：留空时文书不印这一段')}
        slotProps={{ htmlInput: { 'data-piece': `texts.${spec.name}` } }}
      />
      {spec.placeholders.length > 0 && (
        <Box sx={{ mt: 0.75 }}>
          <PlaceholderChips names={spec.placeholders} where={`“${spec.label}”`} onInsert={(n) => insertInto(ref.current, value, n, onChange)} />
        </Box>
      )}
    </Box>
  );
}
