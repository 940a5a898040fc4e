// Alerts go out from the job runner (pg-boss on PostgreSQL), through SMTP: a send the
// mail server refuses is retried by pg-boss and goes out; no alert is ever sent twice,
// however often the job runs. An address the mail server refuses for good (550, no such
// mailbox) is not tried every minute for ever: its subscription is deleted. A real SMTP
// server on loopback plays the mail server.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createEvent, createVenue, uniqueSuffix } from "../factories";
import { testPrisma } from "../support/db";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp-server";

const db = testPrisma();
let smtp: TestSmtpServer;

beforeAll(async () => {
  // The first message is refused with "451 try again later", addresses "gone.…" for good.
  smtp = await startSmtpServer({ failFirst: 1, refuses: (recipient) => recipient.startsWith("gone.") });
  // Read by lib/env.ts when the site's modules load below, so they send through it.
  process.env.SMTP_URL = smtp.url;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});

/** A confirmed subscription near ZIP 06108, as the confirmation link leaves it. */
async function confirmedNear06108(email: string) {
  const { linkTokenHashes } = await import("@/lib/alerts/links");
  const linkNonce = `nonce-${uniqueSuffix()}`;
  return db.alertSubscription.create({
    data: {
      email,
      zip: "06108",
      latitude: 41.7849,
      longitude: -72.6253,
      radiusMiles: 10,
      linkNonce,
      ...linkTokenHashes(linkNonce),
      confirmExpiresAt: new Date(Date.now() + 60_000),
      confirmRequestedAt: new Date(Date.now() - 2_000),
      confirmationSentAt: new Date(Date.now() - 1_500),
      confirmedAt: new Date(Date.now() - 1_000),
    },
  });
}

/** A venue in East Hartford, within 10 miles of 06108. */
const eastHartfordVenue = () =>
  createVenue(db, {
    city: "East Hartford",
    state: "CT",
    postalCode: "06108",
    latitude: 41.7682,
    longitude: -72.6432,
    timeZone: "America/New_York",
  });

describe("alerts through the job runner", () => {
  it("retries a send the mail server refused, then sends it once; running the job again sends nothing", async () => {
    vi.spyOn(console, "info").mockImplementation(() => {});
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { startJobRunner, JOBS } = await import("@/lib/jobs/runner");
    const { sendDueAlerts } = await import("@/lib/alerts/send-alerts");
    const email = `runner.${uniqueSuffix()}@example.test`;
    await confirmedNear06108(email);
    const venue = await eastHartfordVenue();
    const event = await createEvent(db, { venue, title: `Coffee by the river ${uniqueSuffix()}` });

    const boss = await startJobRunner(process.env.DATABASE_URL, { retry: { retryLimit: 3, retryDelay: 1 } });
    try {
      expect(await boss.getSchedules()).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: JOBS.emailAlerts.queue, cron: "* * * * *" }),
          expect.objectContaining({ name: JOBS.alertDigest.queue, cron: "0 13 * * 1" }),
        ]),
      );
      await boss.send(JOBS.emailAlerts.queue, {});
      await expect.poll(() => smtp.received.length, { timeout: 45_000, interval: 250 }).toBe(1);
      // The first attempt was refused and rolled back; pg-boss's retry sent it.
      expect(smtp.attempts()).toBe(2);
      const [mail] = smtp.received;
      expect(mail!.envelope).toContain(`RCPT TO:<${email}>`);
      expect(mail!.data).toContain(`New event: ${event.title}`);
      // Long header lines are folded (RFC 5322): unfold before reading them.
      const unfolded = mail!.data.replace(/\n[ \t]+/g, " ");
      expect(unfolded).toMatch(/^List-Unsubscribe: <http[^>]+\/api\/alerts\/unsubscribe\?token=[\w-]+>$/m);
      expect(unfolded).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
    await sendDueAlerts();
    await sendDueAlerts();
    expect(smtp.received.map((m) => /^Subject: (.*)$/m.exec(m.data)?.[1])).toEqual([
      `New event: ${event.title}`,
    ]);
    expect(await db.alertDelivery.count({ where: { eventId: event.id, kind: "NEW_EVENT" } })).toBe(1);
    vi.restoreAllMocks();
  }, 60_000);

  it("an address refused for good loses its subscription; the others get their alert, and the run does not fail", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { sendDueAlerts } = await import("@/lib/alerts/send-alerts");
    const kept = `kept.${uniqueSuffix()}@example.test`;
    const gone = `gone.${uniqueSuffix()}@example.test`;
    const keptSubscription = await confirmedNear06108(kept);
    const goneSubscription = await confirmedNear06108(gone);
    const venue = await eastHartfordVenue();
    const event = await createEvent(db, { venue, title: `Coffee on Main ${uniqueSuffix()}` });

    const run = await sendDueAlerts();
    expect(run.alerts).toBeGreaterThanOrEqual(1);
    // Everyone near 06108 is told (the test above left one subscription too), but "gone.…".
    const told = smtp.received
      .filter((mail) => mail.data.includes(event.title))
      .flatMap((mail) => mail.envelope.filter((line) => line.startsWith("RCPT")));
    expect(told).toContain(`RCPT TO:<${kept}>`);
    expect(told).not.toContain(`RCPT TO:<${gone}>`);
    expect(await db.alertSubscription.findUnique({ where: { id: goneSubscription.id } })).toBeNull();
    expect(await db.alertSubscription.findUnique({ where: { id: keptSubscription.id } })).not.toBeNull();
    // The log names the subscription, never the address.
    const logged = JSON.stringify(warn.mock.calls);
    expect(logged).toContain(goneSubscription.id);
    expect(logged).not.toContain(gone);

    // The next run tries nobody again, and has nothing to fail on.
    const offered = smtp.attempts();
    await sendDueAlerts();
    expect(smtp.attempts()).toBe(offered);
    expect(await db.alertDelivery.count({ where: { eventId: event.id, kind: "NEW_EVENT" } })).toBe(
      told.length,
    );
    vi.restoreAllMocks();
  }, 60_000);
});
