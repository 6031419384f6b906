// How documents write amounts, numbers, times and people, and small constructors for the content model's blocks.
import { formatFen } from '../money';
import { formatDateZh } from '../time';
import type { DocBlock, DocCell, DocRun } from './model';

/**
 * 1280000 → '12,800元'; 1234550 → '12,345.50元'. Whole yuan without decimals, as awards and judgments write amounts
 * (人民币12,800元); jiao and fen with two decimals. No 大写: that is for receipts and cheques, not 文书.
 */
export function yuanText(fen: number): string {
  const s = formatFen(fen);
  return `${s.endsWith('.00') ? s.slice(0, -3) : s}元`;
}

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九 (item numbers "一、"); 100 and above stay Arabic. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return String(n);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** 'YYYY-MM-DD' → '2026年12月10日' (GB/T 9704-2012 §7.3.5.1: Arabic numerals in the body). */
export const dateText = formatDateZh;

/**
 * 'HH:mm' → '上午9时30分', '下午2时', '中午12时30分': how a notice tells a party when to come. A 12-hour clock with
 * 上午/下午 is what people read on a summons; minutes are left out on the hour.
 */
export function clockText(hhmm: string): string {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) return hhmm;
  const h = Number(m[1]);
  const min = Number(m[2]);
  const part = h < 12 ? '上午' : h === 12 ? '中午' : h < 18 ? '下午' : '晚上';
  const h12 = h > 12 ? h - 12 : h;
  return `${part}${h12}时${min === 0 ? '' : `${min}分`}`;
}

export function sexText(sex: 'M' | 'F' | null): string {
  return sex === 'M' ? '男' : sex === 'F' ? '女' : '';
}

/** Joins names with the enumeration comma: 扎西、次仁. */
export function names(list: readonly string[]): string {
  return list.join('、');
}

/** An item's text without its closing punctuation, so the builder can end it with "；" or "。". */
export function bare(text: string): string {
  return text.trim().replace(/[。；;，,、\s]+$/u, '');
}

/** An item's text with its amount: "{amount}" in the text marks the place; otherwise the amount goes at the end. */
export function withAmount(text: string, amount: string | null): string {
  const t = bare(text);
  if (amount === null) return t.replaceAll('{amount}', '');
  return t.includes('{amount}') ? t.replaceAll('{amount}', amount) : `${t}${amount}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Blocks

export function run(text: string, extra: Omit<DocRun, 'text'> = {}): DocRun {
  return { text, ...extra };
}

/** A code in prose — an ID, a credit code, a phone: six or more letters and digits, with joiners inside. */
const CODE = /[0-9A-Z](?:[0-9A-Z-]{4,}[0-9A-Z])/g;

/** Prose as runs, each long code a whole run: on a signed paper an ID or phone number never breaks across lines. */
export function proseRuns(text: string, extra: Omit<DocRun, 'text'> = {}): DocRun[] {
  const runs: DocRun[] = [];
  let at = 0;
  for (const m of text.matchAll(CODE)) {
    if (m.index > at) runs.push(run(text.slice(at, m.index), extra));
    runs.push(run(m[0], { ...extra, nowrap: true }));
    at = m.index + m[0].length;
  }
  if (at < text.length || runs.length === 0) runs.push(run(text.slice(at), extra));
  return runs;
}

export function para(text: string, opts: { indent?: boolean; align?: 'left' | 'center' | 'right' | 'justify'; bold?: boolean } = {}): DocBlock {
  const block: DocBlock = { type: 'paragraph', runs: proseRuns(text, opts.bold ? { bold: true } : {}) };
  if (opts.indent !== undefined) block.indent = opts.indent;
  if (opts.align !== undefined) block.align = opts.align;
  return block;
}

/** A number printed whole on a signed paper (ID, phone, amount, date): the writers never break it (DocRun.nowrap). */
export function whole(text: string): DocRun {
  return run(text, { nowrap: true });
}

/** Phones, each whole, joined by `separator` (a line break in a narrow cell); `none` when there are none. */
export function phoneRuns(phones: readonly string[], separator = '、', none = ''): DocRun[] {
  if (phones.length === 0) return none ? [run(none)] : [];
  return phones.flatMap((p, i) => (i === 0 ? [whole(p)] : [run(separator), whole(p)]));
}

/** A label cell on a form. */
export function labelCell(text: string, extra: Partial<DocCell> = {}): DocCell {
  return { runs: [run(text)], label: true, ...extra };
}

/** A value cell on a form: what the clerk would have written on the line (underline is for blanks in prose, not cells). */
export function valueCell(text: string | DocRun[], extra: Partial<DocCell> = {}): DocCell {
  return { runs: typeof text === 'string' || text.length === 0 ? [run(typeof text === 'string' ? text : '')] : text, align: 'left', ...extra };
}
