// A document's request (documents.source) is stored without what its own row already says (issue #15, a smaller
// database): the kind (the `kind` column) and, for a 登记表, the intake (the `intake_id` column). Rows written before
// migration 0060 hold the whole request (the migration strips the same keys from them); requestOf reads both shapes.
import { canonicalJson } from '../../../shared/domain/canonical-json';
import type { z } from 'zod';
import type { documentRequest } from '../../../shared/contract/documents';

/** A document's request (builders.ts `Request`; named here from the contract so this module imports no builder). */
export type Request = z.output<typeof documentRequest>;

/** The row's columns a stored request may lean on. */
export interface SourceRow {
  kind: string;
  intake_id: string | null;
  source: string;
}

/** The kinds whose request names the intake the row keeps in intake_id (documentRequest: only the 登记表). */
const INTAKE_KINDS: readonly string[] = ['intakeRecord'];

/** The text stored in documents.source for a request issued as a document of `kind` (for `intakeId`). */
export function storedSource(request: Request, row: { kind: string; intakeId: string | null }): string {
  const rest: Record<string, unknown> = { ...request };
  if (rest.kind === row.kind) delete rest.kind;
  if (INTAKE_KINDS.includes(row.kind) && row.intakeId !== null && rest.intakeId === row.intakeId) delete rest.intakeId;
  return canonicalJson(rest);
}

/** The request a document was built from, whole again: the stored text with the keys its row holds put back. */
export function requestOf(row: SourceRow): Request {
  const stored = JSON.parse(row.source) as Record<string, unknown>;
  const whole: Record<string, unknown> = { kind: row.kind, ...stored };
  if (INTAKE_KINDS.includes(row.kind) && whole.intakeId === undefined && row.intake_id !== null) whole.intakeId = row.intake_id;
  return whole as unknown as Request;
}
