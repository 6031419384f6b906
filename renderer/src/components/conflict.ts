// A save refused because someone else saved the record first (CONFLICT on a stale rowVersion): the fields where what
// the form started from, what the other person saved and what this person typed differ, and the record put back
// together field by field as the person chooses. Pure; ConflictDialog shows it, useConflict fetches the record.

/** One field of a form as the conflict screen shows it: the form's own label, and its value as words. */
export interface ConflictField<V> {
  key: keyof V & string;
  label: string;
  /** The value as the person reads it ('' for empty). */
  show: (values: V) => string;
  /** A long text (questions and answers, the transcript's entries): shown as changed lines. */
  long?: boolean;
  /** Both sides' changes together where they touch different parts (a list's items), or null where they overlap. */
  combine?: (base: V, theirs: V, mine: V) => V[keyof V] | null;
}

/** 'both': the field's `combine` (each side's changes kept where they do not overlap). */
export type Choice = 'mine' | 'theirs' | 'both';

export interface FieldDifference<V> {
  field: ConflictField<V>;
  /** The other person changed it since the form was opened. */
  theirsChanged: boolean;
  /** This person changed it. */
  mineChanged: boolean;
  /** Both changes together (only where both changed it and `combine` could): offered as 'both'. */
  combined: { value: unknown } | null;
  /** What is kept unless the person says otherwise: theirs where only they changed it, both where they combine, mine otherwise. */
  proposed: Choice;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields where the other person's saved record and this person's form differ (the rest need no choice). */
export function differences<V>(fields: readonly ConflictField<V>[], base: V, theirs: V, mine: V): FieldDifference<V>[] {
  return fields
    .filter((f) => !same(theirs[f.key], mine[f.key]))
    .map((field) => {
      const theirsChanged = !same(base[field.key], theirs[field.key]);
      const mineChanged = !same(base[field.key], mine[field.key]);
      const value = theirsChanged && mineChanged && field.combine ? field.combine(base, theirs, mine) : null;
      const combined = value === null ? null : { value };
      return { field, theirsChanged, mineChanged, combined, proposed: theirsChanged && !mineChanged ? 'theirs' : combined ? 'both' : 'mine' };
    });
}

/** The record to save: the other person's, with this person's value in each field chosen 'mine', both in each 'both'. */
export function merge<V>(theirs: V, mine: V, diffs: readonly FieldDifference<V>[], choices: Readonly<Record<string, Choice>>): V {
  const out = { ...theirs };
  for (const d of diffs) {
    const choice = choices[d.field.key] ?? d.proposed;
    const key: keyof V = d.field.key;
    if (choice === 'mine') out[key] = mine[key];
    else if (choice === 'both' && d.combined) out[key] = d.combined.value as V[keyof V];
  }
  return out;
}

/**
 * Two edits of one list item by item: where each item was changed by one side only (or alike), both are kept. Null
 * when an item was changed differently by both, or an item was added or removed (positions no longer match).
 */
export function mergeItems<T>(base: readonly T[], theirs: readonly T[], mine: readonly T[]): T[] | null {
  if (theirs.length !== base.length || mine.length !== base.length) return null;
  const out: T[] = [];
  for (let i = 0; i < base.length; i++) {
    const [b, t, m] = [base[i], theirs[i], mine[i]];
    if (same(t, m) || same(b, m)) out.push(t!);
    else if (same(b, t)) out.push(m!);
    else return null;
  }
  return out;
}
