import { getLocale, getTranslations } from "next-intl/server";
import { DATE_RANGES, RADIUS_CHOICES, type SearchRequest } from "@/lib/events/search-params";
import { Link } from "@/lib/i18n/navigation";
import { localizedPath, type Locale } from "@/lib/i18n/routing";
import type { Choice } from "@/lib/events/search-options";
import { GeolocateButton } from "./geolocate-button";
import { MoreFilters } from "./more-filters";
import { controlClass, describedBy, Field } from "./field";

type Props = { request: SearchRequest; departments: Choice[]; languages: Choice[] };

/** The event search: a plain GET form, so it works without JavaScript and every search is a URL. */
export async function SearchForm({ request, departments, languages }: Props) {
  const { values, errors } = request;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("Search");
  return (
    <form
      action={localizedPath(locale, "/events/search")}
      method="get"
      role="search"
      aria-label={t("formLabel")}
      className="space-y-4 rounded-xl bg-brand-50 p-4"
    >
      <fieldset className="grid grid-cols-1 gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <legend className="mb-2 text-lg font-bold">{t("nearMe")}</legend>
        <Field id="search-zip" label={t("zip")} error={errors.zip ?? errors.lat} hint={t("zipHint")}>
          <input
            id="search-zip"
            name="zip"
            type="text"
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={10}
            defaultValue={values.zip ?? ""}
            className={controlClass}
            {...describedBy("search-zip", errors.zip ?? errors.lat, "hint")}
          />
        </Field>
        <Field id="search-radius" label={t("within")} error={errors.radius}>
          <select
            id="search-radius"
            name="radius"
            defaultValue={values.radius ?? "25"}
            className={controlClass}
            {...describedBy("search-radius", errors.radius)}
          >
            {RADIUS_CHOICES.map((miles) => (
              <option key={miles} value={miles}>
                {t("miles", { miles })}
              </option>
            ))}
          </select>
        </Field>
        <GeolocateButton
          labels={{ button: t("useLocation"), finding: t("findingLocation"), failed: t("locationFailed") }}
        />
        {values.lat && values.lng && !values.zip && (
          <>
            <input type="hidden" name="lat" value={values.lat} />
            <input type="hidden" name="lng" value={values.lng} />
          </>
        )}
      </fieldset>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field id="search-q" label={t("searchWords")} error={errors.q} hint={t("wordsHint")}>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={values.q ?? ""}
            maxLength={100}
            className={controlClass}
            {...describedBy("search-q", errors.q, "hint")}
          />
        </Field>
        <Field id="search-when" label={t("when")} error={errors.when}>
          <select
            id="search-when"
            name="when"
            defaultValue={values.when ?? (values.from || values.to ? "custom" : "any")}
            className={controlClass}
            {...describedBy("search-when", errors.when)}
          >
            {DATE_RANGES.map((value) => (
              <option key={value} value={value}>
                {t(`whenChoice.${value}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <MoreFilters request={request} departments={departments} languages={languages} />
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="min-h-11 rounded bg-brand-800 px-5 py-2 text-lg font-semibold text-white hover:bg-brand-900"
        >
          {t("find")}
        </button>
        <Link href="/events">{t("clear")}</Link>
      </div>
    </form>
  );
}
