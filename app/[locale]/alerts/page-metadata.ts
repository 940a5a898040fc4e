import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageAlternates } from "@/lib/i18n/alternates";

/** An alert page's metadata; the pages reached from an email's link are never indexed. */
export async function alertPageMetadata(
  title: "title" | "confirm.title" | "manage.title" | "unsubscribe.title" | "stopped.title",
  path: string,
): Promise<Metadata> {
  const t = await getTranslations("Alerts");
  return {
    title: t(title),
    ...(title === "title" ? { description: t("metaDescription") } : { robots: { index: false } }),
    alternates: await pageAlternates(path),
  };
}
