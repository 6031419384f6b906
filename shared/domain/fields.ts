// Field schemas a clerk fills in, shared by the contract (channel inputs) and the domain (a proceeding action's
// input): dates 'YYYY-MM-DD' (Asia/Shanghai), money integer fen, text without control characters, each with its
// Chinese message.
import { z } from 'zod';
import { isRealDate } from './identity';
import { MAX_FEN } from './money';
import { nameCharacterProblem, textCharacterProblem } from './text-characters';

export function isDateKey(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export const dateKey = (label = '日期') =>
  z.string({ error: `请填写${label}` }).refine(isDateKey, { error: `${label}应为有效日期（YYYY-MM-DD）` });

export const fen = (label = '金额') =>
  z
    .number({ error: `${label}必须是数字` })
    .int(`${label}必须精确到分`)
    .min(0, `${label}不能为负数`)
    .max(MAX_FEN, `${label}过大`);

/** Refuses control characters (but line breaks and tabs) and lone surrogates in any free text. */
const checkPlainText = (label: string) => (v: string, ctx: z.RefinementCtx) => {
  const problem = textCharacterProblem(v, label);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};

/** Refuses what a name never holds: control characters, bidi controls, invisible characters, lone surrogates. */
const checkName = (label: string) => (v: string, ctx: z.RefinementCtx) => {
  const problem = nameCharacterProblem(v, label);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};

/** Required text: trimmed, not empty, bounded, no control characters but line breaks and tabs. */
export const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过${max}个字`)
    .superRefine(checkPlainText(label));

/** Optional text: trimmed; '', null and a missing value all become null. */
export const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}不能超过${max}个字`)
    .superRefine(checkPlainText(label))
    .nullable()
    .optional()
    .transform((v) => (v == null || v === '' ? null : v));

/** A required name — of a person, an employer, a staff member, a unit: one line of visible characters. */
export const nameText = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过${max}个字`)
    .superRefine(checkName(label));

/** An optional name; '', null and a missing value all become null. */
export const optionalNameText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}不能超过${max}个字`)
    .superRefine(checkName(label))
    .nullable()
    .optional()
    .transform((v) => (v == null || v === '' ? null : v));

/** Optional value: a missing value becomes null, so outputs never hold undefined. */

/** The fewest characters a stated reason may have (void, reveal, withdraw, return, refuse …): a word is not a reason. */
export const REASON_MIN_CHARS = 4;

/** A reason someone must give for an act, with the same rule and message everywhere; an example helps the clerk. */
export const reasonText = (label: string, opts: { max?: number; example?: string } = {}) =>
  text(label, opts.max ?? 200).refine((v) => v.length >= REASON_MIN_CHARS, {
    error: `请写明${label}（至少${REASON_MIN_CHARS}个字）${opts.example ? `，例如“${opts.example}”` : ''}`,
  });

/**
 * How a step's form draws a field the schema alone cannot tell apart: money (typed in yuan, sent as fen), a whole
 * number, a choice from a closed list with its Chinese labels. Read by the step dialog (casework/step-fields.ts).
 */
export type FieldMeta =
  | { field: 'money'; label: string }
  | { field: 'count'; label: string; unit: string }
  | { field: 'choice'; label: string; labels: Readonly<Record<string, string>> }
  /** A person of the file's team, chosen by name (the step dialog lists the team); optional: empty sends nothing. */
  | { field: 'teamMember'; label: string; none: string };

/** An amount of money in integer fen, at least `min` fen; the form takes yuan with two decimals (money.ts). */
export const money = (label: string, min = 0) => {
  const base = fen(label);
  return (min > 0 ? base.min(min, `${label}应大于零`) : base).meta({ field: 'money', label } satisfies FieldMeta);
};

/** A whole number in [min, max] (人数, 百分比 …). */
export const count = (label: string, min: number, max: number, unit = '') =>
  z
    .number({ error: `请填写${label}` })
    .int(`${label}应为整数`)
    .min(min, `${label}不能小于${min}${unit}`)
    .max(max, `${label}不能大于${max}${unit}`)
    .meta({ field: 'count', label, unit } satisfies FieldMeta);

/** One of a closed list, each value with its Chinese label (the order of `labels` is the order offered). */
export const choice = <const T extends Record<string, string>>(label: string, labels: T) =>
  z
    .enum(Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]], { error: `请选择${label}` })
    .meta({ field: 'choice', label, labels } satisfies FieldMeta);

/** An optional person of the file's team by staff id; `none` is what choosing nobody means (the form's first line). */
export const teamMember = (label: string, none: string) =>
  z
    .string()
    .trim()
    .max(64, `${label}有误`)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null))
    .meta({ field: 'teamMember', label, none } satisfies FieldMeta);
