// Every page names its twin in the other language (hreflang), in its <head>, and its own
// address as canonical; search engines then list each language's page for its readers.
import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { DEFAULT_LOCALE, LOCALES, localizedPath, type Locale } from "./routing";

/** `alternates` for a page's metadata; `path` is the page's English address ("/events/abc"). */
export async function pageAlternates(path: string): Promise<NonNullable<Metadata["alternates"]>> {
  const locale = (await getLocale()) as Locale;
  const languages: Record<string, string> = Object.fromEntries(
    LOCALES.map((other) => [other, localizedPath(other, path)]),
  );
  languages["x-default"] = localizedPath(DEFAULT_LOCALE, path);
  return { canonical: localizedPath(locale, path), languages };
}
