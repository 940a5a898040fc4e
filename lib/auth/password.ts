// Password hashing with argon2id (OWASP's minimum: 19 MiB, two passes, one lane).
// No "server-only" here: the seed and the tests run this module outside Next.js.
import { hash, verify, type Algorithm } from "@node-rs/argon2";

// Algorithm is an ambient const enum, which isolatedModules cannot read at runtime.
const ARGON2ID = 2 as Algorithm.Argon2id;

const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** verifyPassword(typed, stored): false for a wrong password and for a stored hash that cannot be read. */
export async function verifyPassword(password: string, passwordHash: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
