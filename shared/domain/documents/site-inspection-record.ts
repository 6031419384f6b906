// 现场检查笔录 (监察条例 Arts. 15(1)(4), 16; DOMAIN.md §2.2 generic layout): 案由, the time from–to and place, the unit
// inspected and who was present for it, the two or more inspectors with their 执法证 numbers, the recorder, the
// credentials shown and the duties told, what was found, the photos listed by number with their captions, the
// closing confirmation, and lines for every signature; those present sign each page (the page foot). The photos
// themselves follow on pages of their own (the annex), each with its number and caption. Corrections
// made after it was finalised follow the record, each with its reason, never inside it.
import { para, run, valueCell, labelCell, whole } from './format';
import type { DocBlock, DocCell, DocumentModel } from './model';
import { siteInspectionRecordSpec as SPEC, siteInspectionRecordTemplate } from './site-inspection-template';
import { DocumentInputError, renderText, type DocumentTemplate } from './template-engine';

/** The finalised inspection as stored, with its photos in order and its corrections. */
export interface SiteInspectionRecordData {
  organ: string;
  caseNumber: string | null;
  caseTitle: string;
  /** 'YYYY-MM-DD HH:mm' */
  startedAt: string;
  endedAt: string;
  place: string;
  employer: string;
  present: { name: string; post: string | null }[];
  inspectors: { name: string; certNo: string }[];
  recorder: string | null;
  findings: string;
  /** In the order taken; each a stored JPEG or PNG named by its hash, printed on the annex pages. */
  photos: { caption: string; width: number; height: number; sha256: string; mime: 'image/jpeg' | 'image/png' }[];
  corrections: { at: string; text: string; reason: string; by: string }[];
}

type Row = { cells: DocCell[] };

export function buildSiteInspectionRecord(r: SiteInspectionRecordData, template: DocumentTemplate = siteInspectionRecordTemplate): DocumentModel {
  // 监察条例 Art. 16: an inspection made by fewer than two inspectors is not one the bureau records.
  if (r.inspectors.length < 2) throw new DocumentInputError('现场检查笔录须载明两名以上检查人员（《劳动保障监察条例》第十六条）');
  if (r.findings.trim() === '') throw new DocumentInputError('现场检查笔录没有检查情况');
  const values = { organ: r.organ, inspectors: r.inspectors.map((i) => i.name).join('、'), employer: r.employer, photoCount: String(r.photos.length) };
  const t = (name: string) => renderText(SPEC, template, name, values);
  const wide = (label: string, value: string | ReturnType<typeof whole>[]): Row => ({ cells: [labelCell(label), valueCell(value, { colSpan: 3 })] });
  const rows: Row[] = [
    wide('案由', r.caseTitle + (r.caseNumber ? `（${r.caseNumber}）` : '')),
    wide('检查时间', [whole(r.startedAt), run(' 至 '), whole(r.endedAt)]),
    wide('检查地点', r.place),
    wide('被检查单位', r.employer),
    wide('在场人员', r.present.length > 0 ? r.present.map((p) => (p.post ? `${p.name}（${p.post}）` : p.name)).join('、') : '无'),
    wide('检查人员及执法证号', r.inspectors.flatMap((x, n) => [run(`${n > 0 ? '、' : ''}${x.name}（`), whole(x.certNo), run('）')])),
    wide('记录人', r.recorder ?? ''),
  ];
  const body: DocBlock[] = [{ type: 'table', columns: [3.6, 4.4, 3.0, 4.8], size: 'small', rows }, para(`告知：${t('credentials')}`, { indent: true })];
  body.push({ type: 'paragraph', runs: [run('检查情况：', { bold: true })], indent: false });
  for (const line of r.findings.split(/\r?\n/).filter((x) => x.trim() !== '')) body.push(para(line.trim(), { indent: true }));
  if (r.photos.length > 0) {
    body.push(para(t('photosIntro'), { indent: true }));
    r.photos.forEach((p, n) => body.push(para(`照片${n + 1}：${p.caption}`, { indent: true })));
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
    ...(r.present.length > 0 ? r.present.map(() => signLine('在场人员（签名）')) : [signLine('在场人员（签名；拒绝签名的，由检查人员注明）')]),
    ...r.inspectors.map(() => signLine('检查人员（签名）')),
    signLine('记录人（签名）'),
  );
  return {
    kind: 'siteInspectionRecord',
    organ: r.organ,
    title: t('title'),
    number: null,
    addressee: null,
    body,
    signature: null,
    notes: [],
    layout: 'form',
    pageFoot: t('pageFoot'),
    annex:
      r.photos.length > 0
        ? { title: '附：现场照片', images: r.photos.map((p, n) => ({ sha256: p.sha256, mime: p.mime, width: p.width, height: p.height, caption: `照片${n + 1}：${p.caption}` })) }
        : null,
  };
}
