// Templates are data: named text pieces with {placeholders}, named lists, the numbering policy and the audience.
// The bureau may edit the texts (the current national template set is UNCONFIRMED, DOMAIN.md §2.1); filling a
// piece refuses any placeholder the builder does not supply, so an edited template with a typo fails loudly
// instead of printing "{applicnt}" on a served document.
import { DOCUMENT_KIND, type DocumentKind } from '../vocabulary';

/** Who reads the document. A reporter's identity may reach only 'internal' documents (监察条例 Art. 9). */
export const AUDIENCES = ['internal', 'applicant', 'respondent', 'allParties', 'recipient'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** How a document of this kind is numbered (issue #4 §4). */
export type NumberingPolicy =
  | { mode: 'caseNumber' }
  | { mode: 'intakeRegNo' }
  /** Its own series per unit and year; pattern placeholders {unitShort} {year} {n}, e.g. '{unitShort}劳人仲通字〔{year}〕{n}号'. */
  | { mode: 'series'; series: string; pattern: string }
  | { mode: 'none' };

/** One kind's template: JSON-only, so an edited copy can be stored as a row and compared. */
export interface DocumentTemplate {
  kind: DocumentKind;
  /** Shown in settings and recorded on the audit trail with each generation ('内置模板' for the defaults). */
  name: string;
  numbering: NumberingPolicy;
  /** Every audience a document of this kind can have (a hearing notice goes to either party). */
  audience: readonly Audience[];
  texts: Readonly<Record<string, string>>;
  lists: Readonly<Record<string, readonly string[]>>;
}

/** What a piece is for and which placeholders the builder supplies to it. */
export interface PieceSpec {
  label: string;
  required: boolean;
  placeholders: readonly string[];
  /** Placeholders the piece must print (the evidence period's date on a 受理通知书): an edit without them is refused. */
  mustUse?: readonly string[];
  /** Help for the settings screen (what is unconfirmed, how empty values behave). */
  note?: string;
}

export interface TemplateSpec {
  kind: DocumentKind;
  texts: Readonly<Record<string, PieceSpec>>;
  lists: Readonly<Record<string, PieceSpec>>;
}

export interface TemplateProblem {
  /** 'texts.opening', 'lists.rights[2]', 'numbering', 'audience'. */
  piece: string;
  /** The piece's Chinese label, for the settings screen. */
  label: string;
  message: string;
}

/** A template that cannot be filled; the message is Chinese and names the piece. */
export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

/** A builder's input that cannot make a correct document (no award, no minimum wage…); the message is Chinese. */
export class DocumentInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentInputError';
  }
}

const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

type Token = { literal: string } | { name: string };

/** Splits "{a}text{b}" into tokens; "{{" and "}}" are literal braces. Returns a Chinese reason on a stray brace. */
function tokenize(text: string): { ok: true; tokens: Token[] } | { ok: false; reason: string } {
  const tokens: Token[] = [];
  let lit = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{' && text[i + 1] === '{') {
      lit += '{';
      i++;
    } else if (c === '}' && text[i + 1] === '}') {
      lit += '}';
      i++;
    } else if (c === '{') {
      const end = text.indexOf('}', i + 1);
      if (end < 0) return { ok: false, reason: `第${i + 1}个字符处的“{”没有对应的“}”` };
      if (lit) tokens.push({ literal: lit });
      lit = '';
      tokens.push({ name: text.slice(i + 1, end) });
      i = end;
    } else if (c === '}') {
      return { ok: false, reason: `第${i + 1}个字符处的“}”没有对应的“{”` };
    } else {
      lit += c;
    }
  }
  if (lit) tokens.push({ literal: lit });
  return { ok: true, tokens };
}

/** The placeholder names a text uses, or a Chinese reason when its braces do not pair. */
export function placeholdersOf(text: string): { ok: true; names: string[] } | { ok: false; reason: string } {
  const t = tokenize(text);
  if (!t.ok) return t;
  return { ok: true, names: t.tokens.flatMap((x) => ('name' in x ? [x.name] : [])) };
}

