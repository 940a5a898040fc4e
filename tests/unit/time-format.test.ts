import { describe, expect, it } from "vitest";
import {
  formatClockTime,
  formatUtcMoment,
  formatMoment,
  formatTimeRange,
  isoWithOffset,
  localDateKey,
  formatLongDate,
} from "@/lib/time/format";
import { zoneLabel } from "@/lib/time/zones";

describe("event times in the venue's zone", () => {
  it("shows Pacific daylight time in summer and standard time after the November change", () => {
    const summer = new Date("2026-07-15T15:00:00Z");
    expect(formatTimeRange(summer, new Date("2026-07-15T16:30:00Z"), "America/Los_Angeles")).toBe(
      "8:00 – 9:30 AM Pacific Time (PDT)",
    );
    // Same UTC clock time, after DST ends on 1 November 2026: one hour earlier locally.
    const winter = new Date("2026-11-04T15:00:00Z");
    expect(formatTimeRange(winter, new Date("2026-11-04T16:30:00Z"), "America/Los_Angeles")).toBe(
      "7:00 – 8:30 AM Pacific Time (PST)",
    );
  });

  it("names the zone of a moment, such as when a comment was sent", () => {
    expect(formatMoment(new Date("2026-11-25T14:06:00Z"), "America/Los_Angeles")).toBe(
      "Wed, Nov 25, 6:06 AM PST",
    );
    expect(formatMoment(new Date("2026-07-04T13:30:00Z"), "America/New_York")).toBe(
      "Sat, Jul 4, 9:30 AM EDT",
    );
  });

  it("names Arizona's zone without daylight saving all year", () => {
    expect(zoneLabel("America/Phoenix", new Date("2026-07-01T12:00:00Z"))).toBe("Arizona Time (MST)");
  });

  it("writes the morning-to-afternoon range with both periods", () => {
    expect(
      formatTimeRange(new Date("2026-12-02T16:30:00Z"), new Date("2026-12-02T18:00:00Z"), "America/New_York"),
    ).toBe("11:30 AM – 1:00 PM Eastern Time (EST)");
  });

  it("puts a late-evening UTC instant on the local calendar day", () => {
    const lateEvening = new Date("2026-12-03T03:00:00Z"); // 7 pm on Dec 2 in Los Angeles
    expect(localDateKey(lateEvening, "America/Los_Angeles")).toBe("2026-12-02");
    expect(formatLongDate(lateEvening, "America/Los_Angeles")).toBe("Wednesday, December 2, 2026");
    expect(isoWithOffset(lateEvening, "America/Los_Angeles")).toBe("2026-12-02T19:00:00-08:00");
  });

  it("writes stored wall-clock times in 12-hour form, as the series list shows them", () => {
    expect(formatClockTime("08:00")).toBe("8:00 AM");
    expect(formatClockTime("00:05")).toBe("12:05 AM");
    expect(formatClockTime("12:00")).toBe("12:00 PM");
    expect(formatClockTime("18:30")).toBe("6:30 PM");
  });

  it("writes when a record was written in 12-hour UTC, for the audit log and the outbox", () => {
    expect(formatUtcMoment(new Date("2026-11-28T14:05:09Z"))).toBe("Nov 28, 2026, 2:05:09 PM UTC");
    expect(formatUtcMoment(new Date("2026-11-28T00:00:00Z"))).toBe("Nov 28, 2026, 12:00:00 AM UTC");
  });

  it("writes it in Spanish on Spanish staff pages", () => {
    expect(formatUtcMoment(new Date("2026-11-28T14:05:09Z"), "es")).toBe(
      "28 de nov de 2026, 2:05:09 p.m. UTC",
    );
  });
});
