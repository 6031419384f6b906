export const GENERATED_DIR: string;
export function writeLinuxScripts(outDir?: string): { 'after-install': string; 'after-remove': string };
