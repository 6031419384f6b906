// Types for electron-binary.cjs, so the TypeScript tests can use it.
export type ElectronBinary = { ok: true; path: string; source: string } | { ok: false; reason: string };
export function findElectronBinary(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): ElectronBinary;
export function electronDownloadHost(env?: NodeJS.ProcessEnv): string;
export function canReachElectronDownload(env?: NodeJS.ProcessEnv, timeoutMs?: number): Promise<boolean>;
export function downloadElectron(timeoutMs?: number): Promise<boolean>;
