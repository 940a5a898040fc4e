// Sends an email through SMTP when SMTP_URL is set; otherwise keeps it in the
// development outbox (/admin/outbox) and logs a line, so links can be followed locally.
import "server-only";
import nodemailer from "nodemailer";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";

export type Email = {
  to: string;
  subject: string;
  text: string;
  /** Extra headers, e.g. List-Unsubscribe (RFC 8058); the outbox keeps them too. */
  headers?: Record<string, string>;
};

/** Where an email went: out through SMTP, or into the outbox for an admin to pass on. */
export type Delivery = "sent" | "outbox";

let transport: nodemailer.Transporter | undefined;

export async function sendMail(email: Email): Promise<Delivery> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (SMTP_URL) {
    transport ??= nodemailer.createTransport(SMTP_URL);
    await transport.sendMail({ from: MAIL_FROM, ...email });
    return "sent";
  }
  await prisma.outboxEmail.create({ data: { ...email, headers: email.headers ?? undefined } });
  console.info(`[mail] outbox: "${email.subject}" to ${email.to} (see /admin/outbox)`);
  return "outbox";
}

/**
 * Whether the mail server refused the recipient for good (5xx to RCPT TO: no such
 * mailbox, the domain does not take mail): sending again will not help. A refusal of
 * the message itself, or a temporary one (4xx), is not the address's fault.
 */
export function recipientRefused(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
  return (
    code === "EENVELOPE" && typeof responseCode === "number" && responseCode >= 500 && responseCode < 600
  );
}
