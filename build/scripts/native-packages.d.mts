export const TARGETS: Record<string, string>;
export function requiredVersions(nodeModules?: string): Record<string, { name: string; version: string | null }>;
export function binaryOf(nodeModules: string, name: string): string | null;
export function lockedIntegrity(name: string, version: string, lockFile?: string): string | null;
export function fetchPackage(nodeModules: string, name: string, version: string, integrity?: string | null): string | null;
