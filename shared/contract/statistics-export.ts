// Statistics export: a report's tables as the workbook (XLSX) or the printed tables (PDF). The page sends the report
// it shows (statistics.compute's output, the figures the person looked at); the core checks its shape and that it
// carries no personal numbers, records the export on the audit trail with the file's digest, and returns the file
// as documents.file does (base64; JSON-only contract). The page saves it, or prints the PDF.
import { z } from 'zod';
import { type ChannelTable, m } from './channel-def';
import { statReport } from './statistics';

export const STAT_EXPORT_FORMATS = ['xlsx', 'pdf'] as const;

export const statExportInput = z.object({
  report: statReport,
  format: z.enum(STAT_EXPORT_FORMATS, { error: '请选择导出格式（Excel 或 PDF）' }),
});

export const statExportFile = z.object({
  fileName: z.string(),
  mime: z.string(),
  contentBase64: z.string(),
});

export const statisticsExportChannels = {
  /** The report as 统计报表.xlsx or .pdf; recorded on the audit trail (statisticsExport). */
  'statistics.export': m(statExportInput, statExportFile, 'statistics.read'),
} as const satisfies ChannelTable;
