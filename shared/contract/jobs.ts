// Long work runs as a job in a worker thread: start → progress events → finished, and it can be cancelled.
import { z } from 'zod';
import { appErrorSchema } from './result';
import { entityId, instant } from './primitives';
import { m, q, type ChannelTable } from './channel-def';

export const JOB_KINDS = ['search.rebuild', 'documents.batch', 'deadlines.recompute', 'photos.thumbnails', 'statistics.report'] as const;
export const JOB_KIND_LABELS: Record<(typeof JOB_KINDS)[number], string> = {
  'search.rebuild': '重建检索索引',
  'documents.batch': '批量制作文书',
  'deadlines.recompute': '重新计算全部案件期限',
  'photos.thumbnails': '生成现场照片缩略图',
  'statistics.report': '统计报表',
};

/** The maintenance jobs started through jobs.start; others have channels of their own (documents.batch, statistics.computeJob). */
export const MAINTENANCE_JOB_KINDS = ['search.rebuild', 'deadlines.recompute'] as const;

export const jobStartInput = z.object({
  kind: z.enum(MAINTENANCE_JOB_KINDS, { error: '未知的任务类型' }),
  params: z
    .json()
    .optional()
    .transform((v) => v ?? {}),
});

export const jobInfo = z.object({
  id: entityId,
  kind: z.enum(JOB_KINDS),
  status: z.enum(['running', 'succeeded', 'failed', 'cancelled']),
  done: z.number().int(),
  total: z.number().int(),
  message: z.string(),
  startedAt: instant,
  finishedAt: instant.nullable(),
  result: z.json().nullable(),
  error: appErrorSchema.nullable(),
});
export type JobInfo = z.infer<typeof jobInfo>;

export const jobRef = z.object({ jobId: entityId });

export const jobsChannels = {
  'jobs.start': m(jobStartInput, jobInfo, 'maintenance.run'),
  /** A job's progress: the person who started it, or whoever runs maintenance (the core checks; others: 任务不存在). */
  'jobs.get': q(jobRef, jobInfo, 'signedIn'),
  'jobs.cancel': m(jobRef, jobInfo, 'signedIn'),
} as const satisfies ChannelTable;