/** What may be used instead, for a message about an unknown placeholder. */
function allowedPlaceholders(names: readonly string[]): string {
  return names.length === 0
    ? '这一段不能使用占位符；要原样印出花括号，请写“{{”或“}}”'
    : `可用的占位符：${names.map((n) => `{${n}}`).join('、')}`;
}

/**
 * Substitutes {placeholders}. Throws TemplateError when the text uses a name that `values` does not hold, or when
 * its braces do not pair. `where` names the piece in the message (受理通知书“开头”).
 */
export function fillTemplate(text: string, values: Readonly<Record<string, string>>, where: string): string {
  const t = tokenize(text);
  if (!t.ok) throw new TemplateError(`${where}的花括号不成对：${t.reason}。要原样显示花括号，请写“{{”或“}}”`);
  let out = '';
  for (const tok of t.tokens) {
    if ('literal' in tok) {
      out += tok.literal;
    } else if (Object.hasOwn(values, tok.name)) {
      out += values[tok.name];
    } else {
      throw new TemplateError(`${where}含有无法识别的占位符{${tok.name}}。${allowedPlaceholders(Object.keys(values))}`);
    }
  }
  return out;
}

function where(kind: DocumentKind, spec: PieceSpec): string {
  return `模板“${DOCUMENT_KIND.label(kind)}”的“${spec.label}”`;
}

/** The values a piece may use: exactly its spec's placeholders (a missing value is the builder's bug). */
function valuesFor(spec: PieceSpec, values: Readonly<Record<string, string>>): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const p of spec.placeholders) {
    const v = values[p];
    if (v === undefined) throw new Error(`builder did not supply placeholder {${p}} for ${spec.label}`);
    picked[p] = v;
  }
  return picked;
}

/** Fills one text piece of a template; a required piece that is missing or blank is a TemplateError. */
export function renderText(spec: TemplateSpec, template: DocumentTemplate, name: string, values: Readonly<Record<string, string>> = {}): string {
  const ps = spec.texts[name];
  if (!ps) throw new Error(`no text piece '${name}' in the ${spec.kind} spec`);
  const text = template.texts[name];
  if (text === undefined || text.trim() === '') {
    if (ps.required) throw new TemplateError(`${where(spec.kind, ps)}不能为空`);
    return '';
  }
  const missing = missingMustUse(ps, text);
  if (missing) throw new TemplateError(`${where(spec.kind, ps)}${missing}`);
  return fillTemplate(text, valuesFor(ps, values), where(spec.kind, ps));
}

/**
 * Fills a list. An item whose placeholders all come out empty is left out: a party with no ID number gets no
 * "公民身份号码…" segment, a committee without a phone no "联系电话：" line. Texts, by contrast, are always printed.
 */
export function renderList(spec: TemplateSpec, template: DocumentTemplate, name: string, values: Readonly<Record<string, string>> = {}): string[] {
  const ps = spec.lists[name];
  if (!ps) throw new Error(`no list '${name}' in the ${spec.kind} spec`);
  const items = template.lists[name] ?? [];
  if (ps.required && items.length === 0) throw new TemplateError(`${where(spec.kind, ps)}至少应有一项`);
  const allowed = valuesFor(ps, values);
  const out: string[] = [];
  for (const [i, item] of items.entries()) {
    const used = placeholdersOf(item);
    if (used.ok && used.names.length > 0 && used.names.every((n) => allowed[n] === '')) continue;
    const text = fillTemplate(item, allowed, `${where(spec.kind, ps)}第${i + 1}项`);
    if (text.trim() !== '') out.push(text);
  }
  return out;
}

