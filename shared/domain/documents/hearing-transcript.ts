// 庭审笔录 (调解仲裁法 Art. 40): the case and its number, the hearing's time from–to and place, the tribunal and the
// clerk, the parties and agents present, the language and the interpreter (told of the duty), the hearing in its
// order — each stage under its heading, each entry by its speaker — the closing that tells the participants they may
// ask for a correction, the corrections appended after 定稿 with their reasons, and a line for every signature: each
// participant present, the interpreter, each arbitrator and the clerk. Laid out as the 询问笔录 is (inquiry-record.ts).
import { attendeeTitle, STAGE_HEADING, type TranscriptAttendee, type TranscriptEntry } from '../hearing-transcript';
import { labelCell, para, run, valueCell } from './format';
import type { DocBlock, DocCell, DocumentModel } from './model';
import { DocumentInputError, renderText, type DocumentTemplate } from './template-engine';
import { hearingTranscriptSpec as SPEC, hearingTranscriptTemplate } from './hearing-record-templates';

export interface HearingTranscriptData {
  organ: string;
  caseNumber: string | null;
  cause: string;
  applicants: string[];
  respondents: string[];
  /** 'YYYY-MM-DD HH:mm', as the core formats the instants. */
  startedAt: string;
  endedAt: string;
  place: string;
  arbitrators: { name: string; presiding: boolean }[];
  clerk: string;
  attendees: TranscriptAttendee[];
  /** The language as printed (汉语, 藏语, or the one named). */
  language: string;
  interpreter: string | null;
  interpreterDutyTold: boolean;
  entries: TranscriptEntry[];
  corrections: { at: string; by: string; text: string; reason: string }[];
}

type Row = { cells: DocCell[] };

const arbitratorTitle = (a: { presiding: boolean }, sole: boolean) => (sole ? '独任仲裁员' : a.presiding ? '首席仲裁员' : '仲裁员');

export function buildHearingTranscript(r: HearingTranscriptData, template: DocumentTemplate = hearingTranscriptTemplate): DocumentModel {
  if (r.entries.length === 0) throw new DocumentInputError('庭审笔录没有庭审记录');
  if (r.attendees.length === 0) throw new DocumentInputError('庭审笔录没有到庭人员');
  const t = (name: string, v: Record<string, string> = {}) => renderText(SPEC, template, name, v);
  const sole = r.arbitrators.length === 1;
  const wide = (label: string, value: string): Row => ({ cells: [labelCell(label), valueCell(value, { colSpan: 3 })] });
  const pair = (l1: string, v1: string, l2: string, v2: string): Row => ({ cells: [labelCell(l1), valueCell(v1), labelCell(l2), valueCell(v2)] });
  const rows: Row[] = [
    wide('案由', r.cause + (r.caseNumber ? `（${r.caseNumber}）` : '')),
    wide('当事人', `申请人：${r.applicants.join('、')}；被申请人：${r.respondents.join('、')}`),
    wide('开庭时间', `${r.startedAt} 至 ${r.endedAt}`),
    wide('开庭地点', r.place),
    wide('仲裁庭', r.arbitrators.map((a) => `${arbitratorTitle(a, sole)}${a.name}`).join('，')),
    pair('书记员', r.clerk, '使用语言', r.language),
    wide('到庭人员', r.attendees.map(attendeeTitle).join('；')),
    wide('翻译人员', r.interpreter ?? '无'),
  ];
  const body: DocBlock[] = [{ type: 'table', columns: [3.2, 4.8, 3.0, 4.8], size: 'small', rows }];
  if (r.interpreter && r.interpreterDutyTold) body.push(para(t('interpreterDuty', { interpreter: r.interpreter, language: r.language }), { indent: true }));
  let stage: TranscriptEntry['stage'] | null = null;
  for (const e of r.entries) {
    if (e.stage !== stage) {
      body.push(para(STAGE_HEADING[e.stage], { bold: true }));
      stage = e.stage;
    }
    body.push({ type: 'paragraph', runs: [run(`${e.speaker}：`, { bold: true }), run(e.text)], indent: true });
  }
  body.push(para(t('closing'), { indent: true }));
  if (r.corrections.length > 0) {
    const intro = t('correctionsIntro');
    if (intro) body.push(para(intro));
    r.corrections.forEach((c, n) => body.push(para(`${n + 1}. ${c.at}，${c.by}更正：${c.text}（补正理由：${c.reason}）`, { indent: true })));
  }
  // Art. 40: signed or sealed by the arbitrators, the clerk, the parties and the other participants — a line each.
  const BLANK = '　'.repeat(7);
  const signLine = (label: string): DocBlock => ({ type: 'paragraph', runs: [run(`${label}：`), run(BLANK, { underline: true }), run('　年　月　日')], indent: false });
  body.push(
    { type: 'spacer', lines: 1 },
    ...r.attendees.map((a) => signLine(`${attendeeTitle(a)}（签名${a.capacity === 'party' && a.side === 'applicant' ? '捺印' : '或盖章'}）`)),
    ...(r.interpreter ? [signLine(`翻译人员${r.interpreter}（签名）`)] : []),
    ...r.arbitrators.map((a) => signLine(`${arbitratorTitle(a, sole)}${a.name}（签名）`)),
    signLine(`书记员${r.clerk}（签名）`),
  );
  return {
    kind: 'hearingTranscript',
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
