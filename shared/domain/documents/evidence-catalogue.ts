// 证据目录 of one party of an arbitration case: the case, the party, the 举证期限, and a row per item — its number,
// name and source, what it is to prove, its pages, whether the original was seen, the day submitted (逾期提交 marked,
// 办案规则 Art. 15) and the other side's 质证意见 on 真实性, 合法性 and 关联性 — then the lines for the submitter's
// signature and the clerk who received it. Laid out as a form.
import { opinionLine, type OpinionFacts } from '../arbitration-evidence';
import { dateText, labelCell, para, run, valueCell, whole } from './format';
import type { DocBlock, DocumentModel } from './model';
import { DocumentInputError, renderText, type DocumentTemplate } from './template-engine';
import { evidenceCatalogueSpec as SPEC, evidenceCatalogueTemplate } from './hearing-record-templates';

export interface EvidenceCatalogueData {
  organ: string;
  caseNumber: string | null;
  cause: string;
  /** 申请人扎西 / 被申请人某公司. */
  party: string;
  periodEnd: string | null;
  items: {
    title: string;
    source: string | null;
    purpose: string;
    copies: number | null;
    originalSeen: boolean;
    submittedOn: string;
    late: boolean;
    opinion: (OpinionFacts & { by: string }) | null;
  }[];
}

export function buildEvidenceCatalogue(d: EvidenceCatalogueData, template: DocumentTemplate = evidenceCatalogueTemplate): DocumentModel {
  if (d.items.length === 0) throw new DocumentInputError(`${d.party}尚未提交证据，没有可打印的证据目录`);
  const t = (name: string, v: Record<string, string> = {}) => renderText(SPEC, template, name, v);
  const header = ['序号', '证据名称及来源', '证明目的', '页数', '原件', '提交日期', '对方质证意见'].map((h) => labelCell(h));
  const rows = d.items.map((x, i) => ({
    cells: [
      valueCell(String(i + 1), { align: 'center' }),
      valueCell(x.source ? `${x.title}（${x.source}）` : x.title),
      valueCell(x.purpose),
      valueCell(x.copies === null ? '' : String(x.copies), { align: 'center' }),
      valueCell(x.originalSeen ? '已核对' : '未见原件', { align: 'center' }),
      valueCell(x.late ? [whole(dateText(x.submittedOn)), run('（逾期提交）', { bold: true })] : [whole(dateText(x.submittedOn))]),
      valueCell(x.opinion ? `${x.opinion.by}：${opinionLine(x.opinion)}` : '尚未质证'),
    ],
  }));
  const intro = d.periodEnd ? t('intro', { party: d.party, periodEnd: dateText(d.periodEnd) }) : t('introNoPeriod', { party: d.party });
  const body: DocBlock[] = [
    para(`案号：${d.caseNumber ?? '（未编号）'}\u3000案由：${d.cause}`),
    ...(intro ? [para(intro)] : []),
    { type: 'table', columns: [1.0, 3.4, 3.6, 1.0, 1.6, 4.0, 4.0], size: 'small', rows: [{ cells: header }, ...rows] },
  ];
  const lateNote = d.items.some((x) => x.late) ? t('lateNote') : '';
  if (lateNote) body.push(para(lateNote));
  const BLANK = '　'.repeat(7);
  const signLine = (label: string): DocBlock => ({ type: 'paragraph', runs: [run(`${label}：`), run(BLANK, { underline: true }), run('　年　月　日')], indent: false });
  body.push({ type: 'spacer', lines: 1 }, signLine('提交人（签名或盖章）'), signLine('收件人（签名）'));
  return { kind: 'evidenceCatalogue', organ: d.organ, title: t('title'), number: null, addressee: null, body, signature: null, notes: [], layout: 'form' };
}
