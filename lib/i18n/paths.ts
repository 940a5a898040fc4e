// The site's languages and their addresses, with no dependency: safe for client components
// (next-intl's routing stays on the server, lib/i18n/routing.ts).
export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

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
