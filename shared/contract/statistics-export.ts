// Statistics export: a report's tables as the workbook (XLSX) or the printed tables (PDF). The figures are never the
// page's: either the core counts the period and unit again and exports them if they are the ones the person looked at
// (the digest statistics.compute gave), or it exports a submitted report as it was stored. The core checks the report
// carries no personal numbers, records the export on the audit trail with the file's digest, and returns the file as
// documents.file does (base64; JSON-only contract). The page saves it.
import { z } from 'zod';
import { type ChannelTable, m } from './channel-def';
import { entityId } from './primitives';
import { statScopeInput } from './statistics';

export const STAT_EXPORT_FORMATS = ['xlsx', 'pdf'] as const;

const figuresDigest = z.string().regex(/^[0-9a-f]{64}$/, { error: '请先统计，再导出所看到的报表' });

export const statExportInput = z
  .object({
    format: z.enum(STAT_EXPORT_FORMATS, { error: '请选择导出格式（Excel 或 PDF）' }),
    /** The period and unit counted again, with the digest of the figures the person looked at. */
    counted: statScopeInput.extend({ digest: figuresDigest }).optional(),
    /** Or a submitted report, exported as stored. */
    submittedId: entityId.optional(),
  })
  .refine((i) => (i.counted === undefined) !== (i.submittedId === undefined), { error: '请指明要导出的报表：本次统计的结果或一份已报送的报表', path: ['counted'] });

export const statExportFile = z.object({
  fileName: z.string(),
  mime: z.string(),
  contentBase64: z.string(),
});

export const statisticsExportChannels = {
  /** The report as 统计报表.xlsx or .pdf; recorded on the audit trail (statisticsExport). */
  'statistics.export': m(statExportInput, statExportFile, 'statistics.read'),
} as const satisfies ChannelTable;
