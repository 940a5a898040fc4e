// The query string of an event search: the same names on /events, /events.ics, the
// feeds and /api/events, so every filter combination is a shareable URL.
import { z } from "zod";
import { createTranslator } from "next-intl";
import { EventFormat } from "@/lib/generated/prisma/enums";
import { hasNoControlCharacters } from "@/lib/actions/fields";
import { placeForZip, ZIP_PATTERN } from "@/lib/geo/zip";
import { DEFAULT_RADIUS, RADIUS_CHOICES } from "@/lib/geo/distances";
import { CATALOGS } from "@/lib/i18n/catalogs";
import type { Locale } from "@/lib/i18n/routing";
import { DATE_KEY_SHAPE, isCalendarDate } from "@/lib/time/date-key";
import { SEARCH_PARAM_NAMES } from "./search-param-names";

export { DEFAULT_RADIUS, RADIUS_CHOICES } from "@/lib/geo/distances";
export { SEARCH_PARAM_NAMES };
export const DATE_RANGES = ["any", "today", "week", "month", "custom"] as const;
export type DateRange = (typeof DATE_RANGES)[number];

export type SearchFilters = {
  near?: { latitude: number; longitude: number; radiusMiles: number; label: string };
  dateRange: DateRange;
  from?: string;
  to?: string;
  department?: string;
  format?: EventFormat;
  language?: string;
  text?: string;
};

export type SearchField =
  "zip" | "lat" | "radius" | "when" | "from" | "to" | "department" | "format" | "language" | "q" | "page";
export type SearchRequest = {
  filters: SearchFilters;
  page: number;
  /** What was typed, to put back in the form. */
  values: Partial<Record<SearchField | "lng", string>>;
  errors: Partial<Record<SearchField, string>>;
};

/** The messages of a search's fields in `locale` (catalog namespace Search.errors). */
function searchMessages(locale: Locale) {
  return createTranslator({ locale, messages: CATALOGS[locale], namespace: "Search.errors" });
}
type SearchMessages = ReturnType<typeof searchMessages>;

function fieldSchemasIn(t: SearchMessages) {
  const dateKey = z
    .string()
    .regex(DATE_KEY_SHAPE, t("dateShape"))
    .refine(isCalendarDate, { error: (issue) => t("notACalendarDate", { typed: String(issue.input) }) });
  return {
    radius: z.coerce.number().refine((n) => (RADIUS_CHOICES as readonly number[]).includes(n), {
      message: t("radius", { choices: RADIUS_CHOICES.join(", ") }),
    }),
    when: z.enum(DATE_RANGES, { error: t("when") }),
    from: dateKey,
    to: dateKey,
    department: z
      .string()
      .max(100, t("departmentTooLong"))
      .regex(/^[a-z0-9-]+$/, t("department")),
    format: z.enum(Object.values(EventFormat) as [EventFormat, ...EventFormat[]], { error: t("format") }),
    language: z.string().regex(/^[a-z]{2,3}$/, t("language")),
    q: z.string().max(100, t("wordsTooLong")).refine(hasNoControlCharacters, t("controlCharacter")),
    page: z.coerce.number().int(t("pageWhole")).min(1, t("pageMin")).max(10_000, t("pageMax")),
    coordinate: z.coerce.number().min(-180).max(180),
  };
}

/** Built once per language: the messages are the only difference. */
const SEARCH_SCHEMAS = new Map<Locale, { t: SearchMessages; fields: ReturnType<typeof fieldSchemasIn> }>();
function schemasIn(locale: Locale) {
  let schemas = SEARCH_SCHEMAS.get(locale);
  if (!schemas) {
    const t = searchMessages(locale);
    schemas = { t, fields: fieldSchemasIn(t) };
    SEARCH_SCHEMAS.set(locale, schemas);
  }
  return schemas;
}

type Raw = Record<string, string | string[] | undefined> | URLSearchParams;


function readValues(raw: Raw): SearchRequest["values"] {
  const get = (name: string) => {
    const value = raw instanceof URLSearchParams ? raw.get(name) : raw[name];
    const first = Array.isArray(value) ? value[0] : value;
    return first?.trim() || undefined;
  };
  const names = SEARCH_PARAM_NAMES;
  const values: SearchRequest["values"] = {};
  for (const name of names) {
    const value = get(name);
    if (value !== undefined) values[name] = value;
  }
  return values;
}

/**
 * Validates a search's query string; invalid fields get a message (in `locale`, English
 * for the feeds and the API) and are left out.
 */
export function parseSearch(raw: Raw, locale: Locale = "en"): SearchRequest {
  const { t, fields: fieldSchemas } = schemasIn(locale);
  const values = readValues(raw);
  const errors: SearchRequest["errors"] = {};
  const take = <T>(field: SearchField, schema: z.ZodType<T>, value: string | undefined): T | undefined => {
    if (value === undefined) return undefined;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    errors[field] = parsed.error.issues[0]?.message ?? t("invalid");
    return undefined;
  };

  const radiusMiles = take("radius", fieldSchemas.radius, values.radius) ?? DEFAULT_RADIUS;
  const filters: SearchFilters = {
    dateRange: take("when", fieldSchemas.when, values.when) ?? "any",
    department: take("department", fieldSchemas.department, values.department),
    format: take("format", fieldSchemas.format, values.format),
    language: take("language", fieldSchemas.language, values.language),
    text: take("q", fieldSchemas.q, values.q),
  };
  if (values.zip !== undefined) {
    const place = ZIP_PATTERN.test(values.zip) ? placeForZip(values.zip) : null;
    if (!ZIP_PATTERN.test(values.zip)) errors.zip = t("zipShape");
    else if (!place) errors.zip = t("zipUnknown", { zip: values.zip });
    else
      filters.near = {
        latitude: place.latitude,
        longitude: place.longitude,
        radiusMiles,
        label: place.label,
      };
  } else if (values.lat !== undefined || values.lng !== undefined) {
    const lat = take("lat", fieldSchemas.coordinate.pipe(z.number().min(-90).max(90)), values.lat);
    const lng = take("lat", fieldSchemas.coordinate, values.lng);
    if (lat !== undefined && lng !== undefined) {
      filters.near = { latitude: lat, longitude: lng, radiusMiles, label: t("yourLocation") };
    } else errors.lat ??= t("location");
  }
  if (filters.dateRange === "custom" || values.from || values.to) {
    filters.dateRange = "custom";
    filters.from = take("from", fieldSchemas.from, values.from);
    filters.to = take("to", fieldSchemas.to, values.to);
    if (filters.from && filters.to && filters.to < filters.from) errors.to = t("endBeforeStart");
  }
  const page = take("page", fieldSchemas.page, values.page) ?? 1;
  return { filters, page, values, errors };
}

export const hasErrors = (request: SearchRequest) => Object.keys(request.errors).length > 0;

/** The query string for a search, e.g. for pagination links and feed links. */
export function searchQuery(
  values: SearchRequest["values"],
  overrides: Record<string, string | undefined> = {},
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...values, ...overrides })) {
    if (value !== undefined && value !== "") params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
