import Link from "next/link";
import { RADIUS_CHOICES, type SearchRequest } from "@/lib/events/search-params";
import type { Choice } from "@/lib/events/search-options";
import { GeolocateButton } from "./geolocate-button";
import { MoreFilters } from "./more-filters";
import { controlClass, describedBy, Field } from "./field";

type Props = { request: SearchRequest; departments: Choice[]; languages: Choice[] };

const WHEN_CHOICES = [
  ["any", "Any date"],
  ["today", "Today"],
  ["week", "Next 7 days"],
  ["month", "Next 30 days"],
  ["custom", "Custom dates (below)"],
] as const;

/** The event search: a plain GET form, so it works without JavaScript and every search is a URL. */
export function SearchForm({ request, departments, languages }: Props) {
  const { values, errors } = request;
  return (
    <form
      action="/events/search"
      method="get"
      role="search"
      aria-label="Find events"
      className="space-y-4 rounded-xl bg-brand-50 p-4"
    >
      <fieldset className="grid grid-cols-1 gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <legend className="mb-2 text-lg font-bold">Near me</legend>
        <Field
          id="search-zip"
          label="ZIP code"
          error={errors.zip ?? errors.lat}
          hint="5 digits, for example 06108"
        >
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
        <Field id="search-radius" label="Within" error={errors.radius}>
          <select
            id="search-radius"
            name="radius"
            defaultValue={values.radius ?? "25"}
            className={controlClass}
            {...describedBy("search-radius", errors.radius)}
          >
            {RADIUS_CHOICES.map((miles) => (
              <option key={miles} value={miles}>
                {miles} miles
              </option>
            ))}
          </select>
        </Field>
        <GeolocateButton />
        {values.lat && values.lng && !values.zip && (
          <>
            <input type="hidden" name="lat" value={values.lat} />
            <input type="hidden" name="lng" value={values.lng} />
          </>
        )}
      </fieldset>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field id="search-q" label="Search words" error={errors.q} hint="Title, description, venue or city">
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
        <Field id="search-when" label="When" error={errors.when}>
          <select
            id="search-when"
            name="when"
            defaultValue={values.when ?? (values.from || values.to ? "custom" : "any")}
            className={controlClass}
            {...describedBy("search-when", errors.when)}
          >
            {WHEN_CHOICES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
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
          Find events
        </button>
        <Link href="/events">Clear all filters</Link>
      </div>
    </form>
  );
}
