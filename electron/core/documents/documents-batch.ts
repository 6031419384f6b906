// Job 'documents.batch': many documents at once (the hearing notices of a 系列案, one per worker), in a worker thread
// with its own connection, through the same issuing path as one document — numbered, rendered, kept, on the record
// under the person who started it. One request that fails (missing data) is reported and the rest go on; cancel
// stops between documents, and what was issued stays issued.
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { z } from 'zod';
import type { DocumentBatchResult, documentBatchInput } from '../../../shared/contract/documents';
import { documentBatchInput as batchSchema } from '../../../shared/contract/documents';
import * as schema from '../../../db/schema';
import { statementCache } from '../../../db/statements';
import type { CallContext, CoreServices, Session } from '../kernel/context';
import { dataDirPaths } from '../kernel/data-dir';
import { ServiceError } from '../kernel/errors';
import { silentLogger } from '../kernel/logger';
import { principalOf } from '../session/session.service';
import type { JobContext } from '../jobs/search-rebuild';
import { generateDocuments } from './documents.service';

export interface BatchJobContext extends JobContext {
  actor: { staffId: string | null; sessionId: string | null };
  dataDir: string;
  documentBodyFont: string | null | undefined;
  /** The core's clock (a notice's date and every record's time). */
  now: () => number;
}

/** The job's result, as the contract describes it to the interface. */
export type BatchResult = DocumentBatchResult;

export async function runDocumentBatch(ctx: BatchJobContext, rawParams: unknown): Promise<BatchResult> {
  const params: z.output<typeof documentBatchInput> = batchSchema.parse(rawParams);
  const paths = dataDirPaths(ctx.dataDir);
  const core: CoreServices = {
    db: ctx.db,
    orm: drizzle(ctx.db, { schema }),
    prepare: statementCache(ctx.db),
    clock: { now: ctx.now },
    logger: silentLogger,
    config: { appVersion: 'job', offerDemo: false, migrationsDir: '', paths, passwordCost: { memoryCost: 19_456, timeCost: 2 }, documentBodyFont: ctx.documentBodyFont },
    // Changes are announced by the runner when the job ends.
    emit: () => undefined,
    jobs: null as never,
    maintenance: null as never,
    sessions: null as never,
  };
  if (!ctx.actor.staffId) throw new ServiceError('UNAUTHENTICATED', '请先登录');
  const now = ctx.now();
  const session: Session = { id: ctx.actor.sessionId ?? 'job', staffId: ctx.actor.staffId, authenticatedAt: now, credentialVersion: null, locked: false, idleLockMs: 0, openedAt: now, lastSeenAt: now };
  const call: CallContext = { core, session, channel: 'documents.batch', principal: principalOf(core, ctx.actor.staffId) };

  const total = params.requests.length;
  const result: BatchResult = { issued: 0, documentIds: [], failures: [], cancelled: false };
  ctx.progress(0, total, `共 ${total} 份待制作`);
  for (const [index, request] of params.requests.entries()) {
    if (ctx.cancelled()) {
      result.cancelled = true;
      break;
    }
    try {
      const docs = await generateDocuments(call, { request, caseFileId: params.caseFileId });
      result.issued += docs.length;
      result.documentIds.push(...docs.map((d) => d.id));
    } catch (e) {
      if (!(e instanceof ServiceError)) throw e;
      result.failures.push({ index, message: e.message });
    }
    ctx.progress(index + 1, total, `已制作 ${index + 1}/${total} 份${result.failures.length ? `，${result.failures.length} 份未能制作` : ''}`);
  }
  return result;
}
