// The last place a resident searched from, kept in a cookie (no account needed).
import { z } from "zod";
import { RADIUS_CHOICES } from "@/lib/events/search-params";
import { ZIP_PATTERN } from "./zip";

export const LOCATION_COOKIE = "cwac-location";
export const LOCATION_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

const Remembered = z.object({
  zip: z.string().regex(ZIP_PATTERN).optional(),
  lat: z
    .string()
    .regex(/^-?\d{1,3}(\.\d+)?$/)
    .optional(),
  lng: z
    .string()
    .regex(/^-?\d{1,3}(\.\d+)?$/)
    .optional(),
  radius: z.enum(RADIUS_CHOICES.map(String) as [string, ...string[]]).optional(),
});
export type RememberedLocation = z.infer<typeof Remembered>;

export function encodeLocation(location: RememberedLocation): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(location)) if (value) params.set(name, value);
  return params.toString();
}

export function decodeLocation(cookie: string | undefined): RememberedLocation | null {
  if (!cookie) return null;
  const parsed = Remembered.safeParse(Object.fromEntries(new URLSearchParams(cookie)));
  if (!parsed.success || (!parsed.data.zip && !(parsed.data.lat && parsed.data.lng))) return null;
  return parsed.data;
}
