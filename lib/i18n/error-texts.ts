// The words of the error pages, which are client components with no server parent to
// hand them their strings (app/[locale]/error.tsx): only this namespace of each catalog.
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import { DEFAULT_LOCALE, isLocale } from "./routing";

export type ErrorTexts = typeof en.Errors;

const ERROR_TEXTS: Record<string, ErrorTexts> = { en: en.Errors, es: es.Errors };

export function errorTexts(locale: unknown): ErrorTexts {
  return ERROR_TEXTS[isLocale(locale) ? locale : DEFAULT_LOCALE]!;
}
