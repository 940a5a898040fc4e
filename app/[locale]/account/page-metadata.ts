import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageAlternates } from "@/lib/i18n/alternates";

/** An account page's metadata: its title from `Account.<page>.title`, never indexed, with its twin. */
export async function accountPageMetadata(
  page: "invitation" | "forgot" | "reset",
  path: string,
): Promise<Metadata> {
  const t = await getTranslations("Account");
  return { title: t(`${page}.title`), robots: { index: false }, alternates: await pageAlternates(path) };
}
