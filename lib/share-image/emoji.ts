import "server-only";
import { existsSync, readFileSync } from "node:fs";
import { packageFile } from "./font-catalog";

const ZWJ = "\u200d";

/**
 * Twemoji's file name for an emoji: its code points in hex joined by "-", without
 * the U+FE0F presentation selector unless the emoji is a ZWJ sequence.
 */
function twemojiName(grapheme: string): string {
  const text = grapheme.includes(ZWJ) ? grapheme : grapheme.replaceAll("\ufe0f", "");
  return [...text].map((char) => char.codePointAt(0)!.toString(16)).join("-");
}

// Read from @twemoji/svg on first use, then kept: at most one small SVG per emoji.
const cache = new Map<string, string | null>();

/** The emoji's picture as a data URI, or null when Twemoji has none for it. */
export function emojiImage(grapheme: string): string | null {
  const cached = cache.get(grapheme);
  if (cached !== undefined) return cached;
  const names = new Set([twemojiName(grapheme), twemojiName(grapheme.replaceAll("\ufe0f", ""))]);
  let image: string | null = null;
  for (const name of names) {
    const file = packageFile("@twemoji/svg", `${name}.svg`);
    if (existsSync(file)) {
      image = `data:image/svg+xml;base64,${readFileSync(file).toString("base64")}`;
      break;
    }
  }
  cache.set(grapheme, image);
  return image;
}
