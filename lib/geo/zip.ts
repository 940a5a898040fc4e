// US ZIP code centroids from the offline `zipcodes` data set: no network at run time.
import { lookup } from "zipcodes";

export type Place = { latitude: number; longitude: number; label: string };

/** Five digits, optionally ZIP+4 ("06108-1234"), which is looked up by its first five. */
export const ZIP_PATTERN = /^\d{5}(-\d{4})?$/;

/** The centroid of a US ZIP code, or null when the code is unknown. */
export function placeForZip(zip: string): (Place & { zip: string }) | null {
  if (!ZIP_PATTERN.test(zip)) return null;
  const found = lookup(zip.slice(0, 5));
  if (!found) return null;
  return {
    zip: found.zip,
    latitude: found.latitude,
    longitude: found.longitude,
    label: `${found.zip} (${found.city}, ${found.state})`,
  };
}
