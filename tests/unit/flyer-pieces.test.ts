import { describe, expect, it } from "vitest";
import { formatLongDate, formatShortDate, formatTimeRange } from "@/lib/time/format";
import { sniffImageFormat } from "@/lib/departments/logo-image";
import { staffDomainsVerified } from "@/lib/departments/verification";
import { qrCode } from "@/lib/qr/qr-code";

describe("Spanish dates and times (the flyer, the Spanish pages)", () => {
  it("names the day, month and zone in Spanish, in 12-hour form", () => {
    const start = new Date("2026-12-02T16:00:00Z");
    expect(formatLongDate(start, "America/New_York", "es")).toBe("miércoles, 2 de diciembre de 2026");
    expect(formatShortDate(start, "America/New_York", "es")).toBe("mié 2 de dic");
    expect(formatTimeRange(start, new Date("2026-12-02T17:30:00Z"), "America/New_York", "es")).toBe(
      "11:00 a.m. – 12:30 p.m. hora del Este (EST)",
    );
    expect(
      formatTimeRange(
        new Date("2026-07-15T15:00:00Z"),
        new Date("2026-07-15T16:30:00Z"),
        "America/Los_Angeles",
        "es",
      ),
    ).toBe("8:00 – 9:30 a.m. hora del Pacífico (PDT)");
  });

  it("reads the same in English as before", () => {
    const start = new Date("2026-12-02T16:00:00Z");
    expect(formatLongDate(start, "America/New_York")).toBe("Wednesday, December 2, 2026");
    expect(formatTimeRange(start, new Date("2026-12-02T17:30:00Z"), "America/New_York")).toBe(
      "11:00 AM – 12:30 PM Eastern Time (EST)",
    );
  });
});

describe("what an uploaded file's first bytes say it is", () => {
  it("knows PNG, JPEG and WebP signatures, spots SVG with or without a prolog, and nothing else", () => {
    expect(sniffImageFormat(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("png");
    expect(sniffImageFormat(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpeg");
    expect(sniffImageFormat(Buffer.from("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ", "latin1"))).toBe("webp");
    expect(sniffImageFormat(Buffer.from('\uFEFF  <?xml version="1.0"?>\n<!-- seal --><svg xmlns="…">'))).toBe(
      "svg",
    );
    expect(sniffImageFormat(Buffer.from("<SVG width='1'>"))).toBe("svg");
    expect(sniffImageFormat(Buffer.from("GIF89a"))).toBeNull();
    expect(sniffImageFormat(Buffer.from("<html><svg></svg></html>"))).toBeNull();
  });
});

describe("the verified department rule", () => {
  it("needs a listed domain, at least one staff member, and every staff email on a listed domain", () => {
    expect(staffDomainsVerified(["ehpd.gov"], ["a@EHPD.gov", "b@ehpd.gov"])).toBe(true);
    expect(staffDomainsVerified(["ehpd.gov"], ["a@ehpd.gov", "b@gmail.com"])).toBe(false);
    expect(staffDomainsVerified(["ehpd.gov"], ["a@mail.ehpd.gov"])).toBe(false);
    expect(staffDomainsVerified([], ["a@ehpd.gov"])).toBe(false);
    expect(staffDomainsVerified(["ehpd.gov"], [])).toBe(false);
  });
});

describe("QR codes as one SVG path", () => {
  it("draws a version-sized square of modules with a 4-module quiet zone", () => {
    const code = qrCode("http://localhost:3000/events/coffee-with-a-cop-burnside-dunkin-2026-12-08");
    expect(code.margin).toBe(4);
    expect((code.size - 17) % 4).toBe(0);
    // The top-left finder pattern starts at the quiet zone's edge with a 7-module run.
    expect(code.path.startsWith("M4 4h7v1h-7z")).toBe(true);
  });
});
