// electron-vite: the main process, the sandboxed preload (CommonJS) and the core's utilityProcess bundle, plus the
// renderer from renderer/vite.config.mts. Dependencies stay external (better-sqlite3 is loaded at run time).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './renderer/vite.config.mts';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Entries only through rolldownOptions.input: a `lib` without formats makes Vite default to es+umd and fail.
      rolldownOptions: {
        input: {
          main: resolve(__dirname, 'electron/main/main.ts'),
          'core-host': resolve(__dirname, 'electron/core/transport/host-entry.ts'),
          // The bureau server that `xinan --server` runs in a utilityProcess (electron/main/server-mode.ts, docs/server.md).
          'server-host': resolve(__dirname, 'electron/core/transport/server-entry.ts'),
          // `xinan --handover` / `xinan --adopt` (electron/main/tool-mode.ts; docs/server.md, "从单机到服务器").
          'tool-host': resolve(__dirname, 'electron/core/durability/tool-entry.ts'),
          'job-worker': resolve(__dirname, 'electron/core/jobs/job-worker.ts'),
          'integrity-worker': resolve(__dirname, 'electron/core/durability/integrity-worker.ts'),
          // Rosters are read in a worker thread with its own memory and time limits (roster-thread.ts finds it here).
          'roster-worker': resolve(__dirname, 'electron/core/intakes/roster-worker.ts'),
          // Statistics count on their own read-only connection in a worker (statistics/stats-thread.ts finds it here).
          'stats-worker': resolve(__dirname, 'electron/core/statistics/stats-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      lib: { entry: { preload: resolve(__dirname, 'electron/preload/preload.ts') } },
    },
  },
  renderer: rendererConfig(resolve(__dirname, 'out/renderer')),
});
