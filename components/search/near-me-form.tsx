import { getTranslations } from "next-intl/server";
import { RADIUS_CHOICES, DEFAULT_RADIUS } from "@/lib/events/search-params";
import { DEFAULT_LOCALE, localizedPath, type Locale } from "@/lib/i18n/routing";

/** The short "events near me" form for the home page; /events has every filter. */
export async function NearMeForm({
  zip = "",
  radius = String(DEFAULT_RADIUS),
  locale: given,
}: {
  zip?: string;
  radius?: string;
  /** The page's language: its parent may render inside a 'use cache' scope, where it cannot be read (English when not given). */
  locale?: Locale;
}) {
  const locale = given ?? DEFAULT_LOCALE;
  const t = await getTranslations({ locale, namespace: "Search" });
  return (
    <form
      action={localizedPath(locale, "/events/search")}
      method="get"
      role="search"
      aria-label={t("nearMeLabel")}
      className="mt-4 flex flex-wrap items-end gap-3"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="home-zip" className="font-semibold">
          {t("yourZip")}
        </label>
        <input
          id="home-zip"
          name="zip"
          type="text"
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={10}
          defaultValue={zip}
          className="min-h-11 w-32 rounded border border-slate-500 bg-white px-3 py-2 text-base"
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="home-radius" className="font-semibold">
          {t("within")}
        </label>
        <select
          id="home-radius"
          name="radius"
          defaultValue={radius}
          className="min-h-11 rounded border border-slate-500 bg-white px-3 py-2 text-base"
        >
          {RADIUS_CHOICES.map((miles) => (
            <option key={miles} value={miles}>
              {t("miles", { miles })}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="min-h-11 rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900"
      >
        {t("findNearMe")}
      </button>
    </form>
  );
}
