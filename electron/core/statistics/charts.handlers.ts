import { defineHandlers } from '../kernel/handler';
import { chartFiles, statisticsCharts } from './charts.service';

export const statisticsChartsHandlers = defineHandlers({
  'statistics.charts': (call) => statisticsCharts(call),
  'statistics.chartFiles': (call, input) => chartFiles(call, input),
});
