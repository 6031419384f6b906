// The renderer's build: shared by electron-vite (the desktop app) and browser mode (the loopback bridge).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { InlineConfig, Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../shared/contract/content-security-policy';

/** Writes the CSP into index.html for production builds (dev keeps Vite's inline HMR preamble working). */
function cspMeta(): Plugin {
  return {
    name: 'xinan-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

const here = dirname(fileURLToPath(import.meta.url));
export const rendererRoot = here;

export function rendererConfig(outDir = resolve(here, '..', 'out', 'renderer')): InlineConfig {
  return {
    // Callers pass this config inline; without this Vite would also load this file and apply every plugin twice.
    configFile: false,
    root: rendererRoot,
    base: './',
    plugins: [react(), cspMeta()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome130',
      minify: process.env.XINAN_NO_MINIFY ? false : true,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: resolve(here, 'index.html') },
    },
    server: { strictPort: false },
  };
}

export default rendererConfig();
