// The overview's bar charts: open files by stage, overdue duties by department, the city by county, the employers
// still owing most. Each bar opens its files (ChartFilesDialog); each chart says in its caption what it counts.
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

export function StageChart({ stages, onPick }: { stages: StatisticsCharts['stages']; onPick: Pick }) {
  const caption = '今天在办的案卷（件），按其中尚未办结的程序的类型和所处阶段；一个案卷有几个程序的，分别计入。';
  const pick = (i: number): ChartPick => ({ input: { chart: 'stage', kind: stages[i]!.kind, status: stages[i]!.status }, title: `在办案卷：${stages[i]!.label} ${stages[i]!.files}件`, counts: caption, money: false, noun: '件案卷', dateLabel: '立卷日期' });
  return (
    <ChartPanel title="在办案卷（按程序和阶段）" caption={caption} testId="stat-stages">
      {stages.length === 0 ? <Empty text="没有在办的程序" /> : (
        <Bars onPick={onPick} name="在办案卷按程序和阶段" names={stages.map((s) => s.label)} labelWidth={270}
          series={[{ key: 'files', label: '案卷（件）', color: CHART_COLORS.count, values: stages.map((s) => s.files), format: files, pick }]} />
      )}
      <FigureTable caption="在办案卷按程序和阶段（表）" columns={['案卷（件）']} rows={stages.map((s, i) => ({ key: `${s.kind}:${s.status}`, label: s.label, cells: [{ text: String(s.files), open: () => onPick(pick(i)) }] }))} />
    </ChartPanel>
  );
}

export function OverdueChart({ departments, onPick }: { departments: StatisticsCharts['departments']; onPick: Pick }) {
  const caption = '本机关须办理、今天已过期限日仍未完成的期限（项），按承办部门；当事人一方的期限不计。';
  const pick = (i: number): ChartPick => ({ input: { chart: 'overdue', departmentId: departments[i]!.id }, title: `${departments[i]!.name}已逾期的期限 ${departments[i]!.overdue}项`, counts: caption, money: false, noun: '项期限', dateLabel: '期限日' });
  const none = departments.every((d) => d.overdue === 0);
  return (
    <ChartPanel title="逾期期限（按部门）" caption={caption} testId="stat-overdue">
      {departments.length === 0 ? <Empty text="本单位没有承办部门" /> : none ? <Empty text="全单位没有逾期的期限。" /> : (
        <Bars onPick={onPick} name="逾期期限按部门" names={departments.map((d) => d.name)} labelWidth={130}
          series={[{ key: 'overdue', label: '已逾期（项）', color: CHART_COLORS.overdue, values: departments.map((d) => d.overdue), format: (n) => `${n}项`, pick }]} />
      )}
      <FigureTable caption="逾期期限按部门（表）" columns={['已逾期（项）']} rows={departments.map((d, i) => ({ key: d.id, label: d.name, cells: [{ text: String(d.overdue), open: d.overdue > 0 ? () => onPick(pick(i)) : null }] }))} />
    </ChartPanel>
  );
}

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
