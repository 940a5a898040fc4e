import "server-only";
import { randomUUID, timingSafeEqual } from "node:crypto";
import { siteHmac } from "@/lib/crypto/site-hmac";
import type { FormTiming } from "./screen";

// The time trap's token: when the form was shown, signed so a bot cannot backdate it.
// The form given back after a post that passed the trap carries "+posted": whoever sent
// it has already waited once, and may send a second comment at once (a person does).
const sign = (value: string) => siteHmac("comment-form").update(value).digest("base64url");
const AFTER_POST = "+posted";
const PAYLOAD = /^(\d{1,15})(\+posted)?$/;

export function issueFormToken(now: Date = new Date(), { afterPost = false } = {}): string {
  const payload = `${now.getTime()}${afterPost ? AFTER_POST : ""}`;
  return `${payload}.${sign(payload)}`;
}

/** When the form was shown and whether it follows a post, or null when missing or altered. */
export function readFormToken(token: string | null | undefined): FormTiming | null {
  if (!token) return null;
  const dot = token.lastIndexOf(".");
  const payload = token.slice(0, Math.max(dot, 0));
  const match = PAYLOAD.exec(payload);
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(token.slice(dot + 1));
  if (dot < 0 || !match || given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { shownAt: new Date(Number(match[1])), afterPost: match[2] === AFTER_POST };
}

export type FreshCommentForm = { idempotencyKey: string; timeTrap: string };

/** The hidden fields of a fresh comment form: a new idempotency key and a new time-trap token. */
export function freshCommentForm(
  now: Date = new Date(),
  timing: { afterPost?: boolean } = {},
): FreshCommentForm {
  return { idempotencyKey: randomUUID(), timeTrap: issueFormToken(now, timing) };
}
