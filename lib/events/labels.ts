// The words shown for events' enums, and the lists the forms and schemas offer. Safe for
// client components.
import { EventFormat, type EventStatus } from "@/lib/generated/prisma/enums";

export type { EventFormat, EventStatus };

/** The kinds of event, in the order Prisma's enum declares them. */
export const EVENT_FORMATS = Object.values(EventFormat) as [EventFormat, ...EventFormat[]];

export const FORMAT_LABELS: Record<EventFormat, string> = {
  COFFEE_WITH_A_COP: "Coffee with a Cop",
  CONE_WITH_A_COP: "Cone with a Cop",
  COMMUNITY_ROUNDTABLE: "Community roundtable",
  OTHER: "Community meetup",
};

/** The kinds of event in Spanish, for the bilingual flyer. */
export const FORMAT_LABELS_ES: Record<EventFormat, string> = {
  COFFEE_WITH_A_COP: "Café con un policía",
  CONE_WITH_A_COP: "Helado con un policía",
  COMMUNITY_ROUNDTABLE: "Mesa redonda comunitaria",
  OTHER: "Encuentro comunitario",
};

/** The kinds of event as the forms offer them. */
export const FORMAT_OPTIONS = EVENT_FORMATS.map((value) => ({ value, label: FORMAT_LABELS[value] }));

const LANGUAGE_NAMES = {
  en: "English",
  es: "Spanish (Español)",
  vi: "Vietnamese (Tiếng Việt)",
  zh: "Chinese (中文)",
  ko: "Korean (한국어)",
  tl: "Tagalog",
  ar: "Arabic (العربية)",
  pt: "Portuguese (Português)",
  asl: "American Sign Language",
} as const;

export type LanguageCode = keyof typeof LANGUAGE_NAMES;

/** The languages staff can pick for an event, in the order the forms list them. */
export const LANGUAGE_CODES = Object.keys(LANGUAGE_NAMES) as [LanguageCode, ...LanguageCode[]];

export function languageName(code: string): string {
  return LANGUAGE_NAMES[code as LanguageCode] ?? code;
}
