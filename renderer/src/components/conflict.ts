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
}

export type Choice = 'mine' | 'theirs';

export interface FieldDifference<V> {
  field: ConflictField<V>;
  /** The other person changed it since the form was opened. */
  theirsChanged: boolean;
  /** This person changed it. */
  mineChanged: boolean;
  /** What is kept unless the person says otherwise: theirs where only they changed it, mine otherwise. */
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
      return { field, theirsChanged, mineChanged, proposed: theirsChanged && !mineChanged ? 'theirs' : 'mine' };
    });
}

/** The record to save: the other person's, with this person's value in each field chosen as 'mine'. */
export function merge<V>(theirs: V, mine: V, choices: Readonly<Record<string, Choice>>): V {
  const out = { ...theirs };
  for (const [key, choice] of Object.entries(choices)) if (choice === 'mine') out[key as keyof V] = mine[key as keyof V];
  return out;
}
