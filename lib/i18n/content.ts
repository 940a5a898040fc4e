// Text staff wrote, in the reader's language when they gave it, with its language marked
// when it is not the page's (WCAG 3.1.2): a Spanish page showing an English-only title
// marks it lang="en".
import type { Locale } from "./routing";

export type ShownText = { text: string; lang?: Locale };

/** `english` always exists; `spanish` is optional (null or empty: not given). */
export function textFor(locale: Locale, english: string, spanish: string | null | undefined): ShownText {
  if (locale === "es") return spanish ? { text: spanish } : { text: english, lang: "en" };
  return { text: english };
}
