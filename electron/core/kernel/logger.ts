// A small structured logger: JSON lines in the data dir's logs/, one file per day, plus stderr when asked.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { dateKeyOf } from '../../../shared/domain/time';

export interface Logger {
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

export function createFileLogger(dir: string, options: { echo?: boolean; now?: () => number } = {}): Logger {
  mkdirSync(dir, { recursive: true });
  const now = options.now ?? Date.now;
  const write = (level: string, message: string, data?: Record<string, unknown>) => {
    const at = now();
    const line = JSON.stringify({ at: new Date(at).toISOString(), level, message, ...data });
    try {
      appendFileSync(join(dir, `core-${dateKeyOf(at)}.log`), line + '\n');
    } catch {
      // A full or read-only disk must not take the core down with it; stderr still gets the line.
    }
    if (options.echo || level === 'error') process.stderr.write(line + '\n');
  };
  return {
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
