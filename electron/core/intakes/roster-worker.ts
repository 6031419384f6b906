// Worker-thread entry for reading a roster: the file is read here, under the memory limit the core gave this thread,
// so a hostile workbook ends this thread, never the core (issue #10). See roster-thread.ts for the core's side.
import { parentPort, workerData } from 'node:worker_threads';
import type { RosterParseOutput } from '../../../shared/contract/intakes';
import type { ErrorCode } from '../../../shared/contract/result';
import { ServiceError } from '../kernel/errors';
import { readRoster } from './roster';

export interface RosterWorkerData {
  fileName: string;
  bytes: Uint8Array;
}

export type RosterWorkerMessage =
  | { type: 'done'; output: RosterParseOutput }
  | { type: 'refused'; code: ErrorCode; message: string; fields: Record<string, string> | null }
  | { type: 'failed'; message: string };

async function run(): Promise<void> {
  const data = workerData as RosterWorkerData;
  const post = (m: RosterWorkerMessage) => parentPort!.postMessage(m);
  try {
    const buf = Buffer.from(data.bytes.buffer, data.bytes.byteOffset, data.bytes.byteLength);
    post({ type: 'done', output: await readRoster(data.fileName, buf) });
  } catch (e) {
    if (e instanceof ServiceError) post({ type: 'refused', code: e.code, message: e.message, fields: e.fields });
    else post({ type: 'failed', message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
}

if (parentPort) void run();
