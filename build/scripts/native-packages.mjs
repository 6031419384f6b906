// Per-platform native packages the installers must carry. better-sqlite3 13 ships every prebuild inside its own
// package; @node-rs/argon2 does not — npm installs only the binary for the machine it runs on. Before packaging,
// this script puts the binary of every target in electron-builder.yml into node_modules, fetched from the npm
// registry at the exact version @node-rs/argon2 names (npm pack), checked against the integrity package-lock.json
// records for it, then unpacked in place.
//   node build/scripts/native-packages.mjs --check        lists what is present and what is missing (exit 1 if any)
//   node build/scripts/native-packages.mjs --fetch [--into DIR]   fetches what is missing (DIR defaults to node_modules)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** electron-builder targets (platform-arch) and the argon2 package each needs. */
export const TARGETS = {
  'win32-x64': '@node-rs/argon2-win32-x64-msvc',
  'linux-x64': '@node-rs/argon2-linux-x64-gnu',
  'linux-arm64': '@node-rs/argon2-linux-arm64-gnu',
};

/** The version of each per-platform package that the installed @node-rs/argon2 asks for. */
export function requiredVersions(nodeModules = join(ROOT, 'node_modules')) {
  const pkg = JSON.parse(readFileSync(join(nodeModules, '@node-rs', 'argon2', 'package.json'), 'utf8'));
  return Object.fromEntries(Object.entries(TARGETS).map(([target, name]) => [target, { name, version: pkg.optionalDependencies?.[name] ?? null }]));
}

/** Where a package's binary is, if present: the .node file inside its folder. */
export function binaryOf(nodeModules, name) {
  const dir = join(nodeModules, ...name.split('/'));
  if (!existsSync(dir)) return null;
  const file = readdirSync(dir).find((f) => f.endsWith('.node'));
  return file ? join(dir, file) : null;
}

/** The sha512 integrity package-lock.json records for a package, or null. */
export function lockedIntegrity(name, version, lockFile = join(ROOT, 'package-lock.json')) {
  const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
  const entry = lock.packages?.[`node_modules/${name}`];
  return entry && entry.version === version ? (entry.integrity ?? null) : null;
}

export function fetchPackage(nodeModules, name, version, integrity = lockedIntegrity(name, version)) {
  if (!integrity) throw new Error(`package-lock.json 没有记录 ${name}@${version} 的校验值，拒绝下载未经锁定的本机模块`);
  const work = mkdtempSync(join(tmpdir(), 'xinan-native-'));
  try {
    const out = execFileSync('npm', ['pack', `${name}@${version}`, '--silent', '--pack-destination', work], { encoding: 'utf8', shell: process.platform === 'win32' });
    const tarball = join(work, out.trim().split(/\r?\n/).pop());
    const [algorithm, expected] = integrity.split('-', 2);
    const actual = createHash(algorithm).update(readFileSync(tarball)).digest('base64');
    if (actual !== expected) throw new Error(`${name}@${version} 的校验值与 package-lock.json 不符，已拒绝（下载被篡改或损坏）`);
    const dest = join(nodeModules, ...name.split('/'));
    rmSync(dest, { recursive: true, force: true });
    mkdirSync(dest, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', dest, '--strip-components=1']);
    return binaryOf(nodeModules, name);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main() {
  const args = process.argv.slice(2);
  const intoArg = args.indexOf('--into');
  const nodeModules = intoArg >= 0 ? resolve(args[intoArg + 1]) : join(ROOT, 'node_modules');
  const versions = requiredVersions();
  let missing = 0;
  for (const [target, { name, version }] of Object.entries(versions)) {
    if (!version) throw new Error(`@node-rs/argon2 没有为 ${target} 声明 ${name}`);
    let binary = binaryOf(nodeModules, name);
    if (!binary && args.includes('--fetch')) binary = fetchPackage(nodeModules, name, version);
    console.log(`${target.padEnd(12)} ${name}@${version}  ${binary ? `已就绪 ${binary}` : '缺少'}`);
    if (!binary) missing++;
  }
  if (missing) {
    console.error(`缺少 ${missing} 个平台的本机模块；打包前运行 node build/scripts/native-packages.mjs --fetch`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
