// The form of a proceeding's step, read from the step's own input schema (shared/domain/proceedings): which fields it
// has, what kind each is, its label and its length, all from the schema and its Chinese messages — so a step added to
// a definition gets its dialog without a line here, and the interface checks the input with the very schema the core
// parses it with.
import type { z } from 'zod';
import type { FieldMeta } from '../../../../shared/domain/fields';
import { formatYuan, halfWidthNumber, parseYuan } from '../../../../shared/domain/money';
import { proceedingDefinition, type ActionDef } from '../../../../shared/domain/proceedings';
import type { ProceedingKind } from '../../../../shared/domain/vocabulary';

/**
 * money: typed in yuan (two decimals), sent as integer fen; count: a whole number; choice: one of a closed list;
 * teamMember: a person of the file's team by name (optional, `none` the first line).
 */
export type FieldKind = 'date' | 'multiline' | 'text' | 'list' | 'money' | 'count' | 'choice' | 'teamMember';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  label: string;
  required: boolean;
  /** Longest text the schema takes (characters), or null. For a list, of each line. */
  max: number | null;
  /** A choice's values with their Chinese labels, in the order offered. */
  options?: { value: string; label: string }[];
  /** A count's unit (人, %). */
  unit?: string;
  /** A team member field's first line: what choosing nobody means. */
  none?: string;
}

export type StepValues = Record<string, string | string[]>;

/** Free text that reads as a paragraph: a reason, an opinion, a note — or any text that may run to 500 characters. */
const MULTILINE = new Set(['reason', 'opinion', 'note']);
const PARAGRAPH_MAX = 500;

const REQUIRED = /^请(?:填写|写明|列出|选择)(.+?)(?:（.*）)?$/;
const TOO_LONG = /^(.+)不能超过(\d+)个字$/;
const NOT_A_DATE = /^(.+)应为有效日期/;

function message(schema: z.ZodType, value: unknown): string | null {
  const r = schema.safeParse(value);
  return r.success ? null : (r.error.issues[0]?.message ?? null);
}

interface Probe {
  label: string | null;
  required: boolean;
  max: number | null;
  date: boolean;
}

/** What a string field says about itself when given nothing and when given far too much. */
function probeText(schema: z.ZodType): Probe {
  const empty = message(schema, undefined);
  const long = message(schema, '字'.repeat(5000));
  const tooLong = long ? TOO_LONG.exec(long) : null;
  const notDate = long ? NOT_A_DATE.exec(long) : null;
  const label = (empty && REQUIRED.exec(empty)?.[1]) || tooLong?.[1] || notDate?.[1] || null;
  return { label, required: empty !== null, max: tooLong ? Number(tooLong[2]) : null, date: notDate !== null };
}

function describeField(name: string, schema: z.ZodType): FieldSpec {
  const meta = schema.meta() as FieldMeta | undefined;
  // An optional amount (事先告知's intended fine) may be left empty: the schema takes it absent.
  if (meta?.field === 'money') return { name, kind: 'money', label: meta.label, required: message(schema, undefined) !== null, max: null };
  if (meta?.field === 'count') return { name, kind: 'count', label: meta.label, required: true, max: null, unit: meta.unit };
  if (meta?.field === 'teamMember') return { name, kind: 'teamMember', label: meta.label, required: false, max: null, none: meta.none };
  if (meta?.field === 'choice') {
    const options = Object.entries(meta.labels).map(([value, label]) => ({ value, label }));
    return { name, kind: 'choice', label: meta.label, required: true, max: null, options };
  }
  if (schema._zod.def.type === 'array') {
    const element = (schema as unknown as z.ZodArray<z.ZodType>).element;
    const item = probeText(element);
    const whole = message(schema, []) ?? message(schema, undefined);
    const label = item.label ?? (whole && REQUIRED.exec(whole)?.[1]) ?? name;
    return { name, kind: 'list', label, required: message(schema, []) !== null, max: item.max };
  }
  const p = probeText(schema);
  const kind: FieldKind = p.date || name === 'date' ? 'date' : MULTILINE.has(name) || (p.max ?? 0) >= PARAGRAPH_MAX ? 'multiline' : 'text';
  return { name, kind, label: p.label ?? name, required: p.required, max: p.max };
}

