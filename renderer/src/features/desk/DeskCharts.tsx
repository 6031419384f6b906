// 全单位统计 on the leader's desk: counts by department (open files, due within 3 working days) and its overdue duties
// as bars, open files by stage, complaints per week for 12 weeks. Every number and every bar opens the filtered list it
// counts; each chart carries its figures as a table for screen readers (and a chart's aria-label says what it shows).
// This is the one place of the open files by stage and the overdue duties by department: 统计概览 below (its dialog
// lists at most 500 files) does not draw them again, since the lists here are the full working lists, paged.
import { Box, Link, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { BarChart, barClasses } from '@mui/x-charts/BarChart';
import type { ReactNode } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { DeskCharts as Figures } from '../../../../shared/contract/desk';
import { ErrorState, Loading } from '../../components/States';
import { deptDutiesLink, deptFilesLink, stageLink, weekLink } from './desk-links';
import { useDeskCharts } from './queries';

const HIDDEN = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0, m: -0.125, p: 0 } as const;
const CLICKABLE = { [`& .${barClasses.element}`]: { cursor: 'pointer' } } as const;

/** The value axis's end: room beyond the longest bar for its number. */
function headroom(values: number[]): number {
  return Math.max(4, Math.ceil(Math.max(0, ...values) * 1.25) + 2);
}

function Panel({ title, note, children, testId }: { title: string; note?: string; children: ReactNode; testId: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 1.5, minWidth: 0 }} data-testid={testId}>
      <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 600 }}>{title}</Typography>
      {note && <Typography variant="caption" color="text.secondary" component="p">{note}</Typography>}
      {children}
    </Paper>
  );
}

function CountLink({ to, value, label, tone }: { to: string; value: number; label: string; tone?: 'error.main' | 'warning.dark' }) {
  return (
    <Link component={RouterLink} to={to} aria-label={`${label} ${value}，查看列表`} underline="hover" sx={{ fontWeight: 600, color: value > 0 && tone ? tone : 'inherit' }}>
      {value}
    </Link>
  );
}

