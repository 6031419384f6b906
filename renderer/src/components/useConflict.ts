// On a save refused as CONFLICT, fetches the record as it now stands so the conflict screen can show what the other
// person saved. A refusal that is not a newer version (the record was finalised meanwhile, or is gone) is left to the
// form's own message: there is nothing to merge with.
import { useState } from 'react';
import type { Result } from '../../../shared/contract/result';
import { errorMessage } from '../platform/api';

export interface Conflict<V, R> {
  base: V;
  theirs: V;
  mine: V;
  /** The record as it now stands: its rowVersion is the one to save on. */
  current: R;
}

export interface ConflictOptions<V, R extends { rowVersion: number }> {
  /** The record as it now stands (null: gone). */
  fetch: () => Promise<R | null>;
  valuesOf: (record: R) => V;
  /** Whether the current record can still be edited (a finalised draft cannot: no merge). */
  editable?: (record: R) => boolean;
}

export function useConflict<V, R extends { rowVersion: number }>(options: ConflictOptions<V, R>) {
  const [conflict, setConflict] = useState<Conflict<V, R> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  /** After a save: true when it was refused as a stale version and the conflict screen now shows. */
  const check = async (result: Result<unknown>, sentVersion: number, base: V, mine: V): Promise<boolean> => {
    if (result.ok || result.error.code !== 'CONFLICT') return false;
    try {
      const current = await options.fetch();
      if (!current || current.rowVersion === sentVersion || options.editable?.(current) === false) return false;
      setProblem(null);
      setConflict({ base, theirs: options.valuesOf(current), mine, current });
      return true;
    } catch (e) {
      setProblem(`读取对方保存的内容失败：${errorMessage(e)}；您填写的内容仍在表单中，请稍后再保存`);
      return false;
    }
  };
  return { conflict, problem, check, close: () => setConflict(null) };
}
