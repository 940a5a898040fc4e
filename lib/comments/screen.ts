// Decides, before a comment is stored, whether it looks like spam or needs a closer
// look. Every outcome but a plain pending comment carries the reason moderators see.
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { countLinks } from "./links";

export type ScreeningInput = {
  body: string;
  authorName: string;
  honeypot: string;
  /** When the form was shown, from its signed token; null when missing or altered. */
  formShownAt: Date | null;
  now: Date;
};

export type ScreeningRules = { heldWords: string[]; maxLinks: number; minSeconds: number };

export type Screening = { status: Extract<CommentStatus, "PENDING" | "SPAM">; holdReason: string | null };

const fold = (text: string) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

function heldWordIn(text: string, heldWords: string[]): string | undefined {
  const folded = fold(text);
  return heldWords.find((word) => {
    const escaped = fold(word).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "u").test(folded);
  });
}

export function screenComment(input: ScreeningInput, rules: ScreeningRules): Screening {
  if (input.honeypot.trim() !== "") {
    return { status: "SPAM", holdReason: "Honeypot: filled in the hidden field only bots see" };
  }
  if (!input.formShownAt) {
    return { status: "SPAM", holdReason: "Time trap: the form's timing token was missing or altered" };
  }
  const seconds = (input.now.getTime() - input.formShownAt.getTime()) / 1000;
  if (seconds < rules.minSeconds) {
    return {
      status: "SPAM",
      holdReason: `Time trap: sent ${Math.max(0, seconds).toFixed(1)} s after the form was shown (minimum ${rules.minSeconds} s)`,
    };
  }
  const links = countLinks(input.body);
  if (links > rules.maxLinks) {
    return { status: "PENDING", holdReason: `Too many links: ${links} (more than ${rules.maxLinks})` };
  }
  const word = heldWordIn(`${input.authorName}\n${input.body}`, rules.heldWords);
  if (word) return { status: "PENDING", holdReason: `Held word: “${word}”` };
  return { status: "PENDING", holdReason: null };
}
