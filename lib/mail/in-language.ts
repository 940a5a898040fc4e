// Emails go out in their recipient's language (stored when the address was given: the
// comment form's language, the invitation's chosen language, the reset form's
// language), with links to the pages in that language.
import "server-only";
import { createTranslator } from "next-intl";
import { env } from "@/lib/env";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { DEFAULT_LOCALE, isLocale, localizedPath, type Locale } from "@/lib/i18n/routing";

/** A stored language ("en", "es"); anything else is English. */
export const emailLocale = (stored: string | null | undefined): Locale =>
  isLocale(stored) ? stored : DEFAULT_LOCALE;

/** The words of one kind of email (`Emails.<kind>` in the catalogs), in `locale`. */
export function emailWords<K extends keyof (typeof CATALOGS)["en"]["Emails"]>(locale: Locale, kind: K) {
  return createTranslator({ locale, messages: CATALOGS[locale], namespace: `Emails.${kind}` });
}

/** An absolute link to a page of the site in `locale`: "/account/…" → "https://…/es/account/…". */
export function siteLink(locale: Locale, path: string): string {
  return new URL(localizedPath(locale, path), env().SITE_URL).toString();
}
