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
