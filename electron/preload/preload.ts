// The sandboxed preload: builds window.api from the zod-free channel list and a MessagePort that main hands over
// once per page load, and window.native (open a document in the system's application). Only those functions cross
// the bridge; no ipcRenderer, no event objects (electronjs.org/docs/latest/tutorial/security §20).
import { contextBridge, ipcRenderer } from 'electron';
import type { Api } from '../../shared/contract/api';
import type { NativeApi } from '../../shared/contract/native';
import type { ConnectionChoiceApi } from '../../shared/contract/server-link';
import { createPortClient, fromDomPort } from './port-client';
import { CHOICE_PROBE_CHANNEL, CHOICE_SAVE_CHANNEL, CHOICE_STATUS_CHANNEL, OPEN_DOCUMENT_CHANNEL, PORT_CHANNEL, PORT_REQUEST_CHANNEL, SCREEN_EXPORT_RECORDED_CHANNEL, SCREEN_EXPORT_REQUEST_CHANNEL } from './port-channels';
import { answerScreenExport } from './screen-export-answer';

const client = createPortClient();

ipcRenderer.once(PORT_CHANNEL, (event) => {
  const port = event.ports[0];
  if (port) client.attach(fromDomPort(port));
});
ipcRenderer.send(PORT_REQUEST_CHANNEL);

// Main asks before it saves the window as PDF: the core records it under this window's session, or refuses.
ipcRenderer.on(SCREEN_EXPORT_REQUEST_CHANNEL, (_event, request: unknown) => {
  void answerScreenExport((channel, input) => client.invoke(channel, input), request).then((answer) => {
    if (answer) ipcRenderer.send(SCREEN_EXPORT_RECORDED_CHANNEL, answer.requestId, answer.message);
  });
});

const api = {
  // The core checks every output against the contract before it is sent, so the typed view is sound.
  invoke: ((channel: string, input: unknown) => client.invoke(channel, input)) as Api['invoke'],
  subscribe: (listener) => client.subscribe(listener),
  // Only a window served by main's forwarding host (client mode) ever hears of a link; for the embedded core it stays silent.
  onLink: (listener) => client.onLink(listener),
} satisfies Api;

contextBridge.exposeInMainWorld('api', api);

const native = {
  // Main checks the name and the bytes (document-files.ts); the page gets back only '' or a message.
  openDocument: (fileName: string, bytes: Uint8Array) => ipcRenderer.invoke(OPEN_DOCUMENT_CHANNEL, String(fileName), bytes) as Promise<string>,
} satisfies NativeApi;

contextBridge.exposeInMainWorld('native', native);

// The first-run choice: main checks the frame and every value (electron/main/server-link-ipc.ts).
const connectionChoice = {
  status: () => ipcRenderer.invoke(CHOICE_STATUS_CHANNEL) as ReturnType<ConnectionChoiceApi['status']>,
  probe: (address: string) => ipcRenderer.invoke(CHOICE_PROBE_CHANNEL, String(address)) as ReturnType<ConnectionChoiceApi['probe']>,
  choose: (choice) => ipcRenderer.invoke(CHOICE_SAVE_CHANNEL, JSON.parse(JSON.stringify(choice)) as unknown) as Promise<string>,
} satisfies ConnectionChoiceApi;

contextBridge.exposeInMainWorld('connectionChoice', connectionChoice);
