// The oldest systems XinAn runs on (README, supported platforms): Windows 10+, Linux with glibc ≥ 2.34 — the floor
// of better-sqlite3 13's prebuilt binaries (reference/TOOLCHAIN.md). Checked at start so the user reads why,
// in Chinese, instead of a crash in the core process.
import { release } from 'node:os';

export interface PlatformFacts {
  platform: NodeJS.Platform;
  /** os.release(): '10.0.19045' on Windows 10, '6.1.7601' on Windows 7. */
  osRelease: string;
  /** glibc of the running process; null when the report has none (not glibc), undefined when it could not be read. */
  glibcVersion: string | null | undefined;
}

export type FloorResult = { ok: true } | { ok: false; title: string; message: string };

export const MIN_GLIBC = [2, 34] as const;
export const MIN_WINDOWS_MAJOR = 10;

function versionParts(v: string): number[] {
  return v.split('.').map((p) => Number.parseInt(p, 10)).map((n) => (Number.isFinite(n) ? n : 0));
}

function atLeast(version: string, floor: readonly number[]): boolean {
  const parts = versionParts(version);
  for (let i = 0; i < floor.length; i++) {
    const have = parts[i] ?? 0;
    if (have !== floor[i]) return have > floor[i];
  }
  return true;
}

const TITLE = '薪安无法在本机运行';

export function checkPlatformFloor(facts: PlatformFacts): FloorResult {
  if (facts.platform === 'linux') {
    if (facts.glibcVersion === undefined) return { ok: true }; // Unknown: let it start; the core reports its own failure.
    if (facts.glibcVersion === null) {
      return { ok: false, title: TITLE, message: '薪安需要使用 glibc 的 Linux 发行版（glibc 2.34 或更新），本机的系统库不是 glibc。请在 Debian 12、Ubuntu 22.04 或更新版本上使用。' };
    }
    if (!atLeast(facts.glibcVersion, MIN_GLIBC)) {
      return {
        ok: false,
        title: TITLE,
        message: `薪安需要 glibc ${MIN_GLIBC.join('.')} 或更新版本的 Linux，本机为 glibc ${facts.glibcVersion}。请将操作系统升级到 Debian 12、Ubuntu 22.04 或更新版本后再使用。数据未受影响。`,
      };
    }
    return { ok: true };
  }
  if (facts.platform === 'win32') {
    const major = versionParts(facts.osRelease)[0] ?? 0;
    if (major < MIN_WINDOWS_MAJOR) {
      return { ok: false, title: TITLE, message: `薪安需要 Windows 10 或更新版本，本机系统版本为 ${facts.osRelease}。请升级操作系统后再使用。` };
    }
    return { ok: true };
  }
  return { ok: true }; // Other platforms are not shipped; developers may still run from source.
}

/** Reads the facts from the running process (Node's diagnostic report carries the glibc version). */
export function platformFacts(): PlatformFacts {
  let glibcVersion: string | null | undefined;
  if (process.platform === 'linux') {
    try {
      const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
      glibcVersion = header ? (header.glibcVersionRuntime ?? null) : undefined;
    } catch {
      glibcVersion = undefined;
    }
  }
  return { platform: process.platform, osRelease: release(), glibcVersion };
}
