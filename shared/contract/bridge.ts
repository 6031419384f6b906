// What the browser page and the loopback bridge agree on besides the channels (browser mode only; the desktop app
// uses a MessagePort). Constants only, so the renderer can import them.

/** The header that carries the tab's `<id>.<secret>` on every call. A custom header also forces a CORS preflight. */
export const TAB_HEADER = 'x-xinan-tab';
/** The login redirect's fragment, `#xinan-tab=<id>.<secret>`: the only way the secret reaches the page. */
export const TAB_FRAGMENT = /^#xinan-tab=([\w-]+\.[\w-]+)$/;
/** Asked for with the header; EventSource cannot send headers, so a stream opens with a single-use ticket. */
export const EVENTS_TICKET_PATH = '/api/events/ticket';
export const EVENTS_PATH = '/api/events';
