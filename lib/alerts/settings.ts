import "server-only";
import { commentSettings } from "@/lib/comments/settings";
import { env } from "@/lib/env";
import type { RateLimitRule } from "@/lib/rate-limit";

export type AlertSettings = { perAddress: RateLimitRule; perEmail: RateLimitRule; minSeconds: number };

/** The sign-up form's limits (lib/env.ts); its time trap is the comment form's (COMMENT_MIN_SECONDS). */
export function alertSettings(): AlertSettings {
  const e = env();
  return {
    perAddress: { name: "alert:sender", limit: e.ALERT_LIMIT_PER_ADDRESS, windowSeconds: 60 * 60 },
    perEmail: { name: "alert:email", limit: e.ALERT_LIMIT_PER_EMAIL, windowSeconds: 24 * 60 * 60 },
    minSeconds: commentSettings().minSeconds,
  };
}

/** Who signs up, as rate limits know them (a salted address hash), and the rules in force. */
export type SignUpContext = { senderHash: string; now?: Date; settings?: AlertSettings };
