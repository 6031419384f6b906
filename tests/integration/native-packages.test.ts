// The installers' Argon2 binaries: fetched from the npm registry for every packaged target, at the version the
// installed @node-rs/argon2 names, and of the right kind (a Windows DLL, Linux ELF for x86-64 and AArch64).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { binaryOf, fetchPackage, requiredVersions } from '../../build/scripts/native-packages.mjs';

const ROOT = join(__dirname, '..', '..');

describe('native packages for the installers', () => {
  it('fetches the Windows x64 and Linux arm64 Argon2 binaries that npm does not install here', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xinan-natives-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, '@node-rs'), { recursive: true });
    cpSync(join(ROOT, 'node_modules', '@node-rs', 'argon2'), join(dir, '@node-rs', 'argon2'), { recursive: true });
    const versions = requiredVersions(dir);
    const kind = (file: string) => {
      const b = readFileSync(file);
      if (b.subarray(0, 2).toString('latin1') === 'MZ') return 'pe';
      if (b.subarray(0, 4).equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))) return b.readUInt16LE(18) === 0xb7 ? 'elf-aarch64' : b.readUInt16LE(18) === 0x3e ? 'elf-x86-64' : 'elf-other';
      return 'unknown';
    };
    const expected: Record<string, string> = { 'win32-x64': 'pe', 'linux-x64': 'elf-x86-64', 'linux-arm64': 'elf-aarch64' };
    for (const [target, { name, version }] of Object.entries(versions) as [string, { name: string; version: string }][]) {
      expect(version, target).toBe('2.2.1');
      expect(binaryOf(dir, name)).toBeNull();
      const file = fetchPackage(dir, name, version);
      expect(file, target).not.toBeNull();
      expect(kind(file!), target).toBe(expected[target]);
    }
    // A tarball that is not the one the lock file pins is refused.
    expect(() => fetchPackage(dir, '@node-rs/argon2-win32-x64-msvc', '2.2.1', `sha512-${Buffer.alloc(64).toString('base64')}`)).toThrow(/校验值与 package-lock.json 不符/);
  }, 60_000);
});
