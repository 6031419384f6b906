// 在线连接: who is connected to this core from where (the desktop window, the loopback browser bridge, a desk or a
// browser on the bureau's LAN), and the administrator's act of ending another person's session (issue #16, Deliver 4).
import { z } from 'zod';
import { staffSummary } from './reference';
import { empty, instant, reasonText } from './primitives';
import { m, q, type ChannelTable } from './channel-def';

export const CONNECTION_TRANSPORTS = ['desktop', 'bridge', 'server'] as const;
export type ConnectionTransport = (typeof CONNECTION_TRANSPORTS)[number];

/** How the administrator reads a transport: this PC's window, the loopback browser mode, a desk on the LAN. */
export const TRANSPORT_LABELS: Record<ConnectionTransport, string> = { desktop: '本机', bridge: '浏览器', server: '局域网' };

/** A connection's public id: a short digest of the session, never the session id itself. */
export const connectionId = z.string({ error: '请指明要结束的连接' }).regex(/^[0-9a-f]{12}$/, '连接编号格式不正确');

export const connection = z.object({
  id: connectionId,
  /** Null for a session opened in-process (a script or a test), which no transport carries. */
  transport: z.enum(CONNECTION_TRANSPORTS).nullable(),
  address: z.string().nullable(),
  agent: z.string().nullable(),
  /** Who is signed in; null while the sign-in screen is open. */
  staff: staffSummary.nullable(),
  unitName: z.string().nullable(),
  /** When the connection was opened. */
  openedAt: instant,
  /** When this session last proved its password (sign-in, unlock); null while no one is signed in. */
  signedInAt: instant.nullable(),
  /** The person's last action (a change, or input the screen reported); reading alone does not count. */
  lastSeenAt: instant,
  locked: z.boolean(),
  /** The administrator's own session (it cannot be ended from here: 退出登录 does that). */
  self: z.boolean(),
});
export type Connection = z.infer<typeof connection>;

export const connectionsOverview = z.object({
  /** Signed-in sessions first, then the sign-in screens; each group the longest connected first. */
  items: z.array(connection),
  /** The core's clock when the list was taken (the page shows how long ago each was seen). */
  now: instant,
});
export type ConnectionsOverview = z.infer<typeof connectionsOverview>;

export const connectionsEndInput = z.object({
  id: connectionId,
  reason: reasonText('结束连接的理由', { example: '该电脑已交回，账户需重新登录' }),
});
export type ConnectionsEndInput = z.input<typeof connectionsEndInput>;

export const connectionsEndResult = z.object({ staffName: z.string() });

export const connectionsChannels = {
  'connections.list': q(empty, connectionsOverview, 'session.manage'),
  /** Signs the session out at once; its person reads 管理员已结束您的连接：<reason> and must sign in again. */
  'connections.end': m(connectionsEndInput, connectionsEndResult, 'session.manage'),
} as const satisfies ChannelTable;
