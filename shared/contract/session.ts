import { z } from 'zod';

import { entityId } from './primitives';
import { staffFields, staffSummary, unitSummary } from './reference';

export const sessionInfo = z.object({ staff: staffSummary, unit: unitSummary });
export type SessionInfo = z.infer<typeof sessionInfo>;

export const setupStatus = z.object({
  initialized: z.boolean(),
  unit: unitSummary.nullable(),
  /** Dev scripts offer demo data on a fresh data dir; a packaged first run never does unasked. */
  offerDemo: z.boolean(),
  demo: z.boolean(),
  appVersion: z.string(),
});
export type SetupStatus = z.infer<typeof setupStatus>;

export const setupInitializeInput = z.object({
  unitId: z.string({ error: '请选择本机服务的单位' }).min(1, '请选择本机服务的单位').max(64),
  staff: staffFields,
  demo: z
    .boolean()
    .optional()
    .transform((v) => v ?? false),
});
export type SetupInitializeInput = z.input<typeof setupInitializeInput>;

export const sessionCandidate = z.object({
  id: entityId,
  name: z.string(),
  departmentName: z.string().nullable(),
  roles: staffSummary.shape.roles,
});
