// The period and the unit of a report: 月/季/年 stepped back and forth (never past the current one), or two days
// typed by hand; this unit, or for a city with counties 全市（含各区县）, a row per county and the total.
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { IconButton, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { STAT_PERIOD_KINDS, type StatPeriod, type StatPeriodKind } from '../../../../shared/domain/statistics/model';
import { DateField } from '../../components/DateField';
import { PERIOD_KIND_LABEL, periodLabel, periodOf, stepPeriod } from './period';

export interface UnitChoice {
  name: string;
  /** Offered only where the unit is a city whose counties' files are here. */
  canIncludeSubunits: boolean;
}

interface Props {
  period: StatPeriod;
  onPeriod: (p: StatPeriod) => void;
  today: string;
  unit: UnitChoice;
  includeSubunits: boolean;
  onIncludeSubunits: (v: boolean) => void;
  /** The message for a custom period whose days do not make one. */
  periodError: string | null;
}

export function PeriodPicker({ period, onPeriod, today, unit, includeSubunits, onIncludeSubunits, periodError }: Props) {
  const changeKind = (kind: StatPeriodKind) => {
    if (kind === period.kind) return;
    onPeriod(kind === 'custom' ? { ...period, kind } : periodOf(kind, period.from > today ? today : period.from));
  };
  const next = stepPeriod(period, 1);
  return (
    <Paper sx={{ p: 2, mb: 2 }} className="no-print">
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField select size="small" label="期间类型" value={period.kind} onChange={(e) => changeKind(e.target.value as StatPeriodKind)} sx={{ width: 120 }}>
          {STAT_PERIOD_KINDS.map((k) => (
            <MenuItem key={k} value={k}>{PERIOD_KIND_LABEL[k]}</MenuItem>
          ))}
        </TextField>
        {period.kind === 'custom' ? (
          <>
            <DateField label="统计起始日" value={period.from} onChange={(from) => onPeriod({ ...period, from })} error={periodError && !period.from ? periodError : undefined} />
            <DateField label="统计截止日" value={period.to} onChange={(to) => onPeriod({ ...period, to })} error={periodError && period.from ? periodError : undefined} wideHelper />
          </>
        ) : (
          <Stack direction="row" sx={{ alignItems: 'center' }}>
            <IconButton aria-label="上一期" onClick={() => onPeriod(stepPeriod(period, -1))}>
              <ChevronLeftIcon />
            </IconButton>
            <Typography sx={{ minWidth: 130, textAlign: 'center', fontWeight: 600 }} data-testid="period-label" aria-live="polite">
              {periodLabel(period)}
            </Typography>
            <IconButton aria-label="下一期" onClick={() => onPeriod(next)} disabled={next.from > today}>
              <ChevronRightIcon />
            </IconButton>
          </Stack>
        )}
        <TextField
          select
          size="small"
          label="统计单位"
          value={includeSubunits ? 'city' : 'self'}
          onChange={(e) => onIncludeSubunits(e.target.value === 'city')}
          sx={{ minWidth: 220 }}
        >
          <MenuItem value="self">本单位（{unit.name}）</MenuItem>
          {unit.canIncludeSubunits && <MenuItem value="city">全市（含各区县）</MenuItem>}
        </TextField>
      </Stack>
    </Paper>
  );
}
