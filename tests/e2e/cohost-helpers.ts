// A fresh co-host invitation in the end-to-end database: Hartford Police posts a
// published event and invites East Hartford (the demo staff account's department).
import { randomBytes } from "node:crypto";
import { withE2eDatabase } from "./fixtures/database";

export async function inviteEastHartford(label: string): Promise<{ title: string; slug: string }> {
  const suffix = randomBytes(4).toString("hex");
  const title = `Co-hosted coffee ${label} ${suffix}`;
  const slug = `co-hosted-coffee-${suffix}`;
  await withE2eDatabase(async (db) => {
    const eventId = `e2e-${suffix}`;
    await db.query(
      `INSERT INTO "Event" (id, slug, title, description, "startsAt", "endsAt", "timeZone", status, "venueId", "updatedAt")
       SELECT $1, $2, $3, 'Officers from Hartford and East Hartford, together for coffee.',
              now() + interval '9 days', now() + interval '9 days 90 minutes', v."timeZone", 'PUBLISHED', v.id, now()
       FROM "Venue" v WHERE v.slug = 'hartford-public-library-downtown'`,
      [eventId, slug, title],
    );
    await db.query(
      `INSERT INTO "EventHost" ("eventId", "departmentId", state, "createdAt")
       SELECT $1, d.id, CASE d.slug WHEN 'hartford-police' THEN 'ACCEPTED' ELSE 'INVITED' END::"HostState",
              now() + CASE d.slug WHEN 'hartford-police' THEN interval '0' ELSE interval '1 millisecond' END
       FROM "Department" d WHERE d.slug IN ('hartford-police', 'east-hartford-police')`,
      [eventId],
    );
  });
  return { title, slug };
}
