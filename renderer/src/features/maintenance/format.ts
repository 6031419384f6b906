import { fmtDateTime } from '../../components/format';

const DAY = 24 * 60 * 60 * 1000;

export function fmtBytes(n: number): string {
  if (n < 1024 * 1024) return `${Math.max(1, Math.round(n / 1024))} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

/** "2026-12-04 02:00（1 天前）" */
export function fmtAge(at: number, now = Date.now()): string {
  const days = Math.floor((now - at) / DAY);
  return `${fmtDateTime(at)}（${days <= 0 ? '今天' : `${days} 天前`}）`;
}
