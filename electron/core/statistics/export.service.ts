// statistics.export: a report as the workbook or the printed tables — counted again here (refused when the figures are
// no longer the ones the person looked at) or a submitted report as stored. Before it is written every column must
// have its definition and no string may look like an ID number or a phone (a report is counts, never people); the
// export goes on the audit trail with the file's digest and the figures', as a document's does.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { statExportFile, statExportInput } from '../../../shared/contract/statistics-export';
import type { StatReport } from '../../../shared/domain/statistics/model';
import type { CallContext } from '../kernel/context';
import { ServiceError } from '../kernel/errors';
import { tx, writeContext } from '../kernel/tx';
import { computeReport, submittedReport } from './statistics.service';
import { renderStatPdf } from './stat-pdf';
import { tableColumns } from './stat-print';
import { statWorkbookBytes } from './workbook';

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** 18 characters of a resident ID, or an 11-digit mobile number, anywhere in a string. */
const PERSONAL_NUMBER = /\d{17}[\dXx]|(?<!\d)1[3-9]\d{9}(?!\d)/;

/** Every string the files print (not ids, instants or a digest, which are never printed and may hold digit runs). */
function printedStrings(report: StatReport): string[] {
  return [
    report.period.label,
    report.unit.name,
    ...report.tables.flatMap((t) => [t.title, ...t.rows.map((r) => r.unitName)]),
    ...report.definitions.flatMap((d) => [d.label, d.group ?? '', d.unitLabel, d.counts, d.periodBy, d.formula ?? '', d.source]),
  ];
}

/** Refuses a report that names a column without defining it, or that carries something like a personal number. */
export function checkReport(report: StatReport): void {
  for (const table of report.tables) {
    try {
      tableColumns(report, table);
    } catch (e) {
      throw new ServiceError('VALIDATION', e instanceof Error ? e.message : String(e));
    }
  }
  if (printedStrings(report).some((s) => PERSONAL_NUMBER.test(s))) throw new ServiceError('VALIDATION', '统计报表中不应出现身份证号码或手机号码，未导出');
}

/** 统计报表-2026年11月-日喀则市人力资源和社会保障局.xlsx (characters a file name cannot hold replaced). */
export function statFileName(report: StatReport, format: keyof typeof MIME): string {
  const safe = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '_');
  return `统计报表-${safe(report.period.label)}-${safe(report.unit.name)}.${format}`;
}

export const EXPORT_FIGURES_CHANGED = '数字在您查看后已有变化，请重新统计后再导出';

export async function exportStatistics(call: CallContext, input: z.output<typeof statExportInput>): Promise<z.output<typeof statExportFile>> {
  const { format, counted, submittedId } = input;
  let report: StatReport & { digest?: string };
  if (submittedId !== undefined) report = submittedReport(call, { id: submittedId }).report;
  else {
    const { digest, ...scope } = counted!;
    report = await computeReport(call, scope);
    if (report.digest !== digest) throw new ServiceError('CONFLICT', EXPORT_FIGURES_CHANGED, { digest: EXPORT_FIGURES_CHANGED });
  }
  checkReport(report);
  const bytes = format === 'xlsx' ? await statWorkbookBytes(report) : (await renderStatPdf(report)).bytes;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // The figures' digest ties the file to a report as counted (and to the submitted one it was stored as).
  const figures = { ...(report.digest ? { digest: report.digest } : {}), ...(submittedId ? { submittedId } : {}) };
  tx(writeContext(call), (w) => {
    w.audit({
      action: 'statisticsExport',
      entity: 'statistics',
      entityId: report.unit.id,
      change: { format, period: report.period, unit: report.unit, definitionsVersion: report.definitionsVersion, computedAt: report.computedAt, ...figures, sha256 },
    });
  });
  return { fileName: statFileName(report, format), mime: MIME[format], contentBase64: bytes.toString('base64') };
}
