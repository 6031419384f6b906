import { formatYuan } from '../../../shared/domain/money';
import { dateTimeOf, dateKeyOf } from '../../../shared/domain/time';

export const fmtDateTime = (ms: number) => dateTimeOf(ms);
export const fmtDate = (ms: number) => dateKeyOf(ms);
export const fmtYuan = (fen: number | null) => (fen === null ? '—' : formatYuan(fen));

/** "扎西、次仁等12人" */
export function namesSummary(names: string[], total: number): string {
  if (total === 0) return '—';
  const shown = names.slice(0, 3).join('、');
  return total > Math.min(names.length, 3) ? `${shown}等${total}人` : shown;
}
