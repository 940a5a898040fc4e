// Shared by the recap specs: a held East Hartford event of its own for each test (a copy
// of the demo's latest held one, so that specs running side by side never share it), with
// an approved question from a resident who left an email.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { withE2eDatabase } from "./fixtures/database";

export type HeldEvent = { id: string; slug: string; askerName: string; askerEmail: string; question: string };

export async function heldEventWithQuestion(): Promise<HeldEvent> {
  const suffix = crypto.randomUUID().replaceAll("-", "").slice(0, 12);
  const eventId = `e2e-recap-event-${suffix}`;
  const askerName = "Renée Parker";
  const askerEmail = `renee.parker.${suffix}@example.com`;
  const question = "Could someone look at the broken crosswalk signal on Burnside by the library?";
  return withE2eDatabase(async (db) => {
    const { rows } = await db.query<{ slug: string }>(
      `INSERT INTO "Event" (id, slug, title, description, format, "startsAt", "endsAt", "timeZone", status,
                            "noHost", languages, "venueId", "createdAt", "updatedAt")
       SELECT $1, e.slug || '-' || $2, e.title, e.description, e.format, e."startsAt", e."endsAt", e."timeZone",
              'PUBLISHED', e."noHost", e.languages, e."venueId", now(), now()
         FROM "Event" e
         JOIN "EventHost" h ON h."eventId" = e.id AND h.state = 'ACCEPTED'
         JOIN "Department" d ON d.id = h."departmentId" AND d.slug = 'east-hartford-police'
        WHERE e.status = 'PUBLISHED' AND e."endsAt" < now()
        ORDER BY e."startsAt" DESC LIMIT 1
       RETURNING slug`,
      [eventId, suffix],
    );
    const slug = rows[0]?.slug;
    if (!slug) throw new Error("the demo data has no held East Hartford event to copy");
    await db.query(
      `INSERT INTO "EventHost" ("eventId", "departmentId", state, "isLead", "createdAt")
       SELECT $1, id, 'ACCEPTED', true, now() FROM "Department" WHERE slug = 'east-hartford-police'`,
      [eventId],
    );
    await db.query(
      `INSERT INTO "Comment" (id, "eventId", "authorName", "authorEmail", body, status, "createdAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, 'APPROVED', now() - interval '2 hours', now())`,
      [`e2e-recap-q-${suffix}`, eventId, askerName, askerEmail, question],
    );
    return { id: eventId, slug, askerName, askerEmail, question };
  });
}

export async function expectNoSeriousAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${label}: ${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious).toEqual([]);
}

export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
