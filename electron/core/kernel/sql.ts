// Small helpers for the list queries: a WHERE built from optional filters, and a keyset page cut from rows
// fetched one beyond the limit (so "is there a next page" costs no second query).
import { encodeCursor, type Keyset } from './cursor';

export class Where {
  private readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  add(clause: string, ...values: unknown[]): this {
    this.clauses.push(clause);
    this.params.push(...values);
    return this;
  }

  get sql(): string {
    return this.clauses.length ? this.clauses.join(' AND ') : '1';
  }
}

export function keysetPage<R>(rows: R[], limit: number, keyOf: (row: R) => Keyset): { rows: R[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  return { rows: page, nextCursor: more && last ? encodeCursor(keyOf(last)) : null };
}
