// Asking for a link to reset a password. Asking always gets the same answer, whether or
// not the email has an account.
import { messageKey } from "@/lib/actions/message-key";
import "server-only";
import { headers } from "next/headers";
import { after } from "next/server";
import { prisma } from "@/lib/db/client";
import { InputError } from "@/lib/actions/input-error";
import { consumeRateLimit } from "@/lib/rate-limit";
import { clientAddressHash } from "@/lib/http/client-address";
import type { Locale } from "@/lib/i18n/routing";
import { emailWords, siteLink } from "@/lib/mail/in-language";
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
  input: { email: string; locale?: Locale },
  requestHeaders?: Headers,
  later: Later = after,
): Promise<{ sent: true }> {
  const limit = await consumeRateLimit(
    RESET_REQUESTS,
    clientAddressHash(requestHeaders ?? (await headers())),
  );
  if (!limit.allowed) throw new InputError({}, messageKey("Forms.password.tooManyRequests"), 429);
  later(() =>
    sendResetLink(input.email, input.locale ?? "en").catch((error: unknown) => {
      console.error("[mail] password reset email failed", error instanceof Error ? error.message : error);
    }),
  );
  return { sent: true };
}

/** The email goes out in the language of the form that asked for it, with a link to that language's page. */
async function sendResetLink(email: string, locale: Locale): Promise<void> {
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, name: true, deactivatedAt: true },
  });
  if (!user || user.deactivatedAt) return;
  const token = await issueToken(prisma, user.id, "PASSWORD_RESET");
  const t = emailWords(locale, "passwordReset");
  await sendMail({
    to: email,
    subject: t("subject"),
    text: `${t("hello", { name: user.name })}\n\n${t("body")}\n${siteLink(locale, `/account/reset-password?token=${token}`)}\n\n${t("notYou")}\n`,
  });
}
