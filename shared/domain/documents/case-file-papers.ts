// 案卷封面 and 卷内目录 of a closed case file, from the store: the cover names the unit, the 案号, the 案由, the parties,
// the days accepted and closed, the way it closed, the retention period (the bureau's setting, 办案规则 Art. 24 for an
// arbitration file) and the pages — printed when every paper's count is known, else a blank to fill by hand (the file
// also holds what the parties handed in); the index lists the file's papers in order with 文号, title, date, pages and
// their page numbers. Pure; the core reads the file (electron/core/proceedings/case-file-papers.ts).
import { dateText, labelCell, para, valueCell, whole } from './format';
import type { DocCell, DocumentModel } from './model';
import { DocumentInputError, renderText, type DocumentTemplate } from './template-engine';
import { fileCoverSpec, fileCoverTemplate, fileIndexSpec, fileIndexTemplate } from './case-file-papers-template';

export interface FileCoverData {
  kind: 'arbitration' | 'inspection';
  organ: string;
  caseNumber: string;
  cause: string;
  /** 申请人 / 投诉人, and 被申请人 / 用人单位. */
  applicants: string[];
  respondents: string[];
  acceptedOn: string | null;
  closedOn: string | null;
  closeMethod: string | null;
  retentionYears: number;
  /** The file's pages when known; null: a blank on the cover. */
  pages: number | null;
  /** The day the cover is made. */
  date: string;
}

export interface FileIndexEntry {
  number: string | null;
  title: string;
  date: string;
  /** The stored PDF's page count, or null when it cannot be read. */
  pages: number | null;
}

export interface FileIndexData {
  organ: string;
  caseNumber: string;
  entries: FileIndexEntry[];
  date: string;
}

type Row = { cells: DocCell[]; minHeightMm?: number };

export function buildFileCover(d: FileCoverData, template: DocumentTemplate = fileCoverTemplate): DocumentModel {
  if (d.retentionYears < 1) throw new DocumentInputError('未设置案卷的保管期限，请在“设置 → 参数”中录入');
  const t = (piece: string, v: Record<string, string> = {}) => renderText(fileCoverSpec, template, piece, v);
  const arbitration = d.kind === 'arbitration';
  const row = (label: string, value: string | ReturnType<typeof whole>[], minHeightMm = 12): Row => ({ cells: [labelCell(label), valueCell(value)], minHeightMm });
  const rows: Row[] = [
    row('立卷单位', d.organ),
    row('案号', [whole(d.caseNumber)]),
    row('案由', d.cause),
    row(arbitration ? '申请人' : '投诉人', d.applicants.join('、')),
    row(arbitration ? '被申请人' : '用人单位', d.respondents.join('、')),
    row(arbitration ? '受理日期' : '立案日期', d.acceptedOn ? dateText(d.acceptedOn) : ''),
    row('结案日期', d.closedOn ? dateText(d.closedOn) : ''),
    row('结案方式', d.closeMethod ?? ''),
    row('保管期限', t('retention', { years: String(d.retentionYears) })),
    row('页数', d.pages !== null ? `本卷共${d.pages}页` : t('pagesBlank')),
    { cells: [labelCell('立卷人'), valueCell('')], minHeightMm: 12 },
    { cells: [labelCell('检查人'), valueCell('')], minHeightMm: 12 },
    { cells: [labelCell('归档日期'), valueCell('　　　　年　　月　　日')], minHeightMm: 12 },
  ];
  return {
    kind: 'fileCover',
    organ: d.organ,
    title: t(arbitration ? 'titleArbitration' : 'titleInspection'),
    number: null,
    addressee: null,
    body: [{ type: 'table', columns: [3.2, 10.8], rows }],
    signature: null,
    notes: [],
    layout: 'form',
  };
}

export function buildFileIndex(d: FileIndexData, template: DocumentTemplate = fileIndexTemplate): DocumentModel {
  if (d.entries.length === 0) throw new DocumentInputError('本案卷还没有制作任何文书，不能制作卷内目录');
  const t = (piece: string, v: Record<string, string> = {}) => renderText(fileIndexSpec, template, piece, v);
  const head: Row = { cells: ['序号', '文号', '题名', '日期', '页数', '页号'].map((x) => labelCell(x, { align: 'center' })) };
  let next = 1;
  const rows: Row[] = d.entries.map((e, i) => {
    // 页号: the first and last page of each paper in the file, counted on; unknown once a count is unknown.
    const span = e.pages !== null && next > 0 ? (e.pages > 1 ? `${next}-${next + e.pages - 1}` : String(next)) : '';
    next = e.pages !== null && next > 0 ? next + e.pages : 0;
    return {
      cells: [
        valueCell(String(i + 1), { align: 'center' }),
        valueCell(e.number ? [whole(e.number)] : ''),
        valueCell(e.title),
        valueCell([whole(dateText(e.date))]),
        valueCell(e.pages !== null ? String(e.pages) : '', { align: 'center' }),
        valueCell(span, { align: 'center' }),
      ],
    };
  });
  const known = d.entries.every((e) => e.pages !== null);
  const pages = d.entries.reduce((s, e) => s + (e.pages ?? 0), 0);
  return {
    kind: 'fileIndex',
    organ: d.organ,
    title: t('title'),
    number: null,
    addressee: `案号：${d.caseNumber}`,
    body: [{ type: 'table', columns: [1.0, 4.8, 3.4, 3.8, 1.0, 1.4], size: 'small', rows: [head, ...rows] }, para(t('total', { papers: String(d.entries.length), pages: known ? String(pages) : '　　' }))],
    signature: null,
    notes: [],
    layout: 'form',
  };
}
