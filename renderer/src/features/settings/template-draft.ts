// The template editor's working copy: what the administrator has typed, compared with what is saved, turned into
// the save call's input, and the small text operations the editor needs (insert a placeholder at the caret).
import type { DocumentTemplateView } from '../../../../shared/contract/documents';
import { fillTemplate } from '../../../../shared/domain/documents/template-engine';
import { DOCUMENT_KIND, type DocumentKind } from '../../../../shared/domain/vocabulary';

export type NumberingMode = DocumentTemplateView['numberingModes'][number];
type Policy = DocumentTemplateView['numbering'];

export const NUMBERING_LABELS: Record<NumberingMode, { label: string; help: string }> = {
  caseNumber: { label: '使用案号', help: '文书编号就是案件的案号' },
  intakeRegNo: { label: '使用登记号', help: '文书编号就是接待登记的登记号' },
  series: { label: '单独编号', help: '本单位按年度连续编号，号码用过即不再使用（作废的也不重复）' },
  none: { label: '不编号', help: '文书上不印编号' },
};

export interface Draft {
  name: string;
  mode: NumberingMode;
  /** Kept while another mode is chosen, so switching back does not lose what was typed. */
  series: string;
  pattern: string;
  texts: Record<string, string>;
  lists: Record<string, string[]>;
}

export const DEFAULT_PATTERN = '{unitShort}〔{year}〕{n}号';

export function draftOf(view: DocumentTemplateView): Draft {
  const n = view.numbering;
  return {
    name: view.name,
    mode: n.mode,
    series: n.mode === 'series' ? n.series : DOCUMENT_KIND.label(view.kind),
    pattern: n.mode === 'series' ? n.pattern : DEFAULT_PATTERN,
    // Every piece the kind has, in the spec's order, even one the saved copy lacks (an optional piece left out).
    texts: Object.fromEntries(view.textSpecs.map((s) => [s.name, view.texts[s.name] ?? ''])),
    lists: Object.fromEntries(view.listSpecs.map((s) => [s.name, [...(view.lists[s.name] ?? [])]])),
  };
}

export function policyOf(d: Draft): Policy {
  return d.mode === 'series' ? { mode: 'series', series: d.series, pattern: d.pattern } : { mode: d.mode };
}

/** What documentTemplates.save takes. */
export function saveInput(kind: DocumentKind, d: Draft, rowVersion: number | null) {
  return { kind, name: d.name, numbering: policyOf(d), texts: d.texts, lists: d.lists, rowVersion };
}

/** True when the draft says the same as the saved template (the series fields count only in series mode). */
export function sameAsSaved(d: Draft, saved: Draft): boolean {
  const canonical = (x: Draft) => JSON.stringify([x.name, policyOf(x), Object.entries(x.texts), Object.entries(x.lists)]);
  return canonical(d) === canonical(saved);
}

/** The series pattern filled for the first number of this year, or null when it cannot be filled. */
export function seriesExample(pattern: string, unitShort: string, year: number): string | null {
  try {
    return fillTemplate(pattern, { unitShort, year: String(year), n: '1' }, '编号规则');
  } catch {
    return null;
  }
}

/** Inserts `{name}` over the selection; returns the new text and where the caret goes. */
export function insertPlaceholder(text: string, name: string, start: number | null, end: number | null): { text: string; caret: number } {
  const from = Math.min(start ?? text.length, text.length);
  const to = Math.max(from, Math.min(end ?? from, text.length));
  const token = `{${name}}`;
  return { text: text.slice(0, from) + token + text.slice(to), caret: from + token.length };
}

/**
 * The core's field keys, as the editor names its fields: the schema's 'lists.rights.2' becomes 'lists.rights[2]'
 * (the template check's own spelling), and a message that repeats the piece's label drops it ("表下说明：…").
 */
export function fieldMessages(fields: Record<string, string>, labels: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    const k = key.replace(/^lists\.([^.[\]]+)\.(\d+)$/, 'lists.$1[$2]');
    const label = labels[k.replace(/\[\d+\]$/, '')];
    const text = label && message.startsWith(`${label}：`) ? message.slice(label.length + 1) : message;
    if (!(k in out)) out[k] = text;
  }
  return out;
}
