// 统计概览 on the leader's desk (issue #14 §4): one compact row under the day's lists that opens to the charts — the
// trend of complaints and wages recovered, the employers still owing most and the city by county (when the unit has
// counties). Open files by stage and overdue duties by department are drawn once, just above in 全单位统计
// (desk/DeskCharts.tsx), whose bars open the full lists they count. Closed, this asks the core nothing: the desk stays
// instant and the due and overdue lists keep the first screen.
import { Accordion, AccordionDetails, AccordionSummary, Box, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useState } from 'react';
import { ErrorState, Loading } from '../../../components/States';
import { CountyChart, EmployerChart, NoCountyData } from './BarCharts';
import { ChartFilesDialog, type ChartPick } from './ChartFilesDialog';
import { TrendChart } from './TrendChart';
import { useStatisticsCharts } from './queries';

const OPEN_KEY = 'xinan.desk.statisticsOverview.open';

function rememberedOpen(): boolean {
  try {
    return globalThis.localStorage?.getItem(OPEN_KEY) === '1';
  } catch {
    return false;
  }
}

export function StatisticsOverview() {
  const [open, setOpen] = useState(rememberedOpen);
  const [pick, setPick] = useState<ChartPick | null>(null);
  const charts = useStatisticsCharts(open);
  const toggle = (_: unknown, next: boolean) => {
    setOpen(next);
    try {
      globalThis.localStorage?.setItem(OPEN_KEY, next ? '1' : '0');
    } catch {
      // a private window: the choice is not kept, nothing else changes
    }
  };
  const d = charts.data;
  return (
    <Box component="section" aria-labelledby="stat-overview-title" sx={{ mb: 2 }} data-testid="stat-overview">
      <Accordion expanded={open} onChange={toggle} disableGutters variant="outlined" slotProps={{ transition: { unmountOnExit: true } }}>
        <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls="stat-overview-body" id="stat-overview-title">
          <Typography variant="h6" component="h2" sx={{ fontSize: '1.05rem' }}>统计概览</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ ml: 2, alignSelf: 'center' }}>
            {d ? `${d.unitName}，截至 ${d.today}` : '近12个月投诉和追发工资、尚欠工资的用人单位、各县（区）；点图形查看案卷'}
          </Typography>
        </AccordionSummary>
        <AccordionDetails id="stat-overview-body" sx={{ pt: 0 }}>
          {charts.isPending ? (
            <Loading label="正在统计…" />
          ) : charts.isError ? (
            <ErrorState error={charts.error} onRetry={() => void charts.refetch()} />
          ) : d ? (
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fit, minmax(440px, 1fr))', alignItems: 'start' }}>
              <TrendChart months={d.months} onPick={setPick} />
              <EmployerChart employers={d.employers} onPick={setPick} />
              {d.counties.length > 0 ? <CountyChart counties={d.counties} onPick={setPick} /> : d.countyUnits > 0 && <NoCountyData count={d.countyUnits} />}
            </Box>
          ) : null}
        </AccordionDetails>
      </Accordion>
      <ChartFilesDialog pick={pick} onClose={() => setPick(null)} />
    </Box>
  );
}
