// The core's front door: one function every transport calls. It finds the channel, checks the session
// against the channel's permission, parses the input with the contract's schema, runs the handler, checks the
// output against the contract, and turns every failure into the Result shape with a Chinese message.
import type { z } from 'zod';
import { channels, type ChannelName, type Permission } from '../../shared/contract/channels';
import { can, refusalMessage } from '../../shared/domain/permissions';
import { isChannelName } from '../../shared/contract/channel-names';
import { fail, ok, type AppError, type Result } from '../../shared/contract/result';
import { DatabaseError } from '../../db/errors';
import type { CoreServices, Session } from './context';
import { ServiceError } from './errors';
import { handlers } from './handlers';
import { principalOf, sessionInvalidReason } from './session/session.service';
import { tx, writeContextFor } from './tx';

/** Field errors keyed by dotted path, first message per field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    if (!(key in fields)) fields[key] = issue.message;
  }
  return fields;
}

function validationMessage(fields: Record<string, string>): string {
  const messages = Object.values(fields);
  return `填写有误：${messages[0]}${messages.length > 1 ? `（共${messages.length}处）` : ''}`;
}

function isBusy(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && (e as { code: unknown }).code === 'SQLITE_BUSY';
}

/** What a locked screen still allows: unlocking, signing out, and asking who is signed in. */
const WHILE_LOCKED = new Set<ChannelName>(['session.unlock', 'session.lock', 'session.end', 'session.current']);
/** What a temporary password still allows: changing it, locking, signing out. */
const WHILE_TEMPORARY = new Set<ChannelName>(['account.changePassword', 'session.touch', 'session.unlock', 'session.lock', 'session.end', 'session.current']);

/**
 * The access check, from the session and the database only: signed in, account still valid, screen not locked
 * (the core locks an idle session itself, whatever the interface does), password not temporary, and the channel's
 * permission held by one of the person's roles. A refusal for want of a permission is put on the audit trail.
 */
function checkAccess(core: CoreServices, session: Session, name: ChannelName, permission: Exclude<Permission, 'public'>): Result<never> | null {
  if (!session.staffId) return fail('UNAUTHENTICATED', '请先登录');
  const principal = principalOf(core, session.staffId);
  const invalid = sessionInvalidReason(principal, session);
  if (invalid || !principal) {
    session.staffId = null;
    session.locked = false;
    return fail('UNAUTHENTICATED', invalid ?? '请先登录');
  }
  const now = core.clock.now();
  if (!session.locked && session.idleLockMs > 0 && now - session.lastSeenAt > session.idleLockMs) {
    tx(writeContextFor(core, session, name), (w) => {
      w.audit({ action: 'autoLock', entity: 'session', entityId: session.id, change: { staffId: session.staffId, idleMs: now - session.lastSeenAt } });
    });
    session.locked = true;
  }
  if (session.locked && !WHILE_LOCKED.has(name)) return fail('SESSION_LOCKED', '屏幕已锁定，请输入密码解锁；未保存的内容仍在');
  if (principal.mustChangePassword && !WHILE_TEMPORARY.has(name)) {
    return fail('PASSWORD_CHANGE_REQUIRED', '您正在使用管理员设置的临时密码，请先修改密码再办理业务');
  }
  if (name !== 'session.current') session.lastSeenAt = now;
  if (permission !== 'signedIn' && !can(principal.roles, permission)) {
    tx(writeContextFor(core, session, name), (w) => {
      w.audit({ action: 'refused', entity: 'permission', entityId: permission, change: { channel: name, roles: principal.roles } });
    });
    return fail('FORBIDDEN', refusalMessage(permission));
  }
  return null;
}

export async function dispatch(
  core: CoreServices,
  startupError: AppError | null,
  session: Session,
  channel: string,
  rawInput: unknown,
): Promise<Result<unknown>> {
  if (!isChannelName(channel)) return fail('UNKNOWN_CHANNEL', `未知的请求：${String(channel).slice(0, 80)}`);
  if (startupError) return { ok: false, error: startupError };
  const name = channel as ChannelName;
  const def = channels[name];
  if (def.permission !== 'public') {
    const refused = checkAccess(core, session, name, def.permission);
    if (refused) return refused;
  }

  const parsed = def.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    return fail('VALIDATION', validationMessage(fields), fields);
  }
  try {
    const handler = handlers[name] as (call: unknown, input: unknown) => unknown;
    const output = await handler({ core, session, channel: name }, parsed.data);
    const checked = def.output.safeParse(output);
    if (!checked.success) {
      core.logger.error('output does not match the contract', { channel: name, issues: checked.error.issues.slice(0, 5) });
      return fail('INTERNAL', '系统内部错误：返回的数据不符合约定。错误已记录，请联系技术支持');
    }
    return ok(checked.data);
  } catch (e) {
    if (e instanceof ServiceError) return fail(e.code, e.message, e.fields);
    if (e instanceof DatabaseError) return fail(e.code === 'DB_NEWER' ? 'DB_NEWER' : 'DB_UNAVAILABLE', e.message);
    if (isBusy(e)) return fail('INTERNAL', '数据库正忙（另一项操作尚未结束），请稍后重试；本次操作未保存');
    core.logger.error('handler failed', { channel: name, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    return fail('INTERNAL', '系统内部错误，本次操作未完成，数据未改动。错误已记录，请联系技术支持');
  }
}
