// The 调取证据通知书's template and what each piece may contain (kept apart from templates.ts, which lists it in its
// tables). 监察条例 Art. 15(3)(4) lets inspectors require the employer to provide documents and copy them; no national
// form has been found (DOMAIN.md §2.2, UNCONFIRMED), so the wording is our own and every piece is editable data: the
// case, what to provide by when and where, the duty to provide true and complete material and the consequence of
// refusing or falsifying it (Art. 30), whom to contact.
import type { DocumentTemplate, PieceSpec, TemplateSpec } from './template-engine';

const piece = (label: string, placeholders: readonly string[] = [], required = true): PieceSpec => ({ label, required, placeholders });

export const evidenceRequestSpec: TemplateSpec = {
  kind: 'evidenceRequestNotice',
  texts: {
    title: piece('标题'),
    addressee: piece('抬头', ['addressee']),
    opening: piece('正文（调取事由、期限、地点）', ['caseTitle', 'caseRef', 'dueDate', 'place']),
    duty: piece('如实提供的义务', [], false),
    refusal: piece('拒不提供或者提供虚假材料的后果', [], false),
  },
  lists: {
    contact: piece('联系方式', ['contactNames', 'contactPhone'], false),
  },
};

export const evidenceRequestTemplate: DocumentTemplate = {
  kind: 'evidenceRequestNotice',
  name: '内置模板',
  numbering: { mode: 'series', series: 'evidenceRequest', pattern: '{unitShort}人社监调字〔{year}〕第{n}号' },
  audience: ['recipient'],
  texts: {
    title: '劳动保障监察调取证据通知书',
    addressee: '{addressee}：',
    opening: '因调查{caseTitle}一案{caseRef}，根据《劳动保障监察条例》第十五条第（三）项、第（四）项的规定，请你（单位）于{dueDate}前将下列材料提供到{place}：',
    duty: '提供的材料应当真实、完整；提供复印件的，应当注明“与原件核对无误”并加盖公章或者签名，同时携带原件备查。',
    refusal: '无理抗拒、阻挠调查，拒不提供有关资料或者提供虚假材料的，本机关将依照《劳动保障监察条例》第三十条的规定处理。',
  },
  lists: {
    contact: ['联系人：{contactNames}', '联系电话：{contactPhone}'],
  },
};
