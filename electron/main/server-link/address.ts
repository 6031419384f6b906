// What a person types as the bureau server's address — `192.168.1.20`, `xinan.rkz.local:8443`, `https://…/` — made
// into one origin, or a Chinese message saying what is wrong. The port defaults to the server's 8443 (docs/server.md).
import { isIP } from 'node:net';

export const DEFAULT_SERVER_PORT = 8443;

export interface ServerAddress {
  /** The host name or address, without brackets. */
  host: string;
  port: number;
  /** `https://host:port` (IPv6 in brackets): what the server calls its origin, and what the link sends as Origin. */
  origin: string;
  /** `host:port` as the Host header carries it. */
  hostHeader: string;
}

export type AddressResult = { ok: true; address: ServerAddress } | { ok: false; message: string };

const EXAMPLE = '例如 192.168.1.20 或 xinan.rkz.local:8443';
const HOST_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

export function parseServerAddress(typed: unknown): AddressResult {
  const text = typeof typed === 'string' ? typed.trim() : '';
  if (!text) return { ok: false, message: `请填写本局服务器的地址（${EXAMPLE}）` };
  if (/^http:\/\//i.test(text)) return { ok: false, message: '薪安服务器只接受 https 连接：请去掉 http://，或改为 https://' };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) && !/^https:\/\//i.test(text)) return { ok: false, message: `无法识别的地址：${text.slice(0, 80)}（${EXAMPLE}）` };
  let url: URL;
  try {
    url = new URL(/^https:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, message: `无法识别的地址：${text.slice(0, 80)}（${EXAMPLE}）` };
  }
  if (url.username || url.password) return { ok: false, message: '地址中不能包含用户名或密码' };
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) return { ok: false, message: `只需填写服务器的名称或地址和端口，不要带路径（${EXAMPLE}）` };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!isIP(host) && !HOST_NAME.test(host)) return { ok: false, message: `服务器名称“${host.slice(0, 80)}”不正确（${EXAMPLE}）` };
  // URL drops the default https port (443), so an explicit one is kept only when it is not 443; none typed: 8443.
  const typedPort = /^(?:https:\/\/)?(?:\[[^\]]+\]|[^/:]+):(\d+)/i.exec(text)?.[1];
  const port = typedPort !== undefined ? Number(typedPort) : DEFAULT_SERVER_PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65535) return { ok: false, message: `端口 ${typedPort} 不正确：应为 1–65535 之间的数字` };
  const shown = isIP(host) === 6 ? `[${host}]` : host.toLowerCase();
  const hostHeader = `${shown}:${port}`;
  return { ok: true, address: { host: shown.replace(/^\[|\]$/g, ''), port, origin: `https://${hostHeader}`, hostHeader } };
}
