// The leader's charts and the files behind one bar (statistics.charts, statistics.chartFiles).
import type { ChartFilesInput } from '../../../../../shared/contract/statistics-charts';
import { useChannelQuery } from '../../../platform/queries';

/** Asked only once the section is open: the desk itself stays instant. */
export function useStatisticsCharts(enabled: boolean) {
  return useChannelQuery('statistics.charts', {}, { enabled });
}

export function useChartFiles(input: ChartFilesInput | null) {
  return useChannelQuery('statistics.chartFiles', input ?? { chart: 'complaints', month: '2000-01' }, { enabled: input !== null });
}
