import type { EventFormat } from "@/lib/generated/prisma/enums";

export const FORMAT_LABELS: Record<EventFormat, string> = {
  COFFEE_WITH_A_COP: "Coffee with a Cop",
  CONE_WITH_A_COP: "Cone with a Cop",
  COMMUNITY_ROUNDTABLE: "Community roundtable",
  OTHER: "Community meetup",
};

const LANGUAGE_NAMES: Record<string, string> = {
  en: "English",
  es: "Spanish (Español)",
  vi: "Vietnamese (Tiếng Việt)",
  zh: "Chinese (中文)",
  ko: "Korean (한국어)",
  tl: "Tagalog",
  ar: "Arabic (العربية)",
  pt: "Portuguese (Português)",
  asl: "American Sign Language",
};

/** The languages staff can pick for an event, in the order the search form lists them. */
export const LANGUAGE_CODES = Object.keys(LANGUAGE_NAMES);

export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code;
}
