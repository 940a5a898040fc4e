// The choices of the place fields in the department and venue forms.
import { US_STATE_NAMES } from "@/lib/geo/us-states";
import { SUPPORTED_TIME_ZONES, zoneLabel } from "@/lib/time/zones";

export const STATE_OPTIONS = Object.entries(US_STATE_NAMES).map(([value, label]) => ({ value, label }));

/** "Eastern Time — America/New_York": the name people know, then the identifier. */
export const ZONE_OPTIONS = SUPPORTED_TIME_ZONES.map((zone) => ({
  value: zone,
  label: `${zoneLabel(zone, new Date()).replace(/ \(.*\)$/, "")} — ${zone}`,
}));
