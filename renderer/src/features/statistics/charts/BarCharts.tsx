// The overview's bar charts: the city by county, the employers still owing most (open files by stage and overdue
// duties by department are the desk's, desk/DeskCharts.tsx). Each bar opens its files (ChartFilesDialog); each chart says in its caption what it counts.
import { Box } from '@mui/material';
import { BarChart, barClasses } from '@mui/x-charts/BarChart';
import type { StatisticsCharts } from '../../../../../shared/contract/statistics-charts';
import { formatYuan } from '../../../../../shared/domain/money';
import { CHART_COLORS, ChartPanel, Empty, FigureTable, headroom, yuanShort, yuanTick } from './chart-parts';
import type { ChartPick } from './ChartFilesDialog';

type Pick = (p: ChartPick) => void;
const CLICKABLE = { [`& .${barClasses.element}`]: { cursor: 'pointer' } } as const;

interface Series {
  key: string;
  label: string;
  color: string;
  values: number[];
  format: (v: number) => string;
  pick: (index: number) => ChartPick;
  /** Money: the axis in 元. */
  money?: boolean;
}

/** Horizontal bars, one band a row: long Chinese names read on the left, the value at the bar's end. */
function Bars({ name, names, series, labelWidth, onPick }: { name: string; names: string[]; series: Series[]; labelWidth: number; onPick: Pick }) {
  const summary = names.map((n, i) => `${n}${series.map((s) => `${series.length > 1 ? s.label : ''}${s.format(s.values[i]!)}`).join('，')}`).join('；');
  const open = (seriesId: string | number, index: number) => {
    const s = series.find((x) => x.key === seriesId);
    if (s) onPick(s.pick(index));
  };
  const money = series.some((s) => s.money);
  return (
    <Box sx={CLICKABLE} role="figure" aria-label={`${name}：${summary}`}>
      <BarChart
        height={44 + (series.length > 1 ? 40 : 30) * names.length + (series.length > 1 ? 24 : 0)}
        layout="horizontal"
        yAxis={[{ scaleType: 'band', data: names, width: labelWidth }]}
        xAxis={[{ tickMinStep: money ? undefined : 1, height: 26, min: 0, max: headroom(series.flatMap((s) => s.values), money ? 1.5 : 1.2), ...(money ? { valueFormatter: (v: number) => yuanTick(v) } : {}) }]}
        series={series.map((s) => ({ id: s.key, data: s.values, label: s.label, color: s.color, valueFormatter: (v: number | null) => (v === null ? '' : s.format(v)), barLabel: (item) => (item.value ? (s.money ? yuanShort(item.value) : s.format(item.value)) : null), barLabelPlacement: 'outside' as const }))}
        hideLegend={series.length === 1}
        slotProps={{ legend: { position: { vertical: 'top', horizontal: 'end' } } }}
        margin={{ top: 6, right: 16, bottom: 0, left: 0 }}
        onItemClick={(_, item) => open(item.seriesId, item.dataIndex)}
      />
    </Box>
  );
}

const files = (n: number) => `${n}件`;

export function CountyChart({ counties, onPick }: { counties: StatisticsCharts['counties']; onPick: Pick }) {
  const caption = '近12个月的投诉（件，按接待日期）和今天在办的案卷（件），市本级和本系统中有数据的各县（区）分列。';
  const complaints = (i: number): ChartPick => ({ input: { chart: 'countyComplaints', unitId: counties[i]!.unitId }, title: `${counties[i]!.name}近12个月投诉 ${counties[i]!.complaints}件`, counts: caption, money: false, noun: '件投诉', dateLabel: '接待日期' });
  const open = (i: number): ChartPick => ({ input: { chart: 'countyOpenFiles', unitId: counties[i]!.unitId }, title: `${counties[i]!.name}在办案卷 ${counties[i]!.openFiles}件`, counts: caption, money: false, noun: '件案卷', dateLabel: '立卷日期' });
  return (
    <ChartPanel title="各县（区）投诉和在办案卷" caption={caption} testId="stat-counties">
      <Bars onPick={onPick} name="各县（区）投诉和在办案卷" names={counties.map((c) => c.name)} labelWidth={96}
        series={[
          { key: 'complaints', label: '投诉（件）', color: CHART_COLORS.count, values: counties.map((c) => c.complaints), format: files, pick: complaints },
          { key: 'open', label: '在办案卷（件）', color: CHART_COLORS.secondary, values: counties.map((c) => c.openFiles), format: files, pick: open },
        ]} />
      <FigureTable caption="各县（区）投诉和在办案卷（表）" columns={['投诉（件）', '在办案卷（件）']}
        rows={counties.map((c, i) => ({ key: c.unitId, label: c.name, cells: [{ text: String(c.complaints), open: () => onPick(complaints(i)) }, { text: String(c.openFiles), open: () => onPick(open(i)) }] }))} />
    </ChartPanel>
  );
}

export function EmployerChart({ employers, onPick }: { employers: StatisticsCharts['employers']; onPick: Pick }) {
  const caption = '今天在办案卷中劳动者还没拿到的工资（元）：每人欠薪金额（登记或更正后）减去计入本人的支付，按用人单位（施工项目上为招用劳动者的分包单位，条例第三十条）合计，前10名；一个案卷有几个的，分别计入。';
  const pick = (i: number): ChartPick => ({ input: { chart: 'employer', partyId: employers[i]!.partyId }, title: `${employers[i]!.name}尚欠工资 ${formatYuan(employers[i]!.outstandingFen)}`, counts: caption, money: true, noun: '个案卷', dateLabel: '立卷日期' });
  return (
    <ChartPanel title="尚欠工资最多的用人单位" caption={caption} testId="stat-employers">
      {employers.length === 0 ? <Empty text="在办案卷中没有尚欠工资的用人单位" /> : (
        <Bars onPick={onPick} name="尚欠工资最多的用人单位" names={employers.map((e) => e.name)} labelWidth={210}
          series={[{ key: 'owed', label: '尚欠工资（元）', color: CHART_COLORS.money, values: employers.map((e) => e.outstandingFen), format: formatYuan, pick, money: true }]} />
      )}
      <FigureTable caption="尚欠工资最多的用人单位（表）" columns={['尚欠工资（元）', '案卷（件）']}
        rows={employers.map((e, i) => ({ key: e.partyId, label: e.name, cells: [{ text: formatYuan(e.outstandingFen), open: () => onPick(pick(i)) }, { text: String(e.files), open: null }] }))} />
    </ChartPanel>
  );
}

export function NoCountyData({ count }: { count: number }) {
  return (
    <ChartPanel title="各县（区）投诉和在办案卷" caption={`本局下辖 ${count} 个县（区）。`} testId="stat-counties">
      <Empty text="本系统中还没有各县（区）的案卷和登记，导入后在这里按县（区）分列。" />
    </ChartPanel>
  );
}
