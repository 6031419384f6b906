// What the browser page and the loopback bridge agree on besides the channels (browser mode only; the desktop app
// uses a MessagePort). Constants only, so the renderer can import them.

/** The header that carries the tab's `<id>.<secret>` on every call. A custom header also forces a CORS preflight. */
export const TAB_HEADER = 'x-xinan-tab';
/** The login redirect's fragment, `#xinan-tab=<id>.<secret>`: the only way the secret reaches the page. */
export const TAB_FRAGMENT = /^#xinan-tab=([\w-]+\.[\w-]+)$/;
/** Asked for with the header; EventSource cannot send headers, so a stream opens with a single-use ticket. */
export const EVENTS_TICKET_PATH = '/api/events/ticket';
export const EVENTS_PATH = '/api/events';

// The bureau server (`npm run server`, HTTPS on the LAN) speaks the same calls, headers and event streams as the
// bridge. What differs: no printed login link. A page that holds no tab secret asks for a tab itself.

/**
 * POST, with CLIENT_HEADER and the page's own Origin: the server answers `SessionOpened` and sets the tab's cookie
 * (`__Host-`, Secure, HttpOnly, SameSite=Strict), bound to the caller's address. The loopback bridge answers 404.
 */
export const SESSION_OPEN_PATH = '/api/session/open';
/** A custom header every server call carries besides the tab header: a cross-site form or image cannot send one. */
export const CLIENT_HEADER = 'x-xinan-client';
export const CLIENT_HEADER_VALUE = 'xinan-web';
/** POST with the tab header: 200 `{ ok: true, at }` while the server and the tab are alive (the status bar's check). */
export const PING_PATH = '/api/ping';

export interface SessionOpened {
  /** `<id>.<secret>`: kept in sessionStorage and sent as TAB_HEADER, as the bridge's fragment is. */
  tab: string;
  /** What the status bar shows: the bureau server's name (its host name unless the administrator set one). */
  server: { name: string };
}
