// What an audit row of format 2 stores for a change: what changed, once. A service hands the writer the record
// before and after an update ({ before, after, ...context }); the row keeps only the fields whose value differs,
// each as { from, to } under `changed` — the unchanged fields are in the trail already (the record's create row
// or an earlier update). A create keeps the record once, without its empty (null) fields: a field a create row
// does not name was empty. Pure: the writer, the tests and the auditor's screen share it.
import { canonicalJson } from './canonical-json';

/** The stored marker of a compacted update: { changed: { field: { from, to } }, ...context }. */
export const CHANGED_KEY = 'changed';

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The fields of `after` (and of `before`) whose values differ; a field on one side only reads as null on the other. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const from = before[key] === undefined ? null : before[key];
    const to = after[key] === undefined ? null : after[key];
    if (canonicalJson(from) !== canonicalJson(to)) out[key] = { from, to };
  }
  return out;
}

/** A created record without its empty fields, at every level of its objects (array items keep their places). */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (!isRecord(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, withoutEmpty(v)]));
}

/**
 * The change as a format-2 row stores it: an update given as { before, after } (both records) becomes
 * { changed: { field: { from, to } } } with its other keys (a date, a reason) kept; a create's record loses its
 * empty fields; anything else is stored as given.
 */
export function compactChange(action: string, change: unknown): unknown {
  if (action === 'create') return withoutEmpty(change);
  if (!isRecord(change) || !isRecord(change.before) || !isRecord(change.after) || CHANGED_KEY in change) return change;
  const { before, after, ...context } = change;
  return { ...context, [CHANGED_KEY]: changedFields(before, after) };
}
