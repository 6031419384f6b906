// The IPC message names between the preload and main: the page asks for its core port, main answers with it; the
// page asks main to open a document in the system's application. Constants only, so main can import them without
// pulling in preload code.
export const PORT_REQUEST_CHANNEL = 'xinan:port-request';
export const PORT_CHANNEL = 'xinan:port';
export const OPEN_DOCUMENT_CHANNEL = 'xinan:open-document';
/** Main asks the page to have the core record "导出为 PDF" under the page's session; the page answers. */
export const SCREEN_EXPORT_REQUEST_CHANNEL = 'xinan:screen-export-request';
export const SCREEN_EXPORT_RECORDED_CHANNEL = 'xinan:screen-export-recorded';
/** The first-run choice (connection.json): asked, a server probed, the choice kept (main restarts on it). */
export const CHOICE_STATUS_CHANNEL = 'xinan:connection-status';
export const CHOICE_PROBE_CHANNEL = 'xinan:connection-probe';
export const CHOICE_SAVE_CHANNEL = 'xinan:connection-save';
