import "server-only";
import { emojiImage } from "./emoji";
import { subsetFor } from "./font-catalog";

export type PreparedText = {
  /** The texts with every character no shipped font or emoji picture covers left out. */
  texts: string[];
  /** The font subsets the texts need (keys for fontsFor). */
  subsets: Set<string>;
  /** Emoji drawn as Twemoji pictures, by grapheme. */
  graphemeImages: Record<string, string>;
};

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
const looksLikeEmoji = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;
const emojiPresentation = /\p{Emoji_Presentation}|\ufe0f|\u200d|\p{Emoji_Modifier}|\u20e3/u;
const invisible = /[\p{Cc}\p{Cs}\p{Co}\p{Cn}]/u;
const whitespace = /\s/u;
const combiningOrJoiner = /\p{Mn}|\p{Me}|\u200c|\u200d/u; // variation selectors are Mn

/**
 * Decides, for each grapheme of the texts, how the share image draws it: with a
 * shipped font (noting the subset to load), as a Twemoji picture, or not at all.
 * Nothing is ever looked up on the network, so a title in a script we ship no font
 * for loses those characters instead of waiting on (or failing with) a download.
 */
export function prepareText(inputs: string[]): PreparedText {
  const subsets = new Set<string>();
  const graphemeImages: Record<string, string> = {};

  const keep = (grapheme: string): string => {
    if (looksLikeEmoji.test(grapheme)) {
      const fromFonts = emojiPresentation.test(grapheme) ? null : coveredByFonts(grapheme);
      if (fromFonts) return fromFonts;
      const image = emojiImage(grapheme);
      if (image) {
        graphemeImages[grapheme] = image;
        return grapheme;
      }
      return "";
    }
    return coveredByFonts(grapheme) ?? [...grapheme].map((char) => coveredByFonts(char) ?? "").join("");
  };

  const coveredByFonts = (text: string): string | null => {
    const needed: string[] = [];
    for (const char of text) {
      if (invisible.test(char)) return null;
      if (whitespace.test(char)) continue;
      const subset = subsetFor(char.codePointAt(0)!);
      if (subset) needed.push(subset);
      else if (!combiningOrJoiner.test(char)) return null;
    }
    for (const subset of needed) subsets.add(subset);
    return text.replace(/\s+/gu, " ");
  };

  const texts = inputs.map((input) =>
    Array.from(graphemes.segment(input), ({ segment }) => keep(segment))
      .join("")
      .replace(/ {2,}/g, " ")
      .trim(),
  );
  return { texts, subsets, graphemeImages };
}
