import "server-only";
import { timingSafeEqual } from "node:crypto";
import { siteHmac } from "@/lib/crypto/site-hmac";

// The time trap's token: when the form was shown, signed so a bot cannot backdate it.
const sign = (value: string) => siteHmac("comment-form").update(value).digest("base64url");

export function issueFormToken(now: Date = new Date()): string {
  const shownAt = String(now.getTime());
  return `${shownAt}.${sign(shownAt)}`;
}

/** When the form was shown, or null when the token is missing or was altered. */
export function readFormToken(token: string | null | undefined): Date | null {
  if (!token) return null;
  const [shownAt = "", signature = ""] = token.split(".");
  const expected = Buffer.from(sign(shownAt));
  const given = Buffer.from(signature);
  if (!/^\d{1,15}$/.test(shownAt) || given.length !== expected.length) return null;
  return timingSafeEqual(given, expected) ? new Date(Number(shownAt)) : null;
}
