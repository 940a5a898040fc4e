// The choices of the place fields (state, time zone) in the department, venue and event
// forms, named in the page's language: the forms are client components and get them as props.
import "server-only";
import { getTranslations } from "next-intl/server";
import { US_STATE_NAMES } from "@/lib/geo/us-states";
import type { Locale } from "@/lib/i18n/routing";
import { SUPPORTED_TIME_ZONES, zoneLabel } from "@/lib/time/zones";

type Option = { value: string; label: string };

/** The states by their names in `locale` ("Nueva York"), in that language's alphabetical order. */
export async function stateOptions(locale: Locale): Promise<Option[]> {
  const t = await getTranslations({ locale, namespace: "States" });
  return Object.keys(US_STATE_NAMES)
    .map((code) => ({ value: code, label: (t as (key: string) => string)(code) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** "Eastern Time — America/New_York" · "Hora del Este — America/New_York": the name people know, then the identifier. */
export function zoneOptions(locale: Locale): Option[] {
  const now = new Date();
  return SUPPORTED_TIME_ZONES.map((zone) => {
    // "hora del Este" starts a line of the list: capitalized, like "Eastern Time".
    const name = zoneLabel(zone, now, locale).replace(/ \(.*\)$/, "");
    return { value: zone, label: `${name.charAt(0).toUpperCase()}${name.slice(1)} — ${zone}` };
  });
}
