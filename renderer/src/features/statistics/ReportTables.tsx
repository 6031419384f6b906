// A report's tables: its period, unit and definitions version above, a tab per table (劳动争议处理情况, 劳动保障监察,
// 统一咨询接待) on screen; on paper every table, each followed by its indicators' definitions.
import { Box, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import type { IndicatorDefinition, StatReport, StatTableKind } from '../../../../shared/domain/statistics/model';
import { STAT_TABLE_KINDS } from '../../../../shared/domain/statistics/model';
import { dateTimeOf } from '../../../../shared/domain/time';
import { DefinitionLine } from './DefinitionButton';
import { StatTableView, type FigureRef } from './StatTableView';

/** The core's instant as a Beijing time, or as it came if it is not one. */
export function fmtComputedAt(at: string): string {
  const ms = /^\d+$/.test(at) ? Number(at) : Date.parse(at);
  return Number.isFinite(ms) ? dateTimeOf(ms) : at;
}

const TAB_LABEL: Record<StatTableKind, string> = { arbitration: '劳动争议处理情况', inspection: '劳动保障监察', desk: '统一咨询接待' };

export function ReportHeading({ report, note }: { report: StatReport; note?: string }) {
  return (
    <Stack direction="row" spacing={3} useFlexGap sx={{ flexWrap: 'wrap', mb: 1.5, color: 'text.secondary' }} data-testid="report-heading">
      <Typography variant="body2">统计期间：<b>{report.period.label}</b>（{report.period.from} 至 {report.period.to}）</Typography>
      <Typography variant="body2">单位：<b>{report.unit.name}</b>{report.unit.includeSubunits ? '（含各区县）' : ''}</Typography>
      <Typography variant="body2" data-testid="definitions-version">指标口径：第 {report.definitionsVersion} 版</Typography>
      <Typography variant="body2">{note ?? '统计时间'}：{fmtComputedAt(report.computedAt)}</Typography>
    </Stack>
  );
}

export function ReportTables({ report, onFigure }: { report: StatReport; onFigure?: (f: FigureRef) => void }) {
  const definitions = useMemo(() => new Map<string, IndicatorDefinition>(report.definitions.map((d) => [d.key, d])), [report.definitions]);
  const tables = [...report.tables].sort((a, b) => STAT_TABLE_KINDS.indexOf(a.kind) - STAT_TABLE_KINDS.indexOf(b.kind));
  const [chosen, setChosen] = useState<StatTableKind | null>(null);
  const active = tables.find((t) => t.kind === chosen)?.kind ?? tables[0]?.kind;
  return (
    <Box>
      <Tabs value={active ?? false} onChange={(_, v: StatTableKind) => setChosen(v)} aria-label="统计表" className="no-print" sx={{ mb: 1 }}>
        {tables.map((t) => (
          <Tab key={t.kind} value={t.kind} label={TAB_LABEL[t.kind]} id={`stat-tab-${t.kind}`} aria-controls={`stat-panel-${t.kind}`} />
        ))}
      </Tabs>
      {tables.map((t) => (
        <Box
          key={t.kind}
          role="tabpanel"
          id={`stat-panel-${t.kind}`}
          aria-labelledby={`stat-tab-${t.kind}`}
          // Only the chosen table on screen; every table on paper.
          sx={{ display: t.kind === active ? 'block' : 'none', '@media print': { display: 'block', breakInside: 'avoid', mb: 3 } }}
          data-active={t.kind === active}
        >
          <Typography variant="h6" component="h2" sx={{ mb: 1, fontSize: 16 }}>{t.title}</Typography>
          <StatTableView table={t} definitions={definitions} onFigure={onFigure} />
          <Box className="print-only" sx={{ display: 'none', '@media print': { display: 'block' }, mt: 1, fontSize: 11 }}>
            <Typography variant="subtitle2">指标口径（第 {report.definitionsVersion} 版）</Typography>
            {t.columns.map((k) => definitions.get(k)).filter((d): d is IndicatorDefinition => !!d).map((d) => (
              <DefinitionLine key={d.key} def={d} />
            ))}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
