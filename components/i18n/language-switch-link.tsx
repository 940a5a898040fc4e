"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { withoutLocale, type Locale } from "@/lib/i18n/paths";

type Props = { to: Locale; label: string };

/**
 * A plain link to this page, with its query, in the other language; it works without
 * JavaScript, since the server renders it with the page's path. English links go
 * through /en/…, which the proxy answers with a redirect to the unprefixed address and
 * remembers the choice (lib/i18n/routing.ts).
 */
export function LanguageSwitchLink(props: Props) {
  // A prerendered page does not know its query; the browser fills it in.
  return (
    <Suspense fallback={<SwitchAnchor {...props} query="" />}>
      <WithQuery {...props} />
    </Suspense>
  );
}

function WithQuery(props: Props) {
  const query = useSearchParams().toString();
  return <SwitchAnchor {...props} query={query ? `?${query}` : ""} />;
}

function SwitchAnchor({ to, label, query }: Props & { query: string }) {
  const path = withoutLocale(usePathname() ?? "/");
  const href = `/${to}${path === "/" ? "" : path}${query}`;
  return (
    <a href={href} hrefLang={to} lang={to} className="font-semibold text-white hover:text-brand-100">
      {label}
    </a>
  );
}
