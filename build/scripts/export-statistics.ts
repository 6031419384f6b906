// 统计报表.xlsx (and the same tables as 统计报表.pdf) for `npm run export:samples`: the bureau's report for the year
// of the signing day, the city over its counties, counted by the real statistics engine over the demo data
// (statistics.compute, as the leader's screen asks for it) and exported through statistics.export — exactly the
// file a leader gets. No figure here is typed in: a sample that cannot be counted is an error, never a made-up table.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { statReport } from '../../shared/contract/statistics';
import type { z } from 'zod';
import type { Core } from '../../electron/core/index';
import type { Client } from '../../tests/helpers/client';

/** The year of the signing day for the demo city (日喀则市) over its counties. */
export function sampleStatScope(signDay: string) {
  const year = signDay.slice(0, 4);
  return { period: { kind: 'year' as const, from: `${year}-01-01`, to: `${year}-12-31` }, unitId: 'unit-540200', includeSubunits: true };
}

/**
 * The report as statistics.compute returns it. The channel is registered by the statistics engine (issue #14,
 * stats-core); it is called by name through the core's dispatch so this step needs nothing else from it.
 */
export async function computeSampleReport(core: Core, leader: Client, signDay: string): Promise<z.output<typeof statReport>> {
  const result = await core.dispatch(leader.session, 'statistics.compute', sampleStatScope(signDay));
  if (!result.ok) throw new Error(`统计报表无法计算（statistics.compute）：${result.error.code} ${result.error.message}`);
  return statReport.parse(result.value);
}

/** Writes 统计报表.xlsx and 统计报表.pdf into `outDir`; returns their paths. */
export async function statisticsSamples(core: Core, leader: Client, signDay: string, outDir: string): Promise<string[]> {
  const report = await computeSampleReport(core, leader, signDay);
  const written: string[] = [];
  for (const format of ['xlsx', 'pdf'] as const) {
    const file = await leader.call('statistics.export', { counted: { ...sampleStatScope(signDay), digest: report.digest }, format });
    const path = join(outDir, `统计报表.${format}`);
    writeFileSync(path, Buffer.from(file.contentBase64, 'base64'));
    written.push(path);
  }
  return written;
}
