// 在线连接: the sessions the transports hold open — who is signed in from which desk, since when, last seen — and the
// administrator's act of ending one (issue #16, Deliver 4). The list comes from the core's own memory (the sessions
// map); the only SQL is the staff and unit look-ups, through their data modules.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { Connection, ConnectionsOverview, connectionsEndInput } from '../../../shared/contract/connections';
import type { CallContext, CoreServices, Session } from '../kernel/context';
import { ServiceError } from '../kernel/errors';
import { findStaff, toSummary } from '../reference/staff.service';
import { getUnitSummary } from '../reference/units.service';
import { tx, writeContext } from '../kernel/tx';

/**
 * A connection's public id: the first 12 hex digits of the session id's SHA-256. The session id itself goes to no
 * screen from here (a transport could one day treat it as a bearer secret); the digest names it without revealing it.
 */
export function connectionIdOf(session: Pick<Session, 'id'>): string {
  return createHash('sha256').update(session.id).digest('hex').slice(0, 12);
}

/** What the ended person reads on their next call (and on every call that raced it) until they sign in again. */
export const endedByAdministrator = (reason: string) => `管理员已结束您的连接：${reason}`;

export function listConnections(call: CallContext): ConnectionsOverview {
  const core = call.core;
  const unitNames = new Map<string, string | null>();
  const unitName = (id: string) => {
    if (!unitNames.has(id)) unitNames.set(id, unitNameOf(core, id));
    return unitNames.get(id)!;
  };
  const items: Connection[] = [];
  for (const s of core.sessions.all()) {
    // A session being ended (a call of its own still under way) is listed as signed out already.
    const member = s.staffId && !s.endPending ? findStaff(core, s.staffId) : null;
    items.push({
      id: connectionIdOf(s),
      transport: s.client?.transport ?? null,
      address: s.client?.address ?? null,
      agent: s.client?.agent ?? null,
      staff: member ? toSummary(member) : null,
      unitName: member ? unitName(member.unitId) : null,
      openedAt: s.openedAt,
      signedInAt: member ? s.authenticatedAt : null,
      lastSeenAt: s.lastSeenAt,
      locked: member !== null && s.locked,
      self: s === call.session,
    });
  }
  // Signed-in sessions first (they are what may be ended), then the sign-in screens; the longest connected first.
  items.sort((a, b) => Number(b.staff !== null) - Number(a.staff !== null) || a.openedAt - b.openedAt);
  return { items, now: core.clock.now() };
}

function unitNameOf(core: CoreServices, unitId: string): string | null {
  try {
    return getUnitSummary(core, unitId).name;
  } catch {
    return null;
  }
}

/**
 * Signs another session out at once, on the record (the ended person, where they were, why). Its next call, and
 * every call that raced this one, reads the reason; its transport closes its event streams.
 */
export function endConnection(call: CallContext, input: z.output<typeof connectionsEndInput>): { staffName: string } {
  const core = call.core;
  const target = [...core.sessions.all()].find((s) => connectionIdOf(s) === input.id);
  if (!target) throw new ServiceError('NOT_FOUND', '该连接已断开或已不在列表中，请刷新后再看');
  if (target === call.session) {
    throw new ServiceError('VALIDATION', '不能结束您自己正在使用的连接；如需离开，请点击右上角的“退出登录”', { id: '这是您自己的连接' });
  }
  const staffId = target.endPending ? null : target.staffId;
  if (!staffId) throw new ServiceError('VALIDATION', '该连接尚无人登录（停在登录页面），无需结束', { id: '该连接尚无人登录' });
  const member = findStaff(core, staffId);
  const staffName = member?.name ?? staffId;
  tx(writeContext(call), (w) => {
    w.audit({
      action: 'connectionEnded',
      entity: 'session',
      entityId: target.id,
      change: { staffId, staffName, address: target.client?.address ?? null, transport: target.client?.transport ?? null, reason: input.reason },
    });
    w.changed('connection', null);
  });
  target.endedReason = endedByAdministrator(input.reason);
  target.endPending = true;
  finishPendingEnd(core, target);
  return { staffName };
}

/**
 * Signs an ended session out — at once, or, while a call of its own is under way (a document being made, a password
 * being hashed), when the last of them ends: that call finishes as its person (its rows name them, its answer is
 * true), and every new call is refused meanwhile (dispatch.ts checkAccess).
 */
export function finishPendingEnd(core: CoreServices, session: Session): void {
  if (!session.endPending || (session.callsInFlight ?? 0) > 0) return;
  session.endPending = false;
  session.staffId = null;
  session.locked = false;
  session.authenticatedAt = null;
  session.credentialVersion = null;
  core.sessions.ended(session);
}
