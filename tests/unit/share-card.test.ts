import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { shareCardFor } = await import("@/lib/events/share-card");

const event = {
  title: "Coffee with a Cop at Dunkin'",
  titleEs: "Café con un policía en Dunkin'",
  status: "PUBLISHED" as const,
  startsAt: new Date("2026-10-07T13:00:00Z"),
  endsAt: new Date("2026-10-07T14:30:00Z"),
  timeZone: "America/New_York",
  venue: { name: "Dunkin'", city: "East Hartford", state: "CT" },
};

describe("an event's share image speaks the shared page's language", () => {
  it("a Spanish page's image has the Spanish title and the date in Spanish", () => {
    const card = shareCardFor(event, "es");
    expect(card.title).toBe("Café con un policía en Dunkin'");
    expect(card.when).toMatch(/miércoles, 7 de octubre de 2026/);
    expect(card.when).not.toMatch(/Wednesday|AM|PM/);
  });

  it("a cancelled event says so in Spanish, and an event without a Spanish title keeps its English one", () => {
    expect(shareCardFor({ ...event, status: "CANCELLED" }, "es").title).toBe(
      "Cancelado: Café con un policía en Dunkin'",
    );
    expect(shareCardFor({ ...event, titleEs: null }, "es").title).toBe("Coffee with a Cop at Dunkin'");
  });

  it("an English page's image stays in English", () => {
    const card = shareCardFor(event, "en");
    expect(card).toMatchObject({
      title: "Coffee with a Cop at Dunkin'",
      where: "Dunkin', East Hartford, CT",
    });
    expect(card.when).toMatch(/Wednesday, October 7, 2026/);
  });
});
