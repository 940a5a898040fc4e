// The last place a resident searched from, kept in a cookie (no account needed). Read
// in the browser (components/search/remembered-location.tsx), so that the pages that
// offer it stay the same for everyone and can be cached: no library, no ZIP database.
import { RADIUS_CHOICES, ZIP_PATTERN } from "./distances";

export const LOCATION_COOKIE = "cwac-location";
export const LOCATION_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

export type RememberedLocation = { zip?: string; lat?: string; lng?: string; radius?: string };

const COORDINATE = /^-?\d{1,3}(\.\d+)?$/;
const VALID: Record<keyof RememberedLocation, (value: string) => boolean> = {
  zip: (value) => ZIP_PATTERN.test(value),
  lat: (value) => COORDINATE.test(value),
  lng: (value) => COORDINATE.test(value),
  radius: (value) => RADIUS_CHOICES.map(String).includes(value),
};

export function encodeLocation(location: RememberedLocation): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(location)) if (value) params.set(name, value);
  return params.toString();
}

/** The cookie's value, or null when it is missing, malformed or names no place. */
export function decodeLocation(cookie: string | undefined): RememberedLocation | null {
  if (!cookie) return null;
  const location: RememberedLocation = {};
  for (const [name, value] of new URLSearchParams(cookie)) {
    if (!(name in VALID)) continue;
    const key = name as keyof RememberedLocation;
    if (!VALID[key](value)) return null;
    location[key] = value;
  }
  return location.zip || (location.lat && location.lng) ? location : null;
}

/** The location cookie among the browser's cookies (document.cookie). */
export function rememberedLocationIn(cookieHeader: string): RememberedLocation | null {
  const entry = cookieHeader.split("; ").find((cookie) => cookie.startsWith(`${LOCATION_COOKIE}=`));
  return entry ? decodeLocation(decodeURIComponent(entry.slice(LOCATION_COOKIE.length + 1))) : null;
}
