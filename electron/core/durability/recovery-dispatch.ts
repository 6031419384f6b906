// The two channels the start-up screen may call while the database is lost or damaged (no services to dispatch to).
import { channels } from '../../../shared/contract/channels';
import { fail, ok, type Result } from '../../../shared/contract/result';
import { fieldErrors, validationMessage } from '../../../shared/contract/validation';
import { ServiceError } from '../kernel/errors';
import type { Logger } from '../kernel/logger';
import type { Maintenance } from './maintenance';

export async function recoveryDispatch(maintenance: Maintenance, logger: Logger, channel: 'recovery.status' | 'recovery.restore', input: unknown): Promise<Result<unknown>> {
  const parsed = channels[channel].input.safeParse(input ?? {});
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    return fail('VALIDATION', validationMessage(fields), fields);
  }
  try {
    const out =
      channel === 'recovery.status'
        ? maintenance.recoveryStatus((parsed.data as { folder: string | null }).folder)
        : await maintenance.recoveryRestore(parsed.data as Parameters<Maintenance['recoveryRestore']>[0]);
    return ok(out);
  } catch (e) {
    if (e instanceof ServiceError) return fail(e.code, e.message, e.fields);
    logger.error('recovery channel failed', { channel, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    return fail('INTERNAL', '系统内部错误，数据未改动。错误已记入日志');
  }
}
