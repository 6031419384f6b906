// The deb's maintainer scripts: electron-builder's own after-install / after-remove templates (the /usr/bin link,
// chrome-sandbox, AppArmor) followed by ours for the bureau server's systemd unit (build/linux/server-after-*.sh).
// Composed at package time so electron-builder's part always matches its installed version. `npm run dist` runs it;
// tests/integration/service-packaging.test.ts runs it and checks the result with shellcheck. docs/server.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TEMPLATES = join(ROOT, 'node_modules', 'app-builder-lib', 'templates', 'linux');
export const GENERATED_DIR = join(ROOT, 'build', 'linux', '.generated');

/** Writes after-install.sh and after-remove.sh (still electron-builder templates: it fills their macros). */
export function writeLinuxScripts(outDir = GENERATED_DIR) {
  mkdirSync(outDir, { recursive: true });
  const written = {};
  for (const [name, ours] of [['after-install', 'server-after-install.sh'], ['after-remove', 'server-after-remove.sh']]) {
    const theirs = readFileSync(join(TEMPLATES, `${name}.tpl`), 'utf8');
    const file = join(outDir, `${name}.sh`);
    writeFileSync(file, `${theirs.trimEnd()}\n\n${readFileSync(join(ROOT, 'build', 'linux', ours), 'utf8')}`, { mode: 0o755 });
    written[name] = file;
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const written = writeLinuxScripts();
  console.log(`deb maintainer scripts: ${Object.values(written).join(', ')}`);
}
