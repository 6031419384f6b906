// The page's half of "导出为 PDF" (electron/main/screen-export.ts): main asks, the page has the core record the export
// through its own port — so the row names whoever is signed in to this window — and answers with '' or the refusal.
// No Node and no zod: this runs in the sandboxed preload.
import type { Result } from '../../shared/contract/result';

type Invoke = (channel: string, input: unknown) => Promise<Result<unknown>>;

export async function answerScreenExport(invoke: Invoke, request: unknown): Promise<{ requestId: number; message: string } | null> {
  if (typeof request !== 'object' || request === null) return null;
  const { requestId, route, title, fileName } = request as Record<string, unknown>;
  if (typeof requestId !== 'number' || typeof route !== 'string' || typeof title !== 'string' || typeof fileName !== 'string') return null;
  const result = await invoke('audit.recordScreenExport', { route, title, fileName });
  return { requestId, message: result.ok ? '' : result.error.message };
}
