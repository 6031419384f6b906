import { defineHandlers } from '../kernel/handler';
import { exportStatistics } from './export.service';

export const statisticsExportHandlers = defineHandlers({
  'statistics.export': (call, input) => exportStatistics(call, input),
});
