// 近12个月投诉和追发工资: complaints (bars, 件, left axis) and wages recovered (line, 元, right axis) by month. A bar
// opens the month's complaints, a point the files whose counted payments make up the month's amount.
import { Box } from '@mui/material';
import { BarPlot, barClasses } from '@mui/x-charts/BarChart';
import { ChartsDataProvider } from '@mui/x-charts/ChartsDataProvider';
import { ChartsLegend } from '@mui/x-charts/ChartsLegend';
import { ChartsSurface } from '@mui/x-charts/ChartsSurface';
import { ChartsTooltip } from '@mui/x-charts/ChartsTooltip';
import { ChartsWrapper } from '@mui/x-charts/ChartsWrapper';
import { ChartsXAxis } from '@mui/x-charts/ChartsXAxis';
import { ChartsYAxis } from '@mui/x-charts/ChartsYAxis';
import { ChartsAxisHighlight } from '@mui/x-charts/ChartsAxisHighlight';
import { LinePlot, MarkPlot, lineClasses } from '@mui/x-charts/LineChart';
import type { StatisticsCharts } from '../../../../../shared/contract/statistics-charts';
import { formatYuan } from '../../../../../shared/domain/money';
import { CHART_COLORS, ChartPanel, FigureTable, headroom, yuanTick } from './chart-parts';
import type { ChartPick } from './ChartFilesDialog';

type Month = StatisticsCharts['months'][number];

/** '3月'; the first month and each January with its year, so the axis reads across the new year. */
export const monthLabel = (m: string, i: number) => (i === 0 || m.endsWith('-01') ? `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月` : `${Number(m.slice(5, 7))}月`);
const monthFull = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;

export const TREND_CAPTION =
  '投诉：本单位按接待日期登记的投诉（件），转办、移送的只计一次。追发工资：按支付日期，劳动者本人转账或签收的工资支付（元）；交给包工头、班组长未经本人签收的不计。近12个月，本月截至今天。';

export function complaintsPick(m: Month): ChartPick {
  return { input: { chart: 'complaints', month: m.month }, title: `${monthFull(m.month)}投诉登记 ${m.complaints}件`, counts: `按接待日期（${m.from} 至 ${m.to}）统计的投诉登记。`, money: false, noun: '件投诉', dateLabel: '接待日期' };
}

export function recoveredPick(m: Month): ChartPick {
  return {
    input: { chart: 'recovered', month: m.month },
    title: `${monthFull(m.month)}追发工资 ${formatYuan(m.recoveredFen)}`,
    counts: `按支付日期（${m.from} 至 ${m.to}）计入劳动者本人的工资支付，按案卷合计。`,
    money: true,
    noun: '个案卷',
    dateLabel: '当月最后支付日期',
  };
}

export function TrendChart({ months, onPick }: { months: Month[]; onPick: (p: ChartPick) => void }) {
  const labels = months.map((m, i) => monthLabel(m.month, i));
  const summary = months.map((m) => `${monthFull(m.month)}投诉${m.complaints}件、追发${formatYuan(m.recoveredFen)}`).join('；');
  const total = months.reduce((s, m) => s + m.complaints, 0);
  const totalFen = months.reduce((s, m) => s + m.recoveredFen, 0);
  return (
    <ChartPanel title={`近12个月投诉和追发工资（共 ${total} 件，${formatYuan(totalFen)}）`} caption={`${TREND_CAPTION}点柱条看当月投诉，点圆点看当月追发的案卷。`} testId="stat-trend" wide>
      <Box role="figure" aria-label={`近12个月投诉和追发工资：${summary}`} sx={{ [`& .${barClasses.element}, & .${lineClasses.mark}`]: { cursor: 'pointer' } }}>
        <ChartsDataProvider
          height={230}
          margin={{ top: 12, right: 8, bottom: 0, left: 8 }}
          xAxis={[{ id: 'month', scaleType: 'band', data: labels, height: 26, categoryGapRatio: 0.45 }]}
          yAxis={[
            { id: 'count', position: 'left', tickMinStep: 1, min: 0, max: headroom(months.map((m) => m.complaints)), width: 48, label: '件' },
            { id: 'money', position: 'right', min: 0, max: Math.max(100_00, ...months.map((m) => m.recoveredFen)) * 1.15, width: 64, label: '元', valueFormatter: (v: number) => yuanTick(v) },
          ]}
          series={[
            { type: 'bar', id: 'complaints', label: '投诉（件）', data: months.map((m) => m.complaints), yAxisId: 'count', color: CHART_COLORS.count },
            { type: 'line', id: 'recovered', label: '追发工资（元）', data: months.map((m) => m.recoveredFen), yAxisId: 'money', color: CHART_COLORS.money, valueFormatter: (v) => (v === null ? '' : formatYuan(v)), showMark: true, curve: 'linear' },
          ]}
        >
          <ChartsWrapper legendPosition={{ vertical: 'top', horizontal: 'end' }}>
            <ChartsLegend />
            <ChartsSurface>
              <BarPlot onItemClick={(_, item) => onPick(complaintsPick(months[item.dataIndex]!))} />
              <LinePlot />
              <MarkPlot onItemClick={(_, item) => item.dataIndex !== undefined && onPick(recoveredPick(months[item.dataIndex]!))} />
              <ChartsAxisHighlight x="band" />
              <ChartsXAxis axisId="month" />
              <ChartsYAxis axisId="count" />
              <ChartsYAxis axisId="money" />
            </ChartsSurface>
            <ChartsTooltip trigger="axis" />
          </ChartsWrapper>
        </ChartsDataProvider>
      </Box>
      <FigureTable
        caption="近12个月投诉和追发工资（表）"
        columns={['投诉（件）', '追发工资（元）']}
        rows={months.map((m) => ({
          key: m.month,
          label: monthFull(m.month),
          cells: [
            { text: String(m.complaints), open: () => onPick(complaintsPick(m)) },
            { text: formatYuan(m.recoveredFen), open: () => onPick(recoveredPick(m)) },
          ],
        }))}
      />
    </ChartPanel>
  );
}
