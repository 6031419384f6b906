// Whether the Electron smoke suite can run here: it needs an Electron executable (never downloaded by the tests)
// and, on Linux, a display. Where either is missing the suite reports itself skipped with this reason.
import { findElectronBinary } from '../../../build/scripts/electron-binary.cjs';

export type Availability = { ok: true; executablePath: string; source: string } | { ok: false; reason: string };

export function electronAvailability(env: NodeJS.ProcessEnv = process.env): Availability {
  const binary = findElectronBinary(env);
  if (!binary.ok) return { ok: false, reason: `跳过：${binary.reason}。Electron 冒烟测试只在有 Electron 的机器上运行。` };
  if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { ok: false, reason: `跳过：找到了 Electron（${binary.path}），但没有图形显示（DISPLAY 未设置）。请用 xvfb-run npm run test:electron 运行。` };
  }
  return { ok: true, executablePath: binary.path, source: binary.source };
}
