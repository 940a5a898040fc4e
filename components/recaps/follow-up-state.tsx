import { getTranslations } from "next-intl/server";
import type { FollowUpState } from "@/lib/recaps/labels";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/routing";

const STYLES: Record<FollowUpState, string> = {
  OPEN: "bg-amber-100 text-amber-950",
  IN_PROGRESS: "bg-sky-100 text-sky-950",
  DONE: "bg-green-100 text-green-900",
};

type Props = {
  state: FollowUpState;
  /** The page's language: its parent may render inside a 'use cache' scope, where it cannot be read (English when not given). */
  locale?: Locale;
};

/** Where a follow-up stands, in words (never by colour alone). */
export async function FollowUpStateBadge({ state, locale: given }: Props) {
  const locale = given ?? DEFAULT_LOCALE;
  const t = await getTranslations({ locale, namespace: "Recaps" });
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${STYLES[state]}`}>
      {t(`state.${state}`)}
    </span>
  );
}
