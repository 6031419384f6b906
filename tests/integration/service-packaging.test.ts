// @vitest-environment jsdom
// The server's service definitions, checked with the tools that will read them, as far as this Debian machine can:
// the systemd unit with systemd-analyze, the deb's maintainer scripts with shellcheck (after electron-builder fills
// their macros), the NSIS server step with makensis (syntax only: it runs on Windows) and the WinSW configuration
// against the app's layout. docs/server.md, "As a service". Needs Debian's systemd, shellcheck and nsis packages.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeLinuxScripts } from '../../build/scripts/linux-scripts.mjs';
import { SERVER_EXIT_REFUSED } from '../../shared/contract/host-protocol';

const REPO = resolve(__dirname, '..', '..');
const TMP = mkdtempSync(join(tmpdir(), 'xinan-service-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const UNIT = readFileSync(join(REPO, 'build', 'linux', 'xinan-server.service'), 'utf8');

function tool(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) throw new Error(`${cmd} 未安装：apt-get install ${cmd === 'systemd-analyze' ? 'systemd' : cmd === 'makensis' ? 'nsis' : cmd}（${r.error.message}）`);
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** The unit's settings, `Key=value` per line (the last wins, as in systemd). */
function unitSettings(text: string): Map<string, string> {
  return new Map(text.split('\n').filter((l) => /^[A-Za-z]+=/.test(l)).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

/** electron-builder's template filling (app-builder-lib FpmTarget writeConfigFile): an unknown ${macro} is an error. */
function fillMacros(text: string): string {
  const macros: Record<string, string> = { executable: 'xinan', sanitizedProductName: '薪安', productFilename: '薪安' };
  return text.replace(/\${([a-zA-Z]+)}/g, (_m, name: string) => {
    if (!(name in macros)) throw new Error(`Macro ${name} is not defined`);
    return macros[name];
  });
}

describe('the systemd unit (build/linux/xinan-server.service)', () => {
  it('passes systemd-analyze verify with no warning', () => {
    // verify also checks that ExecStart's program exists: point it at a stand-in, the rest of the unit unchanged.
    const exe = join(TMP, 'xinan');
    writeFileSync(exe, '#!/bin/sh\n');
    chmodSync(exe, 0o755);
    const unit = join(TMP, 'xinan-server.service');
    writeFileSync(unit, UNIT.replace('ExecStart=/usr/bin/xinan ', `ExecStart=${exe} `));
    const r = tool('systemd-analyze', ['verify', unit]);
    expect(r.out.trim()).toBe('');
    expect(r.code).toBe(0);
    // And it would notice a bad line (the check can fail).
    writeFileSync(unit, UNIT.replace('ExecStart=/usr/bin/xinan ', `ExecStart=${exe} `).replace('Restart=on-failure', 'Restart=sometimes'));
    expect(tool('systemd-analyze', ['verify', unit]).out).toMatch(/Failed to parse service restart specifier/);
  });

  it('runs the packaged app as the xinan user on /var/lib/xinan, restarts on failure but not after a refusal, hardened', () => {
    const s = unitSettings(UNIT);
    expect(s.get('ExecStart')).toBe('/usr/bin/xinan --ozone-platform=headless --disable-gpu --no-sandbox --server --data-dir /var/lib/xinan --listen 0.0.0.0:8443');
    expect(s.get('User')).toBe('xinan');
    expect(s.get('Restart')).toBe('on-failure');
    expect(s.get('RestartPreventExitStatus')).toBe(String(SERVER_EXIT_REFUSED));
    expect(s.get('KillSignal')).toBe('SIGTERM');
    for (const [k, v] of Object.entries({ NoNewPrivileges: 'yes', ProtectSystem: 'strict', ReadWritePaths: '/var/lib/xinan', PrivateTmp: 'yes', ProtectHome: 'yes', CapabilityBoundingSet: '' })) {
      expect(s.get(k), k).toBe(v);
    }
    expect(s.get('WantedBy')).toBe('multi-user.target');
  });
});

describe("the deb's maintainer scripts (electron-builder's own + build/linux/server-after-*.sh)", () => {
  const written = writeLinuxScripts(join(TMP, 'generated'));
  const postinst = fillMacros(readFileSync(written['after-install'], 'utf8'));
  const postrm = fillMacros(readFileSync(written['after-remove'], 'utf8'));

  it('keep electron-builder\'s part (the /usr/bin link the unit starts) and add ours', () => {
    expect(postinst).toContain("'/usr/bin/xinan'");
    expect(postinst).toContain("XINAN_UNIT_SOURCE='/opt/薪安/resources/linux/xinan-server.service'");
    expect(postrm).toContain('update-alternatives --remove');
  });

  it('pass shellcheck: ours with every warning, electron-builder\'s part for errors', () => {
    const check = (name: string, text: string, severity: string) => {
      const file = join(TMP, name);
      writeFileSync(file, text);
      return tool('shellcheck', ['-s', 'bash', '-S', severity, file]);
    };
    for (const [name, ours] of [['ours-postinst', 'server-after-install.sh'], ['ours-postrm', 'server-after-remove.sh']]) {
      const r = check(name, `#!/bin/bash\n${fillMacros(readFileSync(join(REPO, 'build', 'linux', ours), 'utf8'))}`, 'style');
      expect(r.out, name).toBe('');
    }
    expect(check('postinst', postinst, 'error').code).toBe(0);
    expect(check('postrm', postrm, 'error').code).toBe(0);
    // The check can fail: an unquoted variable in our style.
    expect(check('bad', '#!/bin/bash\nX="a b"\nrm -f $X\n', 'style').code).not.toBe(0);
  });

  it('make the user and a 0750 data dir, install the unit without enabling it, and never delete the data', () => {
    expect(postinst).toMatch(/adduser --system --group --home "\$XINAN_DATA"/);
    expect(postinst).toContain('install -d -m 0750 "$XINAN_DATA"');
    expect(postinst).toContain('install -D -m 0644 "$XINAN_UNIT_SOURCE" "$XINAN_UNIT_TARGET"');
    const commands = (text: string) => text.split('\n').filter((l) => !/^\s*#/.test(l)).join('\n');
    expect(commands(postinst)).not.toMatch(/systemctl (enable|start)/);
    expect(postrm).toMatch(/remove\|purge\)[\s\S]*systemctl disable --now xinan-server/);
    expect(commands(postrm)).not.toMatch(/rm -r[f]? .*\/var\/lib\/xinan|deluser|userdel/);
  });
});

describe('our part of the postinst / postrm, run as root in a throwaway root (tests/helpers/throwaway-root.sh)', () => {
  const script = (name: string) => {
    const file = join(TMP, name);
    writeFileSync(file, fillMacros(readFileSync(join(REPO, 'build', 'linux', `server-after-${name}.sh`), 'utf8')));
    return file;
  };
  const inRoot = (dir: string, ...runs: string[]) => {
    const r = spawnSync('bash', [join(REPO, 'tests', 'helpers', 'throwaway-root.sh'), join(TMP, dir), join(REPO, 'build', 'linux', 'xinan-server.service'), ...runs], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`throwaway root failed (${r.status}): ${r.stdout}${r.stderr}`);
    return { out: r.stdout, err: r.stderr };
  };

  it('install, reinstall and upgrade: a system user, /var/lib/xinan 0750 kept as it was, the unit installed and never enabled', () => {
    const { out, err } = inRoot('root-install', script('install'), 'configure', script('install'), 'configure', script('remove'), 'upgrade');
    expect(out).toMatch(/^passwd: xinan:x:(\d+):\d+:XinAn server,*:\/var\/lib\/xinan:\/usr\/sbin\/nologin$/m);
    expect(Number(/^passwd: xinan:x:(\d+)/m.exec(out)?.[1])).toBeLessThan(1000);
    // The second run found the file the first left in the data dir: a reinstall touches nothing in it.
    expect(out).toContain('datadir: xinan:xinan 750 case-file.txt');
    expect(out).toContain('unit: 644 same');
    expect(out).not.toMatch(/systemctl (enable|start)/);
    expect(out).toContain('systemctl try-restart xinan-server.service');
    expect(err).toBe('');
  });

  it('remove: the service disabled and its unit gone, the data dir and the user kept', () => {
    const { out } = inRoot('root-remove', script('install'), 'configure', script('remove'), 'purge');
    expect(out).toContain('systemctl disable --now xinan-server.service');
    expect(out).toContain('unit: none');
    expect(out).toContain('datadir: xinan:xinan 750 case-file.txt');
    expect(out).toMatch(/^passwd: xinan:/m);
    expect(out).toContain('数据目录 /var/lib/xinan 已保留');
  });
});

describe('the Windows service (WinSW configuration and the NSIS server step)', () => {
  // jsdom's DOMParser: a malformed file yields a parsererror element.
  const xml = new DOMParser().parseFromString(readFileSync(join(REPO, 'build', 'win', 'xinan-server.xml'), 'utf8'), 'text/xml');
  const all = (tag: string) => [...xml.querySelectorAll(`service > ${tag}`)].map((e) => e.textContent ?? '');

  it('starts xinan.exe --server on %ProgramData%\\XinAn and stops it through the app\'s own --stop', () => {
    expect(xml.querySelector('parsererror')).toBeNull();
    expect(all('id')).toEqual(['xinan-server']);
    // WinSW sits in resources\service (electron-builder.yml): the app is two folders up.
    expect(all('executable')).toEqual(['%BASE%\\..\\..\\xinan.exe']);
    expect(all('argument')).toEqual(['--disable-gpu', '--server', '--data-dir', '%ProgramData%\\XinAn', '--listen', '0.0.0.0:8443']);
    expect(all('stopexecutable')).toEqual(all('executable'));
    expect(all('stopargument')).toEqual(['--disable-gpu', '--server', '--stop', '--data-dir', '%ProgramData%\\XinAn']);
    expect([...xml.querySelectorAll('service > onfailure')].map((e) => e.getAttribute('action'))).toEqual(['restart', 'restart', 'restart']);
  });

  it('ships the pinned WinSW 1.17 from node-windows (a changed binary must be reviewed)', () => {
    const exe = readFileSync(join(REPO, 'node_modules', 'node-windows', 'bin', 'winsw', 'winsw.exe'));
    expect(createHash('sha256').update(exe).digest('hex')).toBe('5859b114d96800a2b98ef9d19eaa573a786a422dad324547ef25be181389df01');
  });

  it('compiles the NSIS server step with makensis (warnings as errors, as electron-builder does)', () => {
    const harness = (include: string) => {
      const nsi = join(TMP, 'check.nsi');
      // Stand-ins for what electron-builder's installer defines around nsis.include: $installMode and ${isUpdated}.
      writeFileSync(
        nsi,
        [
          'Unicode true',
          '!include "LogicLib.nsh"',
          'Var installMode',
          '!macro _isUpdated _a _b _t _f',
          '  StrCmp $R9 "updated" `${_t}` `${_f}`',
          '!macroend',
          '!define isUpdated `"" isUpdated ""`',
          `!include "${include}"`,
          `OutFile "${join(TMP, 'check.exe')}"`,
          'RequestExecutionLevel user',
          'Function .onInit',
          '  !insertmacro customInit',
          'FunctionEnd',
          'Section "Install"',
          '  StrCpy $installMode "all"',
          '  !insertmacro customInstall',
          '  WriteUninstaller "$INSTDIR\\uninstall.exe"',
          'SectionEnd',
          'Section "Uninstall"',
          '  !insertmacro customUnInstall',
          'SectionEnd',
        ].join('\n'),
      );
      return tool('makensis', ['-V2', '-WX', nsi]);
    };
    const ok = harness(join(REPO, 'build', 'installer.nsh'));
    expect(ok.out).toBe('');
    expect(ok.code).toBe(0);
    // The harness can fail: a misspelt instruction.
    const broken = join(TMP, 'broken.nsh');
    copyFileSync(join(REPO, 'build', 'installer.nsh'), broken);
    writeFileSync(broken, readFileSync(broken, 'utf8').replace('${EndIf}', ''));
    expect(harness(broken).code).not.toBe(0);
  });

  it('never deletes the data dir on uninstall', () => {
    const code = readFileSync(join(REPO, 'build', 'installer.nsh'), 'utf8').split('\n').filter((l) => !/^\s*;/.test(l));
    expect(code.filter((l) => /^\s*(RMDir|Delete)\b/.test(l))).toEqual([]);
    expect(code.join('\n')).toMatch(/\$\{IfNot\} \$\{isUpdated\}[\s\S]*"\$\{XINAN_HOST\}" uninstall/);
  });
});
