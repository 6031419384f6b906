// Joins per-feature tables (the contract's channels, the core's handlers, the test samples) into one and refuses a
// name that two features both define: a spread would let the later one win silently. Actual Budget's
// createApp().method refuses a duplicate the same way.
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** The tables' entries as one object type. */
export type Joined<T extends Record<string, object>> = { [K in keyof UnionToIntersection<T[keyof T]>]: UnionToIntersection<T[keyof T]>[K] };

/** `what` names the entries in the error ('channel', 'handler'); the keys of `tables` name the features. */
export function joinTables<T extends Record<string, object>>(what: string, tables: T): Joined<T> {
  const joined: Record<string, unknown> = {};
  const owner: Record<string, string> = {};
  for (const [feature, table] of Object.entries(tables)) {
    for (const [name, entry] of Object.entries(table)) {
      if (Object.hasOwn(owner, name)) throw new Error(`Duplicate ${what} "${name}" in ${owner[name]} and ${feature}: names must be unique across features`);
      owner[name] = feature;
      joined[name] = entry;
    }
  }
  return joined as Joined<T>;
}
