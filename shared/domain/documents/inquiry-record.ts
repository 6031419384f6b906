// 询问笔录 (监察条例 Arts. 15(2), 16; DOMAIN.md §2.2 generic layout): 案由, the time from–to and place, the two or
// more inspectors with their 执法证 numbers, the recorder, the interviewee's identity, the language and the
// interpreter, the credentials shown and the rights told, the questions and answers in order, the closing
// confirmation, and lines for every signature; the interviewee signs and thumbprints each page (the page foot).
// Corrections made after it was finalised follow the record, each with its reason, never inside it.
import { para, run, sexText, valueCell, labelCell, whole } from './format';
import type { DocBlock, DocCell, DocumentModel, InquiryRecordData } from './model';
import { DocumentInputError, renderText, type DocumentTemplate } from './template-engine';
import { inquiryRecordTemplate, TEMPLATE_SPECS } from './templates';

const SPEC = TEMPLATE_SPECS.inquiryRecord;

type Row = { cells: DocCell[] };

export function buildInquiryRecord(r: InquiryRecordData, template: DocumentTemplate = inquiryRecordTemplate): DocumentModel {
  // 监察条例 Art. 16: the record of an investigation made by fewer than two inspectors is not one the bureau issues.
  if (r.inspectors.length < 2) throw new DocumentInputError('询问笔录须载明两名以上询问人（《劳动保障监察条例》第十六条）');
  if (r.qa.length === 0) throw new DocumentInputError('询问笔录没有问答内容');
  const values = {
    organ: r.organ,
    inspectors: r.inspectors.map((i) => i.name).join('、'),
    interpreter: r.interpreter ?? '',
    language: r.language,
  };
  const t = (name: string) => renderText(SPEC, template, name, values);
  const i = r.interviewee;
  const wide = (label: string, value: string | ReturnType<typeof whole>[]): Row => ({ cells: [labelCell(label), valueCell(value, { colSpan: 3 })] });
  const pair = (l1: string, v1: string | ReturnType<typeof whole>[], l2: string, v2: string | ReturnType<typeof whole>[]): Row => ({ cells: [labelCell(l1), valueCell(v1), labelCell(l2), valueCell(v2)] });
  const rows: Row[] = [
    wide('案由', r.caseTitle + (r.caseNumber ? `（${r.caseNumber}）` : '')),
    wide('询问时间', [whole(r.startedAt), run(' 至 '), whole(r.endedAt)]),
    wide('询问地点', r.place),
    wide('询问人及执法证号', r.inspectors.flatMap((x, n) => [run(`${n > 0 ? '、' : ''}${x.name}（`), whole(x.certNo), run('）')])),
    pair('记录人', r.recorder ?? '', '使用语言', r.language),
    pair('翻译人员', r.interpreter ?? '无', '性别', sexText(i.sex)),
    pair('被询问人', i.name, '身份证件号码', i.idNumber ? [whole(i.idNumber)] : ''),
    pair('工作单位', i.workplace ?? '', '职务（工种）', i.post ?? ''),
    pair('联系电话', i.phone ? [whole(i.phone)] : '', '住址', i.address ?? ''),
  ];
  const body: DocBlock[] = [{ type: 'table', columns: [3.2, 4.8, 3.0, 4.8], size: 'small', rows }, para(`告知：${t('credentials')}`, { indent: true })];
  if (r.interpreter) body.push(para(t('interpreterDuty'), { indent: true }));
  for (const x of r.qa) {
    body.push({ type: 'paragraph', runs: [run('问：', { bold: true }), run(x.q)], indent: true });
    body.push({ type: 'paragraph', runs: [run('答：', { bold: true }), run(x.a)], indent: true });
  }
  body.push(para(t('closing'), { indent: true }));
  if (r.corrections.length > 0) {
    const intro = t('correctionsIntro');
    if (intro) body.push(para(intro));
    r.corrections.forEach((c, n) => body.push(para(`${n + 1}. ${c.at}，${c.by}更正：${c.text}（更正理由：${c.reason}）`, { indent: true })));
  }
  // Signatures by hand on lines of their own (a blank to write on, then the date), not an organ's signature block.
  const BLANK = '　'.repeat(7);
  const signLine = (label: string): DocBlock => ({ type: 'paragraph', runs: [run(`${label}：`), run(BLANK, { underline: true }), run('　年　月　日')], indent: false });
  body.push(
    { type: 'spacer', lines: 1 },
    signLine('被询问人（签名捺印）'),
    ...(r.interpreter ? [signLine('翻译人员（签名）')] : []),
    ...r.inspectors.map(() => signLine('询问人（签名）')),
    signLine('记录人（签名）'),
  );
  return {
    kind: 'inquiryRecord',
    organ: r.organ,
    title: t('title'),
    number: null,
    addressee: null,
    body,
    signature: null,
    notes: [],
    layout: 'form',
    pageFoot: t('pageFoot'),
  };
}
