// The site's languages: English at the root (/events), Spanish under /es (/es/events), so
// that every page stays cacheable, shareable and indexable in each language
// (docs/decisions/0021). The proxy (proxy.ts) routes requests with next-intl's middleware.
import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "./paths";

export { DEFAULT_LOCALE, LOCALES, isLocale, localizedPath, withoutLocale, type Locale } from "./paths";

/** Remembers a visitor's choice of language (proxy.ts decides when it is sent). */
export const LANGUAGE_COOKIE = "NEXT_LOCALE";

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  // A first visit without a choice follows Accept-Language; a choice made with the
  // language switch is remembered for a year. Set only by the proxy on page requests,
  // never by a cached page.
  localeCookie: { name: LANGUAGE_COOKIE, maxAge: 60 * 60 * 24 * 365, sameSite: "lax" },
  // hreflang alternates go in each page's <head> (lib/i18n/alternates.ts), not in a header.
  alternateLinks: false,
});
