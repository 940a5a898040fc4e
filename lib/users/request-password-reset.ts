// Asking for a link to reset a password. Asking always gets the same answer, whether or
// not the email has an account.
import { messageKey } from "@/lib/actions/message-key";
import "server-only";
import { headers } from "next/headers";
import { after } from "next/server";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { InputError } from "@/lib/actions/input-error";
import { consumeRateLimit } from "@/lib/rate-limit";
import { clientAddressHash } from "@/lib/http/client-address";
import { sendMail } from "@/lib/mail/send";
import type { CurrentUser } from "@/lib/auth/current-user";
import { issueToken } from "./tokens";

const RESET_REQUESTS = { name: "reset:address", limit: 10, windowSeconds: 60 * 60 };

/** Runs work after the answer has gone out (Next.js's `after` inside a request). */
export type Later = (work: () => Promise<void>) => void;

/**
 * Public. Answers at once, the same way for every email: looking the account up, making
 * a token and sending the email happen after the answer, so its timing tells nothing.
 * `requestHeaders` defaults to the current request's (rate limit per address).
 */
export async function requestPasswordReset(
  _user: CurrentUser | null,
  input: { email: string },
  requestHeaders?: Headers,
  later: Later = after,
): Promise<{ sent: true }> {
  const limit = await consumeRateLimit(
    RESET_REQUESTS,
    clientAddressHash(requestHeaders ?? (await headers())),
  );
  if (!limit.allowed) throw new InputError({}, messageKey("Forms.password.tooManyRequests"), 429);
  later(() =>
    sendResetLink(input.email).catch((error: unknown) => {
      console.error("[mail] password reset email failed", error instanceof Error ? error.message : error);
    }),
  );
  return { sent: true };
}

async function sendResetLink(email: string): Promise<void> {
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, name: true, deactivatedAt: true },
  });
  if (!user || user.deactivatedAt) return;
  const token = await issueToken(prisma, user.id, "PASSWORD_RESET");
  await sendMail({
    to: email,
    subject: "Reset your Coffee with a Cop password",
    text: `Hello ${user.name},\n\nSomeone (we hope you) asked to reset your password. Choose a new one here; the link works once, for one hour:\n${env().SITE_URL}/account/reset-password?token=${token}\n\nIf it was not you, ignore this email: your password stays the same.\n`,
  });
}
