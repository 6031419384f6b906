// The 案卷封面 and 卷内目录's templates (kept apart from templates.ts, which lists them in its tables). The archive
// forms follow the general practice of 文书档案 (a cover naming the unit, the case, the parties, the dates, the way it
// closed, the retention period and the pages; an index of the file's papers in order); no national arbitration or
// inspection archive template has been obtained (DOMAIN.md §2.1, UNCONFIRMED): every piece is editable.
import type { DocumentTemplate, PieceSpec, TemplateSpec } from './template-engine';

const piece = (label: string, placeholders: readonly string[] = [], required = true): PieceSpec => ({ label, required, placeholders });

export const fileCoverSpec: TemplateSpec = {
  kind: 'fileCover',
  texts: {
    titleArbitration: piece('标题（仲裁案卷）'),
    titleInspection: piece('标题（监察案卷）'),
    pagesBlank: piece('页数栏（页数不明时留空待填）'),
    retention: piece('保管期限', ['years']),
  },
  lists: {},
};

export const fileCoverTemplate: DocumentTemplate = {
  kind: 'fileCover',
  name: '内置模板',
  numbering: { mode: 'none' },
  audience: ['internal'],
  texts: {
    titleArbitration: '劳动人事争议仲裁案卷',
    titleInspection: '劳动保障监察案卷',
    pagesBlank: '本卷共　　　　页',
    retention: '{years}年',
  },
  lists: {},
};

export const fileIndexSpec: TemplateSpec = {
  kind: 'fileIndex',
  texts: {
    title: piece('标题'),
    total: piece('合计行', ['papers', 'pages']),
  },
  lists: {},
};

export const fileIndexTemplate: DocumentTemplate = {
  kind: 'fileIndex',
  name: '内置模板',
  numbering: { mode: 'none' },
  audience: ['internal'],
  texts: {
    title: '卷内目录',
    total: '以上共{papers}份文书，{pages}页。',
  },
  lists: {},
};
