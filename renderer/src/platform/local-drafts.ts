// A form's draft kept in this tab while the core cannot take it (the connection is lost): sessionStorage — this tab
// and this origin only, gone when the tab closes — under the person's id, until it is sent once the connection is
// back. It holds what the person typed, as the core's drafts do; it never outlives the tab.
const PREFIX = 'xinan.draft.';

export interface LocalDraft {
  data: unknown;
  at: number;
}

const key = (staffId: string, formKey: string) => `${PREFIX}${staffId}.${formKey}`;

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export function keepLocally(staffId: string, formKey: string, data: unknown, at: number): boolean {
  try {
    storage()?.setItem(key(staffId, formKey), JSON.stringify({ data, at } satisfies LocalDraft));
    return storage() !== null;
  } catch {
    // Full (a very large roster): the form itself still holds the values.
    return false;
  }
}

export function localDraft(staffId: string, formKey: string): LocalDraft | null {
  const raw = storage()?.getItem(key(staffId, formKey));
  if (!raw) return null;
  try {
    return JSON.parse(raw) as LocalDraft;
  } catch {
    return null;
  }
}

export function forgetLocal(staffId: string, formKey: string): void {
  storage()?.removeItem(key(staffId, formKey));
}
