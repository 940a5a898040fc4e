import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SiteFrame } from "@/components/site-frame";
import NotFound from "./[locale]/not-found";
import "./globals.css";

// An address no route matches, in either language: the site's own not-found page, whole,
// with a 404 (the proxy routed the request, so its language is known).
/** Rendered per request, whole: its language is the request's. */
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("NotFound");
  return { title: t("title") };
}

export default function GlobalNotFound() {
  return (
    <SiteFrame>
      <NotFound />
    </SiteFrame>
  );
}
