// The language of a component that may render inside a 'use cache' scope, where the
// page's language cannot be read (decision 0021): the `locale` prop its cached parent
// gives, else the page's.
import { getLocale } from "next-intl/server";
import { DEFAULT_LOCALE, type Locale } from "./routing";

/**
 * `given`, or the page's language. A cached parent that has not passed its language yet
 * gets English words rather than a broken page; pass `locale` from every cached scope.
 */
export async function givenOrPageLocale(given: Locale | undefined): Promise<Locale> {
  if (given) return given;
  try {
    return (await getLocale()) as Locale;
  } catch {
    return DEFAULT_LOCALE;
  }
}
