// Great-circle distances in miles, and the latitude/longitude box that holds a circle
// (the index-friendly prefilter in front of the exact distance in SQL).

export const EARTH_RADIUS_MILES = 3958.8;
const MILES_PER_DEGREE_LATITUDE = (Math.PI * EARTH_RADIUS_MILES) / 180;

export type LatLng = { latitude: number; longitude: number };
export type BoundingBox = { minLat: number; maxLat: number; minLng: number; maxLng: number };

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Haversine distance between two points, in miles. */
export function milesBetween(a: LatLng, b: LatLng): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLng = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A box that contains every point within `miles` of `center` (never crossing a pole). */
export function boundingBox(center: LatLng, miles: number): BoundingBox {
  const dLat = miles / MILES_PER_DEGREE_LATITUDE;
  const minLat = Math.max(-90, center.latitude - dLat);
  const maxLat = Math.min(90, center.latitude + dLat);
  const widestLatitude = Math.min(89.9, Math.max(Math.abs(minLat), Math.abs(maxLat)));
  const dLng = miles / (MILES_PER_DEGREE_LATITUDE * Math.cos(radians(widestLatitude)));
  return {
    minLat,
    maxLat,
    minLng: Math.max(-180, center.longitude - dLng),
    maxLng: Math.min(180, center.longitude + dLng),
  };
}
