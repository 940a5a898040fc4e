import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SiteFrame } from "@/components/site-frame";
import { ErrorTextsProvider, type ErrorTexts } from "@/components/errors/error-texts";
import { env } from "@/lib/env";
import { isLocale, LOCALES } from "@/lib/i18n/routing";
import "../globals.css";

/** Both languages are prerendered; any other first segment is not a language (the proxy sends it to English). */
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Site");
  return {
    metadataBase: new URL(env().SITE_URL),
    title: { default: t("defaultTitle"), template: t("titleTemplate") },
    description: t("description"),
    // A small SVG from public/, so browsers do not ask for a missing /favicon.ico on every page.
    icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#173f63" };

export default async function RootLayout({ children, params }: Props) {
  if (!isLocale((await params).locale)) notFound();
  const t = await getTranslations("Errors");
  const errorTexts = ["heading", "pageBody", "tryAgain", "home", "reference"] as const;
  return (
    <SiteFrame>
      <ErrorTextsProvider texts={Object.fromEntries(errorTexts.map((key) => [key, t(key)])) as ErrorTexts}>
        {children}
      </ErrorTextsProvider>
    </SiteFrame>
  );
}
