// 送达回证: DOMAIN.md §2.1 fields — 案号, 案由, 受送达人, 送达地点, 送达文件, 送达方式, 签发人, 送达人, the recipient's
// signature or seal, 收到日期 (年 月 日 时), 代收人, 备注. The recipient's signing date is the date of service
// (办案规则 Art. 20 per the 释义 table of contents; DOMAIN.md §1.3), so those boxes stay blank for the hand.
import { numberFor } from './arbitration-common';
import { labelCell, names, para, valueCell, whole } from './format';
import type { DocCell, DocRun, DocumentModel, ServiceMethod, ServiceReceipt } from './model';
import { renderText, type DocumentTemplate } from './template-engine';
import { serviceReceiptTemplate, TEMPLATE_SPECS } from './templates';

const SPEC = TEMPLATE_SPECS.serviceReceipt;

/** Methods of service after civil-procedure practice (DOMAIN.md §1.3 Service; 民事诉讼法 Arts. 88–95). */
export const SERVICE_METHOD_LABEL: Record<ServiceMethod, string> = {
  direct: '直接送达',
  post: '邮寄送达',
  left: '留置送达',
  entrusted: '委托送达',
  electronic: '电子送达',
  publicNotice: '公告送达',
  posted: '张贴送达',
};

type Row = { cells: DocCell[]; minHeightMm?: number };

export function buildServiceReceipt(input: ServiceReceipt, template: DocumentTemplate = serviceReceiptTemplate): DocumentModel {
  const t = (piece: string) => renderText(SPEC, template, piece);
  const wide = (label: string, value: string | DocRun[], minHeightMm?: number): Row => {
    const row: Row = { cells: [labelCell(label), valueCell(value, { colSpan: 3 })] };
    if (minHeightMm) row.minHeightMm = minHeightMm;
    return row;
  };
  const rows: Row[] = [
    wide('案号', [whole(input.caseNumber)]),
    wide('案由', input.cause),
    wide('送达机关', input.organ),
    wide('受送达人', input.recipient),
    wide('送达地址', input.address ?? ''),
    wide('送达文件', names(input.documents), 18),
    wide('送达方式', SERVICE_METHOD_LABEL[input.method]),
    { cells: [labelCell('签发人'), valueCell(input.issuer ?? ''), labelCell('送达人'), valueCell(input.server ?? '')] },
    wide('受送达人签名或盖章', '', 26),
    // A receipt made from a recorded service carries its facts; otherwise the boxes are left for the hand.
    wide('收到日期', input.served?.receivedAt ?? t('receivedBlank')),
    wide('代收人及代收理由', input.served?.receivedBy ?? '', 18),
    wide('备注', input.served?.note ?? '', 20),
  ];
  const instruction = t('instruction');
  return {
    kind: 'serviceReceipt',
    organ: input.organ,
    title: t('title'),
    number: numberFor(template.numbering, { caseNumber: input.caseNumber }),
    addressee: null,
    body: [
      { type: 'table', columns: [3.6, 4.4, 2.2, 4.0], size: 'small', rows },
      ...(instruction ? [para(instruction, { indent: true })] : []),
    ],
    signature: null,
    notes: [],
    layout: 'form',
  };
}
