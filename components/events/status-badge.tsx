import { getTranslations } from "next-intl/server";
import { givenOrPageLocale } from "@/lib/i18n/given-locale";
import type { EventStatus } from "@/lib/events/labels";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  status: EventStatus;
  /** Given inside a 'use cache' scope, where the page's language cannot be read. */
  locale?: Locale;
};

export async function CancelledBadge({ status, locale: given }: Props) {
  if (status !== "CANCELLED") return null;
  const locale = await givenOrPageLocale(given);
  const t = await getTranslations({ locale, namespace: "EventParts" });
  return (
    <span className="inline-block rounded bg-red-100 px-2 py-0.5 text-sm font-bold uppercase tracking-wide text-red-800">
      {t("cancelled")}
    </span>
  );
}
