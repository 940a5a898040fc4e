import "server-only";
import { env } from "@/lib/env";
import type { RateLimitRule } from "@/lib/rate-limit";

export type CommentSettings = {
  heldWords: string[];
  maxLinks: number;
  minSeconds: number;
  perAddress: RateLimitRule;
  perEvent: RateLimitRule;
  reportHideThreshold: number;
};

/** The comment rules as configured in the environment (lib/env.ts). */
export function commentSettings(): CommentSettings {
  const e = env();
  const windowSeconds = e.COMMENT_WINDOW_MINUTES * 60;
  return {
    heldWords: e.HELD_WORDS.split(",")
      .map((word) => word.trim())
      .filter(Boolean),
    maxLinks: e.COMMENT_MAX_LINKS,
    minSeconds: e.COMMENT_MIN_SECONDS,
    perAddress: { name: "comment:sender", limit: e.COMMENT_LIMIT_PER_ADDRESS, windowSeconds },
    perEvent: { name: "comment:event", limit: e.COMMENT_LIMIT_PER_EVENT, windowSeconds },
    reportHideThreshold: e.COMMENT_REPORT_HIDE_THRESHOLD,
  };
}

/** Who sends a comment or report, as the rate limits know them (a salted address hash), and the rules in force. */
export type SenderContext = { senderHash: string; now?: Date; settings?: CommentSettings };
