// How `npm start` and the Electron smoke suite decide whether Electron is here — by looking, never downloading.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronDownloadHost, findElectronBinary } from '../../build/scripts/electron-binary.cjs';

function dirWith(file?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'xinan-electron-bin-'));
  if (file) writeFileSync(join(dir, file), '');
  return dir;
}

describe('findElectronBinary', () => {
  it('takes ELECTRON_EXEC_PATH when it points at a file, and says so when it does not', () => {
    const dir = dirWith('electron');
    expect(findElectronBinary({ ELECTRON_EXEC_PATH: join(dir, 'electron') }, 'linux')).toEqual({ ok: true, path: join(dir, 'electron'), source: 'ELECTRON_EXEC_PATH' });
    expect(findElectronBinary({ ELECTRON_EXEC_PATH: '/nowhere/electron' }, 'linux')).toEqual({ ok: false, reason: 'ELECTRON_EXEC_PATH 指向的文件不存在：/nowhere/electron' });
  });

  it('looks inside ELECTRON_OVERRIDE_DIST_PATH for the platform\'s executable', () => {
    const linux = dirWith('electron');
    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: linux }, 'linux')).toMatchObject({ ok: true, path: join(linux, 'electron') });
    const windows = dirWith('electron.exe');
    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: windows }, 'win32')).toMatchObject({ ok: true, path: join(windows, 'electron.exe') });
    const empty = dirWith();
    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: empty }, 'linux')).toEqual({ ok: false, reason: `ELECTRON_OVERRIDE_DIST_PATH 下没有 Electron 可执行文件：${join(empty, 'electron')}` });
  });

  it('without either, answers from node_modules/electron/dist — a Chinese reason when the binary was never downloaded', () => {
    const r = findElectronBinary({}, process.platform);
    if (!r.ok) expect(r.reason).toContain('本机无 Electron 可执行文件');
    else expect(r.source).toBe('node_modules/electron/dist');
  });

  it('checks a configured mirror rather than GitHub', () => {
    expect(electronDownloadHost({})).toBe('https://github.com/electron/electron/releases/');
    expect(electronDownloadHost({ ELECTRON_MIRROR: 'https://npmmirror.com/mirrors/electron/' })).toBe('https://npmmirror.com/mirrors/electron/');
  });
});
