import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// The time trap's token: when the form was shown, signed so a bot cannot backdate it.
const sign = (value: string) =>
  createHmac("sha256", `comment-form:${env().ADDRESS_HASH_SALT}`).update(value).digest("base64url");

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
