// The IPC message names between the preload and main: the page asks for its core port, main answers with it; the
// page asks main to open a document in the system's application. Constants only, so main can import them without
// pulling in preload code.
export const PORT_REQUEST_CHANNEL = 'xinan:port-request';
export const PORT_CHANNEL = 'xinan:port';
export const OPEN_DOCUMENT_CHANNEL = 'xinan:open-document';
