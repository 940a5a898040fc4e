import type { getTranslations } from "next-intl/server";

type SearchTexts = Awaited<ReturnType<typeof getTranslations<"Search">>>;

/** "3.2 miles away" (or "Less than 0.1 miles away"), as every list of nearby events says it. */
export function distanceText(t: SearchTexts, miles: number): string {
  return miles < 0.1 ? t("lessThanTenth") : t("milesAway", { miles: miles.toFixed(1) });
}
