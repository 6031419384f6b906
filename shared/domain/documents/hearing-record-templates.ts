// The templates of the 庭审笔录 and the 证据目录, and what each piece may contain (kept apart from templates.ts, which
// lists them in its tables). 庭审笔录: 调解仲裁法 Art. 40 — the hearing recorded, the participants' right to ask for a
// correction, and the signatures of the arbitrators, the clerk, the parties and the other participants. 证据目录: a
// party's evidence list as committees print it (no statutory form; the columns follow common practice). Our wording.
import type { DocumentTemplate, PieceSpec, TemplateSpec } from './template-engine';

const piece = (label: string, placeholders: readonly string[] = [], required = true): PieceSpec => ({ label, required, placeholders });

export const hearingTranscriptSpec: TemplateSpec = {
  kind: 'hearingTranscript',
  texts: {
    title: piece('标题'),
    interpreterDuty: piece('告知翻译人员（有翻译时）', ['interpreter', 'language']),
    closing: piece('结尾核对声明（到庭人员阅看后签名）'),
    pageFoot: piece('每页页脚（到庭人员签名）'),
    correctionsIntro: piece('更正（引言）', [], false),
  },
  lists: {},
};

export const hearingTranscriptTemplate: DocumentTemplate = {
  kind: 'hearingTranscript',
  name: '内置模板',
  numbering: { mode: 'none' },
  audience: ['internal'],
  texts: {
    title: '庭审笔录',
    interpreterDuty: '仲裁庭已告知翻译人员{interpreter}应当如实、完整地翻译（{language}），不得歪曲或者隐瞒。',
    // 调解仲裁法 Art. 40: those who find their statement recorded wrongly or incompletely may ask for a correction.
    closing: '以上笔录已交当事人和其他仲裁参加人阅看（或者向其宣读）。认为对自己陈述的记录有遗漏或者差错的，可以申请补正。',
    pageFoot: '到庭人员（签名）：',
    correctionsIntro: '定稿后的补正：',
  },
  lists: {},
};

export const evidenceCatalogueSpec: TemplateSpec = {
  kind: 'evidenceCatalogue',
  texts: {
    title: piece('标题'),
    intro: piece('说明（举证期限）', ['party', 'periodEnd'], false),
    introNoPeriod: piece('说明（未指定举证期限）', ['party'], false),
    lateNote: piece('逾期提交的说明', [], false),
  },
  lists: {},
};

export const evidenceCatalogueTemplate: DocumentTemplate = {
  kind: 'evidenceCatalogue',
  name: '内置模板',
  numbering: { mode: 'none' },
  audience: ['internal'],
  texts: {
    title: '证据目录',
    intro: '提交人：{party}。本案举证期限至{periodEnd}届满。',
    introNoPeriod: '提交人：{party}。',
    // 办案规则 Art. 17 (in outline): late evidence is admitted or not by the tribunal; it is marked, not refused here.
    lateNote: '标注“逾期提交”的证据，系在举证期限届满后提交，是否采纳由仲裁庭决定。',
  },
  lists: {},
};
