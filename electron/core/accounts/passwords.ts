// Password hashing: Argon2id (RFC 9106) through @node-rs/argon2, whose native binary comes from npm per platform.
// Default cost is OWASP's minimum recommendation for Argon2id: 19 MiB memory, 2 iterations, 1 lane.
import { hash, verify } from '@node-rs/argon2';
import type { PasswordCost } from '../kernel/context';

export const DEFAULT_PASSWORD_COST: PasswordCost = { memoryCost: 19_456, timeCost: 2 };

/** @node-rs/argon2's Algorithm.Argon2id (a const enum, which isolated modules cannot import). */
const ARGON2ID = 2;

export function hashPassword(password: string, cost: PasswordCost): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, memoryCost: cost.memoryCost, timeCost: cost.timeCost, parallelism: 1 });
}

/** True when the password matches; false for a wrong password or a hash that cannot be read. */
export async function verifyPassword(encoded: string, password: string): Promise<boolean> {
  try {
    return await verify(encoded, password);
  } catch {
    return false;
  }
}

/** Whether a stored hash was made with another algorithm or cost than the one in force (rehash at next sign-in). */
export function needsRehash(encoded: string, cost: PasswordCost): boolean {
  const m = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(encoded);
  return !m || Number(m[1]) !== cost.memoryCost || Number(m[2]) !== cost.timeCost || Number(m[3]) !== 1;
}
