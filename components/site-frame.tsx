import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/site-header";
import { SiteFooter } from "@/components/site-footer";

/** The document every page shares: language, skip link, header, main, footer. */
export async function SiteFrame({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("Site");
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only bg-white p-3 text-lg font-semibold focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50"
        >
          {t("skipToMain")}
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-4xl flex-1 px-4 py-6 sm:py-8">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
