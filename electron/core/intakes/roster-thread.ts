// The core's side of reading a roster (issue #10): the cheap checks here, the reading in a worker thread, where a
// hostile workbook may cost that thread its memory or its time and the clerk reads a Chinese refusal; the core,
// its database and the other clerks go on.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { workerScript } from '../kernel/worker-script';
import { MAX_ROSTER_BYTES, type RosterParseOutput } from '../../../shared/contract/intakes';
import { ServiceError } from '../kernel/errors';
import type { RosterWorkerData, RosterWorkerMessage } from './roster-worker';

/**
 * The reader's heap. Measured (tests/bench/roster.ts): the largest roster allowed with 20 columns (5,000 rows,
 * 370 KB) reads within 64 MB and not within 48; every one of its 100 columns filled (1.2 MB) within 256 MB.
 */
export const ROSTER_MEMORY_MB = 320;
/** That full 5,000 × 100 sheet reads in 8–12 s on our loaded 2-core CI box, a 200-worker roster in under 2 s. */
export const ROSTER_TIME_LIMIT_MS = 30_000;
/** Two readers at once: enough for two desks importing together, and a bound on what a flood of imports can take. */
const MAX_READERS = 2;

let readers = 0;

function refusal(message: string): ServiceError {
  return new ServiceError('VALIDATION', message, { contentBase64: message.slice(0, message.indexOf('，')) || message });
}

export interface RosterThreadOptions {
  /** Tests set small limits to see them work. */
  memoryMb?: number;
  timeLimitMs?: number;
}

export function readRosterInWorker(fileName: string, buf: Buffer, options: RosterThreadOptions = {}): Promise<RosterParseOutput> {
  if (readers >= MAX_READERS) {
    return Promise.reject(new ServiceError('CONFLICT', '正在读取其他名册，请稍候几秒再导入；本次未做任何改动'));
  }
  const memoryMb = options.memoryMb ?? ROSTER_MEMORY_MB;
  const timeLimitMs = options.timeLimitMs ?? ROSTER_TIME_LIMIT_MS;
  const spec = workerScript(__dirname, 'roster-worker');
  // A copy the worker takes over, so the file is not held twice while it is read.
  const bytes = Uint8Array.from(buf);
  const data: RosterWorkerData = { fileName, bytes };
  const resourceLimits: ResourceLimits = { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(32, Math.ceil(memoryMb / 8)) };
  let worker: Worker;
  try {
    worker = new Worker(spec.file, { workerData: data, transferList: [bytes.buffer], execArgv: spec.execArgv, resourceLimits });
  } catch {
    return Promise.reject(refusal('读取名册时出错，已停止读取，本次未做任何改动。请稍后重试；仍不行请联系技术支持'));
  }
  readers++;

  return new Promise<RosterParseOutput>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      readers--;
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () => settle(() => reject(refusal(`名册读取超时（超过 ${timeLimitMs / 1000} 秒），已停止读取，本次未做任何改动。文件内容可能过多或已损坏，请删去多余的行列、另存为新文件后再导入`))),
      timeLimitMs,
    );
    worker.on('message', (m: RosterWorkerMessage) => {
      if (m.type === 'done') settle(() => resolve(m.output));
      else if (m.type === 'refused') settle(() => reject(new ServiceError(m.code, m.message, m.fields)));
      else settle(() => reject(refusal('无法读取该名册文件，文件可能已损坏；本次未做任何改动。请用 Excel 或 WPS 打开后另存为新文件，再导入')));
    });
    worker.on('error', (e: Error & { code?: string }) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        settle(() => reject(refusal(`名册内容过多，读取时超出了允许的内存（${memoryMb} MB），已停止读取，本次未做任何改动。请删去多余的行列、另存为新文件后再导入，或把名册分成几份`)));
      } else settle(() => reject(refusal('读取名册时出错，已停止读取，本次未做任何改动。请用 Excel 或 WPS 打开后另存为新文件，再导入')));
    });
    worker.on('exit', () => settle(() => reject(refusal('读取名册时出错，已停止读取，本次未做任何改动。请用 Excel 或 WPS 打开后另存为新文件，再导入'))));
  });
}

/** Checks what is cheap to check here, then reads the file in a worker thread with its own memory and time limits. */
export async function parseRoster(fileName: string, contentBase64: string): Promise<RosterParseOutput> {
  const buf = Buffer.from(contentBase64, 'base64');
  if (buf.length === 0) throw new ServiceError('VALIDATION', '文件为空', { contentBase64: '文件为空' });
  if (buf.length > MAX_ROSTER_BYTES) throw new ServiceError('VALIDATION', '名册文件不能超过 5 MB', { contentBase64: '文件过大' });
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (ext === 'xls' || ext === 'et' || ext === 'wps') {
    throw new ServiceError('VALIDATION', '不支持旧版 Excel/WPS 表格格式，请另存为 .xlsx 或 .csv 后再导入', { fileName: '不支持的文件格式' });
  }
  if (ext !== 'xlsx' && ext !== 'csv' && ext !== 'txt') {
    throw new ServiceError('VALIDATION', '只能导入 .xlsx 或 .csv 格式的名册', { fileName: '不支持的文件格式' });
  }
  return readRosterInWorker(fileName, buf);
}
