// How a 文书 writes its date. GB/T 9704-2012 §7.3.5.1: Arabic numerals, year in full, month and day without a
// leading zero (2026年11月25日). Awards and judgments keep the Chinese-numeral custom (二〇二六年十一月二十五日).
import { formatDateZh } from './time';

export type DocumentDateStyle = 'arabic' | 'chinese';

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–31 as written in a date: 十, 十一, 二十, 二十一, 三十一. */
function chineseOrdinal(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** 'YYYY-MM-DD' → 二〇二六年十一月二十五日: the year digit by digit with 〇, month and day as numbers. */
export function formatChineseDate(dateKey: string): string {
  const [y, m, d] = dateKey.split('-');
  const year = [...y].map((c) => DIGITS[Number(c)]).join('');
  return `${year}年${chineseOrdinal(Number(m))}月${chineseOrdinal(Number(d))}日`;
}

const DATE_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** The signature date of a document: a 'YYYY-MM-DD' key in either style; anything else is printed as given. */
export function formatDocumentDate(date: string, style: DocumentDateStyle): string {
  if (!DATE_KEY.test(date)) return date;
  return style === 'chinese' ? formatChineseDate(date) : formatDateZh(date);
}
