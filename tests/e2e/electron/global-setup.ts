// Before the Electron smoke suite: say clearly why it is skipped, or build out/ so the app under test is current.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { electronAvailability } from './availability';

export default function globalSetup(): void {
  const availability = electronAvailability();
  if (!availability.ok) {
    console.log(`\n${availability.reason}\n`);
    return;
  }
  console.log(`\nElectron：${availability.executablePath}（来自 ${availability.source}）。正在构建 out/ …\n`);
  const root = join(__dirname, '..', '..', '..');
  execFileSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
}
