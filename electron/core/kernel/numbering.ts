// Number series (登记号 and document series now; 案号 later). Issued inside the caller's BEGIN IMMEDIATE transaction,
// so two writers can never take the same number; a number once issued is never reused; and only the installation
// that owns a series (the one that first issued from it) issues from it — DOMAIN.md §2, issue #4.
import type { Prepare } from '../../../db/statements';
import { ServiceError } from './errors';

export interface SeriesOwner {
  unitId: string;
  installationId: string;
}

export function nextNumber(prepare: Prepare, owner: SeriesOwner, series: string, year: number): number {
  // The update happens only when the row is this installation's; otherwise nothing is returned.
  const row = prepare(
    `INSERT INTO number_series (unit_id, series, year, last, owner_installation_id) VALUES (?, ?, ?, 1, ?)
     ON CONFLICT (unit_id, series, year) DO UPDATE SET last = last + 1 WHERE owner_installation_id IS excluded.owner_installation_id
     RETURNING last`,
  ).get(owner.unitId, series, year, owner.installationId) as { last: number } | undefined;
  if (row) return row.last;
  const other = prepare('SELECT owner_installation_id AS owner FROM number_series WHERE unit_id = ? AND series = ? AND year = ?').get(owner.unitId, series, year) as { owner: string | null };
  throw notOwned(series, year, other.owner);
}

/**
 * The number nextNumber would issue now, taking nothing (a document's page is rendered with it before the transaction
 * that takes it); refuses, as nextNumber does, a series this installation does not own.
 */
export function peekNumber(prepare: Prepare, owner: SeriesOwner, series: string, year: number): number {
  const row = prepare('SELECT last, owner_installation_id AS owner FROM number_series WHERE unit_id = ? AND series = ? AND year = ?').get(owner.unitId, series, year) as
    | { last: number; owner: string | null }
    | undefined;
  if (row && row.owner !== owner.installationId) throw notOwned(series, year, row.owner);
  return (row?.last ?? 0) + 1;
}

function notOwned(series: string, year: number, other: string | null): ServiceError {
  return new ServiceError(
    'CONFLICT',
    `${year}年的编号序列“${seriesLabel(series)}”由另一台电脑上的薪安（安装标识 ${(other ?? '未知').slice(0, 8)}）管理，本机不能从中取号，以免出现重号。请在管理该序列的电脑上办理，或联系管理员。`,
  );
}

function seriesLabel(series: string): string {
  if (series === 'intake') return '接待登记号';
  return series.startsWith('doc:') ? `文书编号 ${series.slice(4)}` : series;
}