function Departments({ departments }: { departments: Figures['departments'] }) {
  const navigate = useNavigate();
  const anyOverdue = departments.some((d) => d.overdue > 0);
  return (
    <Panel title="各部门在办情况" note="按承办部门统计全单位在办案卷和本机关须办结的期限；点数字或柱条查看名单" testId="desk-departments">
      <Table size="small" aria-label="各部门在办案卷和期限" sx={{ '& th, & td': { px: 1 } }}>
        <TableHead>
          <TableRow>
            <TableCell>部门</TableCell>
            <TableCell align="right">在办<br />案卷</TableCell>
            <TableCell align="right">3个工作日<br />内到期</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {departments.map((d) => (
            <TableRow key={d.id} data-testid="desk-department-row">
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{d.name}</TableCell>
              <TableCell align="right"><CountLink to={deptFilesLink(d.id)} value={d.openFiles} label={`${d.name}在办案卷`} /></TableCell>
              <TableCell align="right"><CountLink to={deptDutiesLink(d.id, 'dueSoon')} value={d.dueSoon} label={`${d.name}3个工作日内到期`} tone="warning.dark" /></TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {/* Overdue duties by department: drawn once, as bars (the table above leaves them to the chart). */}
      <Typography variant="caption" component="p" color="text.secondary" sx={{ pt: 1.5 }}>已逾期的期限（项，按部门）{anyOverdue ? '，点柱条查看' : ''}</Typography>
      {departments.length > 0 && !anyOverdue && (
        <Typography variant="body2" color="text.secondary" sx={{ pt: 0.5 }} data-testid="desk-no-overdue">全单位没有逾期的期限。</Typography>
      )}
      {anyOverdue && (
        <Box sx={CLICKABLE} role="figure" aria-label={`逾期期限（按部门）：${departments.map((d) => `${d.name}${d.overdue}项`).join('，')}`}>
          <BarChart
            height={48 + 34 * departments.length}
            layout="horizontal"
            dataset={departments.map((d) => ({ name: d.name, overdue: d.overdue }))}
            yAxis={[{ scaleType: 'band', dataKey: 'name', width: 130 }]}
            xAxis={[{ tickMinStep: 1, height: 28, max: headroom(departments.map((d) => d.overdue)) }]}
            series={[{ dataKey: 'overdue', label: '已逾期（项）', color: '#d32f2f', barLabel: 'value', barLabelPlacement: 'outside' }]}
            hideLegend
            margin={{ top: 8, right: 28, bottom: 0, left: 0 }}
            onItemClick={(_, item) => navigate(deptDutiesLink(departments[item.dataIndex]!.id, 'overdue'))}
          />
        </Box>
      )}
      <Table size="small" sx={HIDDEN} aria-label="逾期期限按部门（表）">
        <TableBody>
          {departments.map((d) => (
            <TableRow key={d.id}>
              <TableCell>{d.name}</TableCell>
              <TableCell><Link component={RouterLink} to={deptDutiesLink(d.id, 'overdue')} aria-label={`${d.name}已逾期 ${d.overdue}，查看列表`}>{d.overdue}项</Link></TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Panel>
  );
}

function Stages({ stages }: { stages: Figures['stages'] }) {
  const navigate = useNavigate();
  const summary = stages.map((s) => `${s.label}${s.files}件`).join('，');
  return (
    <Panel title="在办案卷（按程序和阶段）" note="一个案卷有几个程序的，分别计入；点柱条查看案卷" testId="desk-stages">
      {stages.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>没有在办的程序</Typography>
      ) : (
        <Box sx={CLICKABLE} role="figure" aria-label={`在办案卷按程序和阶段：${summary}`}>
          <BarChart
            height={40 + 30 * stages.length}
            layout="horizontal"
            dataset={stages.map((s) => ({ label: s.label, files: s.files }))}
            yAxis={[{ scaleType: 'band', dataKey: 'label', width: 210 }]}
            xAxis={[{ tickMinStep: 1, height: 28, max: headroom(stages.map((x) => x.files)) }]}
            series={[{ dataKey: 'files', label: '案卷（件）', barLabel: 'value', barLabelPlacement: 'outside' }]}
            hideLegend
            margin={{ top: 8, right: 28, bottom: 0, left: 0 }}
            onItemClick={(_, item) => navigate(stageLink(stages[item.dataIndex]!.kind, stages[item.dataIndex]!.status))}
          />
        </Box>
      )}
      <Table size="small" sx={HIDDEN} aria-label="在办案卷按程序和阶段（表）">
        <TableBody>
          {stages.map((s) => (
            <TableRow key={`${s.kind}:${s.status}`}>
              <TableCell>{s.label}</TableCell>
              <TableCell><Link component={RouterLink} to={stageLink(s.kind, s.status)}>{s.files}件</Link></TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Panel>
  );
}

const md = (date: string) => `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`;

function Weeks({ weeks }: { weeks: Figures['weeks'] }) {
  const navigate = useNavigate();
  const total = weeks.reduce((s, w) => s + w.complaints, 0);
  const top = headroom(weeks.map((w) => w.complaints));
  return (
    <Panel title="近12周投诉登记" note={`按接待日期，每周一至周日；共 ${total} 件。点柱条查看当周登记`} testId="desk-weeks">
      <Box sx={CLICKABLE} role="figure" aria-label={`近12周投诉登记：${weeks.map((w) => `${md(w.from)}当周${w.complaints}件`).join('，')}`}>
        <BarChart
          height={200}
          dataset={weeks.map((w) => ({ week: `${md(w.from)}`, complaints: w.complaints }))}
          xAxis={[{ scaleType: 'band', dataKey: 'week', height: 28, valueFormatter: (v: string, ctx) => (ctx.location === 'tooltip' ? `${v} 当周` : v) }]}
          yAxis={[{ tickMinStep: 1, width: 32, max: top }]}
          series={[{ dataKey: 'complaints', label: '投诉（件）', barLabel: (item) => (item.value ? String(item.value) : null), barLabelPlacement: 'outside' }]}
          hideLegend
          margin={{ top: 20, right: 8, bottom: 0, left: 0 }}
          onItemClick={(_, item) => navigate(weekLink(weeks[item.dataIndex]!.from, weeks[item.dataIndex]!.to))}
        />
      </Box>
      <Table size="small" sx={HIDDEN} aria-label="近12周投诉登记（表）">
        <TableBody>
          {weeks.map((w) => (
            <TableRow key={w.from}>
              <TableCell>{w.from} 至 {w.to}</TableCell>
              <TableCell><Link component={RouterLink} to={weekLink(w.from, w.to)}>{w.complaints}件</Link></TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Panel>
  );
}

export function DeskCharts() {
  const charts = useDeskCharts();
  return (
    <Box component="section" aria-labelledby="desk-charts-title" sx={{ mb: 2 }} data-testid="desk-charts">
      <Typography id="desk-charts-title" variant="h6" component="h2" sx={{ mb: 1 }}>全单位统计</Typography>
      {charts.isPending ? (
        <Loading />
      ) : charts.isError ? (
        <ErrorState error={charts.error} onRetry={() => void charts.refetch()} />
      ) : (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fit, minmax(340px, 1fr))', alignItems: 'start' }}>
          <Departments departments={charts.data.departments} />
          <Stages stages={charts.data.stages} />
          <Weeks weeks={charts.data.weeks} />
        </Box>
      )}
    </Box>
  );
}
