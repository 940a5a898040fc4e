import Link from "next/link";
import { FORMAT_LABELS } from "@/lib/events/labels";
import { RADIUS_CHOICES, type SearchRequest } from "@/lib/events/search-params";
import type { Choice } from "@/lib/events/search-options";
import { GeolocateButton } from "./geolocate-button";
import { controlClass, describedBy, Field } from "./field";

type Props = { request: SearchRequest; departments: Choice[]; languages: Choice[] };

const WHEN_CHOICES = [
  ["any", "Any date"],
  ["today", "Today"],
  ["week", "This week"],
  ["month", "This month"],
  ["custom", "Custom dates (below)"],
] as const;

/** The event search: a plain GET form, so it works without JavaScript and every search is a URL. */
export function SearchForm({ request, departments, languages }: Props) {
  const { values, errors } = request;
  const select = (
    name: "department" | "format" | "language",
    label: string,
    choices: Choice[],
    anyLabel: string,
  ) => (
    <Field id={`search-${name}`} label={label} error={errors[name]}>
      <select
        id={`search-${name}`}
        name={name}
        defaultValue={values[name] ?? ""}
        className={controlClass}
        {...describedBy(`search-${name}`, errors[name])}
      >
        <option value="">{anyLabel}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </Field>
  );
  return (
    <form
      action="/events/search"
      method="get"
      role="search"
      aria-label="Find events"
      className="space-y-4 rounded-xl bg-brand-50 p-4"
    >
      <fieldset className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
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
      <div className="grid gap-4 sm:grid-cols-2">
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
        <Field id="search-from" label="From date (custom)" error={errors.from} hint="YYYY-MM-DD">
          <input
            id="search-from"
            name="from"
            type="date"
            defaultValue={values.from ?? ""}
            className={controlClass}
            {...describedBy("search-from", errors.from, "hint")}
          />
        </Field>
        <Field id="search-to" label="To date (custom)" error={errors.to} hint="YYYY-MM-DD">
          <input
            id="search-to"
            name="to"
            type="date"
            defaultValue={values.to ?? ""}
            className={controlClass}
            {...describedBy("search-to", errors.to, "hint")}
          />
        </Field>
        {select("department", "Department", departments, "All departments")}
        {select(
          "format",
          "Kind of event",
          Object.entries(FORMAT_LABELS).map(([value, label]) => ({ value, label })),
          "All kinds",
        )}
        {select("language", "Officers speak", languages, "Any language")}
      </div>
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
