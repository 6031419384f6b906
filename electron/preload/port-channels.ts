// The two IPC message names between the preload and main: the page asks for its core port, main answers with it.
// A constants-only module, so main can import it without pulling in preload code.
export const PORT_REQUEST_CHANNEL = 'xinan:port-request';
export const PORT_CHANNEL = 'xinan:port';
