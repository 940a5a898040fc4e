import { describe, expect, it } from "vitest";
import { decodeLocation, encodeLocation } from "@/lib/geo/remembered-location";
import { boundingBox, milesBetween } from "@/lib/geo/distance";

describe("the remembered location cookie", () => {
  it("round-trips a ZIP code (also ZIP+4) or coordinates with the radius", () => {
    expect(decodeLocation(encodeLocation({ zip: "06108", radius: "10" }))).toEqual({
      zip: "06108",
      radius: "10",
    });
    expect(decodeLocation(encodeLocation({ zip: "06108-2907" }))).toEqual({ zip: "06108-2907" });
    expect(decodeLocation(encodeLocation({ lat: "41.7682", lng: "-72.6215", radius: "5" }))).toEqual({
      lat: "41.7682",
      lng: "-72.6215",
      radius: "5",
    });
  });

  it("ignores a tampered or empty cookie instead of failing the page", () => {
    expect(decodeLocation(undefined)).toBeNull();
    expect(decodeLocation("zip=<script>")).toBeNull();
    expect(decodeLocation("zip=06108&radius=7")).toBeNull();
    expect(decodeLocation("radius=10")).toBeNull();
    expect(decodeLocation("lat=41.7")).toBeNull();
  });
});

describe("the bounding box in front of the distance query", () => {
  it("holds every point of the circle, also far north where longitude degrees are short", () => {
    for (const center of [
      { latitude: 41.78, longitude: -72.62 },
      { latitude: 64.84, longitude: -147.72 },
    ]) {
      const box = boundingBox(center, 25);
      for (let bearing = 0; bearing < 360; bearing += 15) {
        const rad = (bearing * Math.PI) / 180;
        // A point 24.9 miles away in this direction (small-distance approximation).
        const dLat = (24.9 / 69.09) * Math.cos(rad);
        const dLng = (24.9 / (69.09 * Math.cos((center.latitude * Math.PI) / 180))) * Math.sin(rad);
        const point = { latitude: center.latitude + dLat, longitude: center.longitude + dLng };
        expect(milesBetween(center, point)).toBeLessThan(25);
        expect(point.latitude).toBeGreaterThanOrEqual(box.minLat);
        expect(point.latitude).toBeLessThanOrEqual(box.maxLat);
        expect(point.longitude).toBeGreaterThanOrEqual(box.minLng);
        expect(point.longitude).toBeLessThanOrEqual(box.maxLng);
      }
    }
  });
});
