// 证据目录 as an XLSX workbook: the file's evidence in the catalogue's order (each worker's, each party's, then the
// bureau's own), one row an item with what it is, its kind, who submitted it, what it proves, original or copy,
// source, pages, the day received and whether it is still in the file (a withdrawn item stays, with the reason).
// Written with exceljs (our own data, so in the core's thread; a workbook from outside is only ever read in the
// roster worker). Every cell is a plain string or number, never a formula. The export is on the audit trail.
import type { EvidenceCatalogue } from '../../../shared/contract/evidence';
import { catalogueOrder, EVIDENCE_FORM, EVIDENCE_KIND, EVIDENCE_SUBMITTER } from '../../../shared/domain/evidence';
import { dateTimeOf } from '../../../shared/domain/time';
import type { CallContext } from '../kernel/context';
import { tx, writeContext } from '../kernel/tx';
import { caseEvidence } from './evidence.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' as const;
const HEADERS = ['序号', '提交人', '证据名称', '证据种类', '证明目的', '原件或复印件', '来源', '页数', '收到日期', '状态'];
const WIDTHS = [6, 22, 30, 10, 40, 20, 24, 6, 12, 30];

export async function exportCatalogue(call: CallContext, caseFileId: string): Promise<EvidenceCatalogue> {
  const data = caseEvidence(call, caseFileId);
  const title = (call.core.prepare('SELECT title FROM case_files WHERE id = ?').get(data.caseFileId) as { title: string }).title;
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(call.core.clock.now());
  const ws = wb.addWorksheet('证据目录');
  ws.addRow([`证据目录：${title}`]).font = { bold: true, size: 14 };
  ws.addRow([`导出时间 ${dateTimeOf(call.core.clock.now())}；在卷 ${data.items.filter((i) => i.status === 'current').length} 件，已撤回 ${data.items.filter((i) => i.status === 'withdrawn').length} 件`]);
  ws.addRow(HEADERS).font = { bold: true };
  for (const i of catalogueOrder(data.items, data.submitters)) {
    const who = i.submitter === 'bureau' ? EVIDENCE_SUBMITTER.label('bureau') : `${i.submitterName ?? ''}（${i.submitter === 'worker' ? '投诉人' : '被投诉方'}）`;
    const status = i.status === 'current' ? '在卷' : `已撤回：${i.withdrawnReason ?? ''}`;
    ws.addRow([i.seq, who, i.title, EVIDENCE_KIND.label(i.kind), i.purpose, EVIDENCE_FORM.label(i.form), i.source, i.pages, i.receivedDate, status]);
  }
  WIDTHS.forEach((w, n) => (ws.getColumn(n + 1).width = w));
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  tx(writeContext(call), (w) => {
    w.audit({ action: 'evidenceExport', entity: 'caseFile', entityId: data.caseFileId, change: { items: data.items.length, bytes: bytes.length } });
  });
  return { fileName: `证据目录-${title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60)}.xlsx`, mime: XLSX, contentBase64: bytes.toString('base64') };
}