/** The fields of a step's input, in the order the definition lists them. */
export function describeInput(schema: z.ZodType): FieldSpec[] {
  const shape = (schema as unknown as z.ZodObject).shape as Record<string, z.ZodType> | undefined;
  if (!shape) return [];
  return Object.entries(shape).map(([name, s]) => describeField(name, s));
}

export function stepDef(kind: ProceedingKind, action: string): ActionDef | null {
  return proceedingDefinition(kind).actions[action] ?? null;
}

/** A new form: dates today, lists with one empty line, text empty. */
export function initialValues(fields: FieldSpec[], today: string): StepValues {
  return Object.fromEntries(fields.map((f) => [f.name, f.kind === 'date' ? today : f.kind === 'list' ? [''] : '']));
}

/** What is sent: text trimmed, empty list lines dropped, empty optional text left out. */
export function toInput(fields: FieldSpec[], values: StepValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f.name];
    if (Array.isArray(v)) out[f.name] = v.map((line) => line.trim()).filter((line) => line !== '');
    else if ((f.kind === 'money' || f.kind === 'count') && !f.required && (v ?? '').trim() === '') continue;
    else if (f.kind === 'money' || f.kind === 'count') out[f.name] = numberOf(f, v ?? '');
    else if (typeof v === 'string' && v.trim() !== '') out[f.name] = v.trim();
    else if (f.required) out[f.name] = v ?? '';
  }
  return out;
}

/** A money field's fen or a count's number; what cannot be read is sent as typed, for the schema to refuse. */
function numberOf(f: FieldSpec, typed: string): number | string {
  if (f.kind === 'money') {
    const r = parseYuan(typed);
    return r.ok ? r.fen : typed;
  }
  const t = halfWidthNumber(typed).trim();
  return /^\d{1,9}$/.test(t) ? Number(t) : typed;
}

/** What cannot be read as money or a whole number, in the clerk's terms ("金额最多精确到分"), by field. */
export function typedProblems(fields: FieldSpec[], values: StepValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    const v = values[f.name];
    if (typeof v !== 'string') continue;
    if (f.kind === 'money') {
      if (!f.required && v.trim() === '') continue;
      const r = parseYuan(v);
      if (!r.ok) out[f.name] = v.trim() === '' ? `请填写${f.label}` : r.reason;
    } else if (f.kind === 'count' && !/^\d{1,9}$/.test(halfWidthNumber(v).trim())) {
      out[f.name] = v.trim() === '' ? `请填写${f.label}` : `${f.label}应为整数`;
    } else if (f.kind === 'choice' && v === '') out[f.name] = `请选择${f.label}`;
  }
  return out;
}

/** The schema's own messages by field ('items.1' for a list's second line), as the core reports them. */
export function checkInput(schema: z.ZodType, input: Record<string, unknown>): Record<string, string> {
  const r = schema.safeParse(input);
  if (r.success) return {};
  const out: Record<string, string> = {};
  for (const issue of r.error.issues) {
    const key = issue.path.join('.') || 'input';
    out[key] ??= issue.message;
  }
  return out;
}

/** A stored input read back for the approval card: "立案日期 2026-12-05", "立案意见 …", lists joined. */
export function describeValues(fields: FieldSpec[], input: Record<string, unknown>): { name: string; label: string; value: string }[] {
  return fields
    .map((f) => {
      const v = input[f.name];
      const value = Array.isArray(v) ? v.map(String).join('；') : v === null || v === undefined ? '' : shown(f, v);
      return { name: f.name, label: f.label, value };
    })
    .filter((x) => x.value !== '');
}

/** One stored value as the clerk reads it: money in yuan, a choice by its label, a count with its unit. */
function shown(f: FieldSpec, v: unknown): string {
  if (f.kind === 'money' && typeof v === 'number') return formatYuan(v);
  if (f.kind === 'choice') return f.options?.find((o) => o.value === v)?.label ?? String(v);
  if (f.kind === 'count') return `${String(v)}${f.unit ?? ''}`;
  return String(v);
}
