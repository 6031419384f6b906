// Dates are keyed in Asia/Shanghai. China has kept UTC+8 without daylight saving since 1991, so a fixed
// offset is exact for every date this application handles.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Epoch ms → 'YYYY-MM-DD' in Asia/Shanghai. */
export function dateKeyOf(ms: number): string {
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** Epoch ms → 'YYYY-MM-DD HH:mm' in Asia/Shanghai. */
export function dateTimeOf(ms: number): string {
  const iso = new Date(ms + SHANGHAI_OFFSET_MS).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** Epoch ms → 'YYYY-MM-DD HH:mm:ss' in Asia/Shanghai (the audit trail needs seconds). */
export function dateTimeSecondsOf(ms: number): string {
  const iso = new Date(ms + SHANGHAI_OFFSET_MS).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** The Asia/Shanghai calendar year of an instant. */
export function yearOf(ms: number): number {
  return Number(dateKeyOf(ms).slice(0, 4));
}

/** 'YYYY-MM-DD' + 'HH:mm' in Asia/Shanghai → epoch ms. */
export function instantOf(dateKey: string, hhmm = '00:00'): number {
  return Date.parse(`${dateKey}T${hhmm}:00+08:00`);
}

/** 'YYYY-MM-DD' → '2026年11月25日' */
export function formatDateZh(dateKey: string): string {
  const [y, m, d] = dateKey.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
