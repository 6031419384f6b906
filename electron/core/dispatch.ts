// The core's front door: one function every transport calls. It finds the channel, checks the session
// against the channel's permission, bounds the input's nesting, parses it with the contract's schema, runs the
// handler, checks the output against the contract, and turns every failure into the Result shape with a Chinese
// message.
import { channels, type ChannelName, type Permission } from '../../shared/contract/channels';
import { can, refusalMessage } from '../../shared/domain/permissions';
import { isChannelName } from '../../shared/contract/channel-names';
import { fail, ok, type AppError, type Result } from '../../shared/contract/result';
import { fieldErrors, validationMessage } from '../../shared/contract/validation';
import { DatabaseError } from '../../db/errors';
import type { CoreServices, Principal, Session } from './kernel/context';
import { ServiceError } from './kernel/errors';
import { FileStoreError } from './files/file-store';
import { inputShapeProblem } from './kernel/input-shape';
import { storageFailureError, storageFailureOf } from './kernel/storage-errors';
import { handlers } from './handlers';
import { endSessionBySystem } from './accounts/accounts.service';
import { finishPendingEnd } from './connections/connections.service';
import { principalOf, sessionInvalidReason } from './session/session.service';
import { tx, writeContextFor } from './kernel/tx';

function isBusy(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && (e as { code: unknown }).code === 'SQLITE_BUSY';
}

/** What a locked screen still allows (besides the public channels: asking who is signed in, signing out). */
const WHILE_LOCKED = new Set<ChannelName>(['session.unlock', 'session.lock']);
/** What a temporary password still allows: changing it, locking, unlocking, saying one is still there. */
const WHILE_TEMPORARY = new Set<ChannelName>(['account.changePassword', 'session.touch', 'session.unlock', 'session.lock']);

/**
 * The access check, from the session and the database only: signed in, account still valid, screen not locked
 * (the core locks an idle session itself, whatever the interface does), password not temporary, and the channel's
 * permission held by one of the person's roles. A refusal for want of a permission is put on the audit trail.
 */
function checkAccess(
  core: CoreServices,
  session: Session,
  name: ChannelName,
  def: { permission: Exclude<Permission, 'public'>; kind: 'query' | 'mutation' },
): { refused: Result<never> } | { principal: Principal } {
  const permission = def.permission;
  // Ended by the administrator while an earlier call was under way: refused at once, signed out when that call ends.
  if (!session.staffId || session.endPending) return { refused: fail('UNAUTHENTICATED', session.endedReason ?? '请先登录') };
  const principal = principalOf(core, session.staffId);
  const invalid = sessionInvalidReason(principal, session);
  if (invalid || !principal) {
    endSessionBySystem({ core, session, channel: name }, invalid ? 'invalidated' : 'staffGone');
    session.endedReason = invalid ?? '请先登录';
    return { refused: fail('UNAUTHENTICATED', session.endedReason) };
  }
  const now = core.clock.now();
  if (!session.locked && session.idleLockMs > 0 && now - session.lastSeenAt > session.idleLockMs) {
    tx(writeContextFor(core, session, name), (w) => {
      w.audit({ action: 'autoLock', entity: 'session', entityId: session.id, change: { staffId: session.staffId, idleMs: now - session.lastSeenAt } });
    });
    session.locked = true;
  }
  if (session.locked && !WHILE_LOCKED.has(name)) return { refused: fail('SESSION_LOCKED', '屏幕已锁定，请输入密码解锁；未保存的内容仍在') };
  if (principal.mustChangePassword && !WHILE_TEMPORARY.has(name)) {
    return { refused: fail('PASSWORD_CHANGE_REQUIRED', '您正在使用管理员设置的临时密码，请先修改密码再办理业务') };
  }
  // Activity is what a person does: a change, or the interface saying it saw input. Reads alone (lists refetched
  // after another window's change) do not keep a session open.
  if (def.kind === 'mutation' || name === 'session.touch') session.lastSeenAt = now;
  if (permission !== 'signedIn' && !can(principal.roles, permission)) {
    tx(writeContextFor(core, session, name), (w) => {
      w.audit({ action: 'refused', entity: 'permission', entityId: permission, change: { channel: name, roles: principal.roles } });
    });
    return { refused: fail('FORBIDDEN', refusalMessage(permission)) };
  }
  return { principal };
}

export async function dispatch(
  core: CoreServices,
  startupError: AppError | null,
  session: Session,
  channel: string,
  rawInput: unknown,
): Promise<Result<unknown>> {
  // Counted so that the administrator ending this session (在线连接) lets a call under way finish as its person.
  session.callsInFlight = (session.callsInFlight ?? 0) + 1;
  try {
    return await dispatchCall(core, startupError, session, channel, rawInput);
  } finally {
    session.callsInFlight = (session.callsInFlight ?? 1) - 1;
    if (session.endPending) finishPendingEnd(core, session);
  }
}

async function dispatchCall(
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
  // Everything from here may fail on hostile input or a failing disk (the access check writes audit rows), so all
  // of it is inside the try: every transport gets a Result back, never a thrown error.
  try {
    let principal: Principal | null = null;
    if (def.permission !== 'public') {
      const access = checkAccess(core, session, name, { permission: def.permission, kind: def.kind });
      if ('refused' in access) return access.refused;
      principal = access.principal;
    }
    // Before the schema: zod recurses, and a few thousand levels of nesting would overflow its stack.
    const shape = inputShapeProblem(rawInput);
    if (shape) return fail('VALIDATION', shape);
    const parsed = def.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error);
      return fail('VALIDATION', validationMessage(fields), fields);
    }
    const handler = handlers[name] as (call: unknown, input: unknown) => unknown;
    const output = await handler({ core, session, channel: name, principal }, parsed.data);
    const checked = def.output.safeParse(output);
    if (!checked.success) {
      core.logger.error('output does not match the contract', { channel: name, issues: checked.error.issues.slice(0, 5) });
      return fail('INTERNAL', '系统内部错误：返回的数据不符合约定。错误已记录，请联系技术支持');
    }
    return ok(checked.data);
  } catch (e) {
    if (e instanceof ServiceError) return fail(e.code, e.message, e.fields);
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    const storage = storageFailureOf(e);
    if (storage) {
      // The disk's own words (English, with paths) go to the log; the user reads what to do.
      core.logger.error('storage failure', { channel: name, kind: storage, error: detail });
      return { ok: false, error: storageFailureError(storage) };
    }
    if (e instanceof DatabaseError) return fail(e.code === 'DB_NEWER' ? 'DB_NEWER' : 'DB_UNAVAILABLE', e.message);
    if (isBusy(e)) return fail('INTERNAL', '数据库正忙（另一项操作尚未结束），请稍后重试；本次操作未保存');
    if (e instanceof FileStoreError) {
      // A stored file missing or altered on disk: its hash and path go to the log, the user reads what to do.
      core.logger.error('stored file unreadable', { channel: name, error: e.message });
      return fail('INTERNAL', '所需的存储文件缺失，或文件已损坏或被改动，无法读取。请联系管理员从备份恢复；详细情况已记入日志');
    }
    core.logger.error('handler failed', { channel: name, error: detail });
    // A failure after a write committed must not tell the clerk nothing was saved (they would enter it twice).
    return fail(
      'INTERNAL',
      def.kind === 'mutation'
        ? '系统内部错误，操作可能未完成。请先刷新查看是否已保存，再决定是否重做。错误已记录，请联系技术支持'
        : '系统内部错误，数据未改动。错误已记录，请联系技术支持',
    );
  }
}
