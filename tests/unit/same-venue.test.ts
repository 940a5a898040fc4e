import { describe, expect, it } from "vitest";
import { comparableText, isSameVenue } from "@/lib/venues/same-venue";

const diner = {
  name: "Riverside Diner",
  streetAddress: "400 Main St",
  city: "East Hartford",
  state: "CT",
  postalCode: "06118",
};

describe("telling whether a venue typed is one the site already has", () => {
  it("ignores case, spacing, punctuation, accents and a leading The", () => {
    expect(comparableText("  The RIVERSIDE   diner. ")).toBe("riverside diner");
    expect(comparableText("Café Olé")).toBe("cafe ole");
    expect(comparableText("Dunkin'")).toBe("dunkin");
  });

  it("reads St/Street, Ave/Avenue, N./North and & / and alike", () => {
    expect(comparableText("400 Main St.")).toBe(comparableText("400 main street"));
    expect(comparableText("12 N. Burnside Ave")).toBe(comparableText("12 North Burnside Avenue"));
    expect(comparableText("Bread & Butter")).toBe(comparableText("Bread and Butter"));
  });

  it("matches the same name and address in the same city or ZIP code and state", () => {
    expect(isSameVenue(diner, { ...diner, name: "riverside diner", streetAddress: "400 Main Street" })).toBe(
      true,
    );
    expect(isSameVenue(diner, { ...diner, city: "E Hartford" })).toBe(true); // same ZIP code
    expect(isSameVenue(diner, { ...diner, state: "ct" })).toBe(true);
  });

  it("tells apart another address, another name, or the same street in another state", () => {
    expect(isSameVenue(diner, { ...diner, streetAddress: "410 Main St" })).toBe(false);
    expect(isSameVenue(diner, { ...diner, name: "Riverside Bakery" })).toBe(false);
    expect(isSameVenue(diner, { ...diner, state: "MA" })).toBe(false);
    expect(isSameVenue(diner, { ...diner, city: "Hartford", postalCode: "06103" })).toBe(false);
  });
});
