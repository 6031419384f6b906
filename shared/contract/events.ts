// What the core pushes to the interface without being asked: job progress and "this data changed".
import { z } from 'zod';
import { jobInfo } from './jobs';
import { entityId } from './primitives';

export const DATA_ENTITIES = ['intake', 'caseFile', 'party', 'staff', 'parameter', 'unit', 'search', 'calendar', 'document', 'idImage'] as const;

export const coreEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('job.progress'), job: jobInfo }),
  z.object({ type: z.literal('job.finished'), job: jobInfo }),
  z.object({ type: z.literal('data.changed'), entity: z.enum(DATA_ENTITIES), id: entityId.nullable() }),
]);
export type CoreEvent = z.infer<typeof coreEvent>;
