// Decides, before a comment is stored, whether it looks like spam or needs a closer
// look. Every outcome but a plain pending comment carries the reason moderators see.
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { countLinks } from "./links";
import { heldFor, type HeldFor } from "./reasons";

/** From the form's signed token: when it was shown, and whether it came back after a post. */
export type FormTiming = { shownAt: Date; afterPost: boolean };

export type ScreeningInput = {
  body: string;
  authorName: string;
  honeypot: string;
  /** Null when the token was missing or altered. */
  formTiming: FormTiming | null;
  now: Date;
};

export type ScreeningRules = { heldWords: string[]; maxLinks: number; minSeconds: number };

/** The status to store, and why it was held (a code, its values and the English text), if it was. */
export type Screening = { status: Extract<CommentStatus, "PENDING" | "SPAM"> } & (
  HeldFor | { holdReason: null }
);

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
    return { status: "SPAM", ...heldFor("honeypot") };
  }
  if (!input.formTiming) {
    return { status: "SPAM", ...heldFor("time-token") };
  }
  // The trap is for the first post of a form load: the fresh form given back after a
  // post that passed it may be sent again at once (a person's quick second comment).
  const seconds = (input.now.getTime() - input.formTiming.shownAt.getTime()) / 1000;
  if (!input.formTiming.afterPost && seconds < rules.minSeconds) {
    return {
      status: "SPAM",
      ...heldFor("time-trap", {
        seconds: Math.max(0, seconds).toFixed(1),
        minimum: String(rules.minSeconds),
      }),
    };
  }
  const links = countLinks(input.body);
  if (links > rules.maxLinks) {
    return { status: "PENDING", ...heldFor("links", { links: String(links), max: String(rules.maxLinks) }) };
  }
  const word = heldWordIn(`${input.authorName}\n${input.body}`, rules.heldWords);
  if (word) return { status: "PENDING", ...heldFor("held-word", { word }) };
  return { status: "PENDING", holdReason: null };
}
