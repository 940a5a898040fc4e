// US ZIP code centroids from the offline `zipcodes` data set: no network at run time.
import { lookup } from "zipcodes";

export type Place = { latitude: number; longitude: number; label: string };

export const ZIP_PATTERN = /^\d{5}$/;

/** The centroid of a five-digit US ZIP code, or null when the code is unknown. */
export function placeForZip(zip: string): (Place & { zip: string }) | null {
  if (!ZIP_PATTERN.test(zip)) return null;
  const found = lookup(zip);
  if (!found) return null;
  return {
    zip: found.zip,
    latitude: found.latitude,
    longitude: found.longitude,
    label: `${found.zip} (${found.city}, ${found.state})`,
  };
}