/** '必须包含占位符{evidenceDeadline}' when a piece leaves out what it must print, else null. */
function missingMustUse(ps: PieceSpec, text: string): string | null {
  const p = placeholdersOf(text);
  const absent = (ps.mustUse ?? []).filter((n) => !p.ok || !p.names.includes(n));
  return absent.length === 0 ? null : `必须包含占位符${absent.map((n) => `{${n}}`).join('、')}`;
}

function checkPiece(key: string, ps: PieceSpec, text: string, problems: TemplateProblem[]): void {
  const p = placeholdersOf(text);
  if (!p.ok) {
    problems.push({ piece: key, label: ps.label, message: `花括号不成对：${p.reason}。要原样显示花括号，请写“{{”或“}}”` });
    return;
  }
  const missing = missingMustUse(ps, text);
  if (missing) problems.push({ piece: key, label: ps.label, message: missing });
  for (const n of new Set(p.names)) {
    if (!NAME.test(n) || !ps.placeholders.includes(n)) {
      problems.push({ piece: key, label: ps.label, message: `无法识别的占位符{${n}}。${allowedPlaceholders(ps.placeholders)}` });
    }
  }
}

/**
 * Checks edited template texts against the kind's spec, for the settings screen: every required piece present,
 * no unknown placeholder, braces paired, no piece the document does not use. Returns [] when the template is fine.
 */
export function checkTemplateAgainst(
  spec: TemplateSpec,
  texts: Readonly<Record<string, string>>,
  lists: Readonly<Record<string, readonly string[]>> = {},
): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const [name, ps] of Object.entries(spec.texts)) {
    const text = texts[name];
    if (text === undefined || text.trim() === '') {
      if (ps.required) problems.push({ piece: `texts.${name}`, label: ps.label, message: `缺少必填的文字“${ps.label}”` });
      continue;
    }
    checkPiece(`texts.${name}`, ps, text, problems);
  }
  for (const name of Object.keys(texts)) {
    if (!spec.texts[name]) problems.push({ piece: `texts.${name}`, label: name, message: `本文书不使用名为“${name}”的文字` });
  }
  for (const [name, ps] of Object.entries(spec.lists)) {
    const items = lists[name] ?? [];
    if (ps.required && items.length === 0) {
      problems.push({ piece: `lists.${name}`, label: ps.label, message: `“${ps.label}”至少应有一项` });
    }
    items.forEach((item, i) => {
      if (item.trim() === '') problems.push({ piece: `lists.${name}[${i}]`, label: ps.label, message: `第${i + 1}项为空` });
      else checkPiece(`lists.${name}[${i}]`, ps, item, problems);
    });
  }
  for (const name of Object.keys(lists)) {
    if (!spec.lists[name]) problems.push({ piece: `lists.${name}`, label: name, message: `本文书不使用名为“${name}”的列表` });
  }
  return problems;
}

/** The placeholders a series pattern may use. */
export const SERIES_PLACEHOLDERS = ['unitShort', 'year', 'n'] as const;

/** Checks a numbering policy: a series needs a name and a pattern with {n} and only known placeholders. */
export function checkNumbering(policy: NumberingPolicy): TemplateProblem[] {
  if (policy.mode !== 'series') return [];
  const problems: TemplateProblem[] = [];
  const label = '编号规则';
  if (policy.series.trim() === '') problems.push({ piece: 'numbering', label, message: '请填写编号序列名称' });
  const p = placeholdersOf(policy.pattern);
  if (!p.ok) {
    problems.push({ piece: 'numbering', label, message: `花括号不成对：${p.reason}` });
    return problems;
  }
  for (const n of new Set(p.names)) {
    if (!(SERIES_PLACEHOLDERS as readonly string[]).includes(n)) {
      problems.push({ piece: 'numbering', label, message: `无法识别的占位符{${n}}。${allowedPlaceholders(SERIES_PLACEHOLDERS)}` });
    }
  }
  if (!p.names.includes('n')) problems.push({ piece: 'numbering', label, message: '编号规则必须包含序号占位符{n}' });
  return problems;
}
