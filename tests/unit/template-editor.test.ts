// The 文书模板 editor's pure parts: every placeholder has a Chinese meaning to show, the working copy round-trips
// to what the core saves, a placeholder goes in at the caret, and the core's field keys land on the editor's fields.
import { describe, expect, it } from 'vitest';
import type { DocumentTemplateView } from '../../shared/contract/documents';
import { PLACEHOLDER_LABELS, placeholderLabel } from '../../shared/domain/documents/placeholder-labels';
import { SERIES_PLACEHOLDERS } from '../../shared/domain/documents/template-engine';
import { DEFAULT_TEMPLATES, TEMPLATE_SPECS } from '../../shared/domain/documents/templates';
import { draftOf, fieldMessages, insertPlaceholder, sameAsSaved, saveInput, seriesExample } from '../../renderer/src/features/settings/template-draft';

function viewOf(kind: keyof typeof DEFAULT_TEMPLATES): DocumentTemplateView {
  const t = DEFAULT_TEMPLATES[kind];
  const pieces = (specs: (typeof TEMPLATE_SPECS)[typeof kind]['texts']) =>
    Object.entries(specs).map(([name, p]) => ({ name, label: p.label, required: p.required, placeholders: [...p.placeholders], note: p.note ?? null }));
  return {
    kind,
    name: t.name,
    builtIn: true,
    numbering: t.numbering,
    numberingModes: ['caseNumber', 'series', 'none'],
    audience: [...t.audience],
    texts: { ...t.texts },
    lists: Object.fromEntries(Object.entries(t.lists).map(([k, v]) => [k, [...v]])),
    textSpecs: pieces(TEMPLATE_SPECS[kind].texts),
    listSpecs: pieces(TEMPLATE_SPECS[kind].lists),
    rowVersion: null,
    updatedAt: null,
    updatedBy: null,
  };
}

describe('placeholder labels', () => {
  it('names every placeholder a template piece or a series pattern may use, in Chinese', () => {
    const used = Object.values(TEMPLATE_SPECS).flatMap((s) => [...Object.values(s.texts), ...Object.values(s.lists)].flatMap((p) => p.placeholders));
    for (const name of [...used, ...SERIES_PLACEHOLDERS]) {
      expect(placeholderLabel(name), name).not.toBe(name);
      expect(placeholderLabel(name), name).toMatch(/\p{Script=Han}/u);
    }
    // No label for a placeholder nothing uses (a renamed one would leave its label behind).
    expect(Object.keys(PLACEHOLDER_LABELS).filter((n) => !used.includes(n))).toEqual([]);
  });
});

describe('the working copy', () => {
  it('starts equal to the saved template and saves what the core took', () => {
    const view = viewOf('acceptanceNotice');
    const draft = draftOf(view);
    expect(sameAsSaved(draft, draftOf(view))).toBe(true);
    expect(saveInput('acceptanceNotice', draft, null)).toEqual({
      kind: 'acceptanceNotice',
      name: '内置模板',
      numbering: { mode: 'caseNumber' },
      texts: DEFAULT_TEMPLATES.acceptanceNotice.texts,
      lists: DEFAULT_TEMPLATES.acceptanceNotice.lists,
      rowVersion: null,
    });
  });

  it('counts a change of text, list order or numbering, but not series fields typed while another mode is chosen', () => {
    const saved = draftOf(viewOf('acceptanceNotice'));
    expect(sameAsSaved({ ...saved, texts: { ...saved.texts, title: '受理通知' } }, saved)).toBe(false);
    expect(sameAsSaved({ ...saved, lists: { ...saved.lists, rights: [...saved.lists.rights].reverse() } }, saved)).toBe(false);
    expect(sameAsSaved({ ...saved, mode: 'series' }, saved)).toBe(false);
    expect(sameAsSaved({ ...saved, pattern: '{n}' }, saved)).toBe(true);
  });

  it('offers a series named after the kind with a pattern that numbers', () => {
    const draft = draftOf(viewOf('serviceReceipt'));
    expect(draft).toMatchObject({ mode: 'none', series: '送达回证', pattern: '{unitShort}〔{year}〕{n}号' });
    expect(seriesExample('{unitShort}送字〔{year}〕{n}号', '日喀则市', 2026)).toBe('日喀则市送字〔2026〕1号');
    expect(seriesExample('{unitShort}送字〔{year}〕{n号', '日喀则市', 2026)).toBeNull();
    expect(seriesExample('{unit}〔{year}〕{n}号', '日喀则市', 2026)).toBeNull();
  });
});

describe('editing', () => {
  it('inserts a placeholder at the caret, over a selection, or at the end', () => {
    expect(insertPlaceholder('申请人：', 'applicant', 3, 3)).toEqual({ text: '申请人{applicant}：', caret: 14 });
    expect(insertPlaceholder('请某某到庭', 'you', 1, 3)).toEqual({ text: '请{you}到庭', caret: 6 });
    expect(insertPlaceholder('联系电话：', 'committeePhone', null, null)).toEqual({ text: '联系电话：{committeePhone}', caret: 21 });
  });

  it('puts the core’s messages on the editor’s fields, without repeating the field’s label', () => {
    const labels = { 'texts.instruction': '表下说明', 'lists.rights': '权利义务告知事项', numbering: '编号规则' };
    expect(
      fieldMessages(
        {
          'texts.instruction': '表下说明：无法识别的占位符{recipent}。这一段不能使用占位符',
          'lists.rights[2]': '权利义务告知事项：第3项为空',
          'lists.rights.5': '不能超过1000个字',
          numbering: '编号规则：编号规则必须包含序号占位符{n}',
        },
        labels,
      ),
    ).toEqual({
      'texts.instruction': '无法识别的占位符{recipent}。这一段不能使用占位符',
      'lists.rights[2]': '第3项为空',
      'lists.rights[5]': '不能超过1000个字',
      numbering: '编号规则必须包含序号占位符{n}',
    });
  });
});
