// Links and redirects that keep the reader's language: <Link href="/events"> leads to
// /es/events on a Spanish page. Use these instead of next/link and next/navigation's redirect.
import NextLink from "next/link";
import type { ComponentProps } from "react";
import { getLocale } from "next-intl/server";
import { createNavigation } from "next-intl/navigation";
import { localizedPath, routing, type Locale } from "./routing";

export const { redirect, getPathname } = createNavigation(routing);

type LinkProps = Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & {
  href: string;
  /** Given inside a 'use cache' scope, where the page's language cannot be read. */
  locale?: Locale;
};

/**
 * next/link with the address in the page's language. A server component: next-intl's
 * own Link needs a client-side provider, and this site keeps the i18n runtime out of
 * the browser (decision 0021). Client components get their links' addresses as props.
 */
export async function Link({ href, locale: given, ...props }: LinkProps) {
  const locale = given ?? ((await getLocale()) as Locale);
  return <NextLink href={href.startsWith("/") ? localizedPath(locale, href) : href} {...props} />;
}
