import { getTranslations } from "next-intl/server";
import type { EventStatus } from "@/lib/events/labels";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/routing";

type Props = {
  status: EventStatus;
  /** The page's language: its parent may render inside a 'use cache' scope, where it cannot be read (English when not given). */
  locale?: Locale;
};

export async function CancelledBadge({ status, locale: given }: Props) {
  if (status !== "CANCELLED") return null;
  const locale = given ?? DEFAULT_LOCALE;
  const t = await getTranslations({ locale, namespace: "EventParts" });
  return (
    <span className="inline-block rounded bg-red-100 px-2 py-0.5 text-sm font-bold uppercase tracking-wide text-red-800">
      {t("cancelled")}
    </span>
  );
}
