import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { withE2eDatabase } from "./fixtures/database";

// Copies an upcoming published event (its venue and hosts too) under a new slug and
// title, so no other test sees the change.
async function eventTitled(title: string): Promise<string> {
  const slug = `share-image-${randomUUID().slice(0, 8)}`;
  const id = `share-image-${randomUUID()}`;
  await withE2eDatabase(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `SELECT e.id FROM "Event" e
       WHERE e.status = 'PUBLISHED' AND e."startsAt" > now()
         AND EXISTS (SELECT 1 FROM "EventHost" h WHERE h."eventId" = e.id AND h.state = 'ACCEPTED')
       ORDER BY e."startsAt" LIMIT 1`,
    );
    const source = rows[0]?.id;
    if (!source) throw new Error("the demo data has no upcoming published event");
    await db.query(
      `INSERT INTO "Event" (id, slug, title, description, format, "startsAt", "endsAt", "timeZone",
         status, "noHost", languages, "venueId", "updatedAt")
       SELECT $1, $2, $3, description, format, "startsAt", "endsAt", "timeZone",
         status, "noHost", languages, "venueId", now()
       FROM "Event" WHERE id = $4`,
      [id, slug, title, source],
    );
    await db.query(
      `INSERT INTO "EventHost" ("eventId", "departmentId", state)
       SELECT $1, "departmentId", state FROM "EventHost" WHERE "eventId" = $2`,
      [id, source],
    );
  });
  return slug;
}

test("an event's share image draws a title in several scripts and emoji without the network", async ({
  request,
}) => {
  const slug = await eventTitled("Café con un policía ☕ Cà phê với cảnh sát 与警察喝咖啡 👮‍♀️🚓");
  const page = await request.get(`/events/${slug}`);
  expect(page.status()).toBe(200);
  const imageUrl = /<meta property="og:image" content="([^"]+)"/.exec(await page.text())?.[1];
  expect(imageUrl).toContain(`/events/${slug}/opengraph-image`);

  const started = Date.now();
  const response = await request.get(`/events/${slug}/opengraph-image`, { timeout: 5_000 });
  const elapsed = Date.now() - started;
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = await response.body();
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  expect(elapsed).toBeLessThan(5_000);
  await test.info().attach("share-image.png", { body: png, contentType: "image/png" });
});
