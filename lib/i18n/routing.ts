// The site's languages: English at the root (/events), Spanish under /es (/es/events), so
// that every page stays cacheable, shareable and indexable in each language
// (docs/decisions/0021). The proxy (proxy.ts) routes requests with next-intl's middleware.
import { defineRouting } from "next-intl/routing";

export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  // A first visit without a choice follows Accept-Language; a choice made with the
  // language switch is remembered for a year. Set only by the proxy on page requests,
  // never by a cached page.
  localeCookie: { name: "NEXT_LOCALE", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" },
  // hreflang alternates go in each page's <head> (lib/i18n/alternates.ts), not in a header.
  alternateLinks: false,
});

export function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}

/** A path without its language prefix: "/es/events" → "/events", "/es" → "/". */
export function withoutLocale(pathname: string): string {
  const match = /^\/(en|es)(?=\/|$)/.exec(pathname);
  if (!match) return pathname;
  return pathname.slice(match[0].length) || "/";
}

/** A site path in `locale`: "/events" → "/es/events" in Spanish, unchanged in English. */
export function localizedPath(locale: Locale, pathname: string): string {
  const path = withoutLocale(pathname);
  if (locale === DEFAULT_LOCALE) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}
