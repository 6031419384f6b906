// What the core pushes to the interface without being asked: job progress and "this data changed".
import { z } from 'zod';
import { jobInfo } from './jobs';
import { entityId } from './primitives';

export const DATA_ENTITIES = ['intake', 'caseFile', 'party', 'staff', 'parameter', 'unit', 'search', 'calendar', 'document', 'idImage', 'connection'] as const;

export const coreEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('job.progress'), job: jobInfo }),
  z.object({ type: z.literal('job.finished'), job: jobInfo }),
  z.object({ type: z.literal('data.changed'), entity: z.enum(DATA_ENTITIES), id: entityId.nullable() }),
  /** A backup being written: which stage, how far. */
  z.object({ type: z.literal('backup.progress'), stage: z.enum(['database', 'files', 'verify']), done: z.number(), total: z.number() }),
  /** The database was restored or found damaged: every session ended, every view must reload. */
  z.object({ type: z.literal('core.reset'), reason: z.enum(['restored', 'damaged']) }),
]);
export type CoreEvent = z.infer<typeof coreEvent>;
