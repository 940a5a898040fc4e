// US ZIP code centroids from the offline `zipcodes` data set: no network at run time.
import { lookup } from "zipcodes";

export type Place = { latitude: number; longitude: number; label: string };

import { ZIP_PATTERN } from "./distances";

export { ZIP_PATTERN };

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
