// 编号规则 of a document template: the modes this kind may use, and for 单独编号 the series' name and pattern with a
// live example of the first number this year (filled by the same function the core numbers with).
import { Box, FormControl, FormControlLabel, FormHelperText, Radio, RadioGroup, TextField, Typography } from '@mui/material';
import { useRef } from 'react';
import { SERIES_PLACEHOLDERS } from '../../../../shared/domain/documents/template-engine';
import { yearOf } from '../../../../shared/domain/time';
import { NUMBERING_LABELS, seriesExample, type Draft, type NumberingMode } from './template-draft';
import { insertInto, PlaceholderChips } from './TemplatePieces';

export function TemplateNumberingField({ draft, modes, unitShort, errors, onChange, labelledBy }: {
  draft: Draft;
  /** The id of the heading that names the choice. */
  labelledBy: string;
  modes: readonly NumberingMode[];
  unitShort: string;
  errors: Record<string, string>;
  onChange: (patch: Partial<Pick<Draft, 'mode' | 'series' | 'pattern'>>) => void;
}) {
  const patternRef = useRef<HTMLInputElement>(null);
  // The core numbers by the year in Asia/Shanghai.
  const year = yearOf(Date.now());
  const example = seriesExample(draft.pattern, unitShort, year);
  const error = errors.numbering;
  return (
    <FormControl error={!!error} fullWidth>
      <RadioGroup aria-labelledby={labelledBy} value={draft.mode} onChange={(e) => onChange({ mode: e.target.value as NumberingMode })}>
        {modes.map((m) => (
          <FormControlLabel key={m} value={m} control={<Radio size="small" />}
            label={<>{NUMBERING_LABELS[m].label}<Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>{NUMBERING_LABELS[m].help}</Typography></>} />
        ))}
      </RadioGroup>
      {draft.mode === 'series' && (
        <Box sx={{ ml: 4, mt: 1, display: 'grid', gridTemplateColumns: 'minmax(160px, 1fr) minmax(240px, 2fr)', gap: 2, alignItems: 'start' }}>
          <TextField label="编号序列名称" required value={draft.series} onChange={(e) => onChange({ series: e.target.value })}
            error={!!errors['numbering.series']}
            helperText={errors['numbering.series'] ?? '序列名称相同的文书共用一组流水号；改用新名称则从 1 起重新编号'} />
          <Box>
            <TextField label="编号格式" required fullWidth value={draft.pattern} onChange={(e) => onChange({ pattern: e.target.value })}
              inputRef={patternRef} error={!!errors['numbering.pattern']} helperText={errors['numbering.pattern']}
              slotProps={{ htmlInput: { 'data-piece': 'numbering' } }} />
            <Box sx={{ mt: 0.75 }}>
              <PlaceholderChips names={SERIES_PLACEHOLDERS} where="编号格式" onInsert={(n) => insertInto(patternRef.current, draft.pattern, n, (v) => onChange({ pattern: v }))} />
            </Box>
            <Typography variant="body2" sx={{ mt: 1 }} data-testid="series-example">
              {example !== null && draft.pattern.includes('{n}')
                ? <>示例（本年第 1 份）：<Box component="strong" sx={{ fontWeight: 600 }}>{example}</Box></>
                : <Box component="span" sx={{ color: 'warning.dark' }}>编号格式须包含序号 {'{n}'}，花括号须成对，才能生成编号</Box>}
            </Typography>
          </Box>
        </Box>
      )}
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  );
}
