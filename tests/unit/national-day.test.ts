import { describe, expect, it } from "vitest";
import { nationalDayKey, nextNationalDay } from "@/lib/events/national-day";

describe("National Coffee with a Cop Day", () => {
  it("falls on the first Wednesday of October", () => {
    expect(nationalDayKey(2026)).toBe("2026-10-07");
    expect(nationalDayKey(2027)).toBe("2027-10-06");
    expect(nationalDayKey(2025)).toBe("2025-10-01");
    for (const year of [2025, 2026, 2027, 2028, 2029, 2030]) {
      expect(new Date(`${nationalDayKey(year)}T12:00:00Z`).getUTCDay()).toBe(3);
    }
  });

  it("is highlighted in the six weeks before it and on the day itself, then moves to next year", () => {
    expect(nextNationalDay(new Date("2026-11-22T12:00:00Z"))).toEqual({
      dateKey: "2027-10-06",
      highlight: false,
    });
    expect(nextNationalDay(new Date("2027-08-24T12:00:00Z")).highlight).toBe(false);
    expect(nextNationalDay(new Date("2027-08-26T12:00:00Z"))).toEqual({
      dateKey: "2027-10-06",
      highlight: true,
    });
    expect(nextNationalDay(new Date("2027-10-06T23:00:00Z"))).toEqual({
      dateKey: "2027-10-06",
      highlight: true,
    });
    expect(nextNationalDay(new Date("2027-10-07T12:00:00Z"))).toEqual({
      dateKey: "2028-10-04",
      highlight: false,
    });
  });
});
