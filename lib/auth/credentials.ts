// Checks an email and password with the same work and the same answer whether the
// account is unknown, deactivated, or the password is wrong.
import "server-only";
import { z } from "zod";
import { siteHmac } from "@/lib/crypto/site-hmac";
import { prisma } from "@/lib/db/client";
import { verifyPassword } from "./password";
import type { SessionClaims } from "./current-user";

// A hash of a random password nobody knows, with the real parameters: unknown emails
// cost one argon2id verification too, so timing does not tell which accounts exist.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$LqnWEIF/27hQrI0FKikAEA$zblN+rBYuqTfgH2lLnUOPnJAywFZOZ45zqG50KJCa9M";

export const CredentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(200),
});

export type VerifiedUser = SessionClaims & { email: string; name: string };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function verifyCredentials(input: unknown): Promise<VerifiedUser | null> {
  const parsed = CredentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await prisma.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      passwordHash: true,
      deactivatedAt: true,
      sessionVersion: true,
    },
  });
  const matches = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.passwordHash || user.deactivatedAt || !matches) return null;
  return { userId: user.id, sessionVersion: user.sessionVersion, email: user.email, name: user.name };
}

/** What rate limits key an account on: a salted hash of the typed email, known or not. */
export function accountKey(email: string): string {
  return siteHmac("account").update(normaliseEmail(email)).digest("hex").slice(0, 32);
}
