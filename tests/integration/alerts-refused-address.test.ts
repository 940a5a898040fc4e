// An address the mail server refuses for good (550, no such mailbox) is not tried every
// minute for ever: its subscription is deleted, the other addresses get their alert, and
// the job does not fail (so pg-boss does not retry it). A real SMTP server on loopback
// plays the mail server.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createEvent, createVenue, uniqueSuffix } from "../factories";
import { testPrisma } from "../support/db";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp-server";

const db = testPrisma();
let smtp: TestSmtpServer;

beforeAll(async () => {
  smtp = await startSmtpServer({ refuses: (recipient) => recipient.startsWith("gone.") });
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

describe("an address the mail server refuses for good", () => {
  it("loses its subscription; the others get their alert, and the run does not fail", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { sendDueAlerts } = await import("@/lib/alerts/send-alerts");
    const kept = `kept.${uniqueSuffix()}@example.test`;
    const gone = `gone.${uniqueSuffix()}@example.test`;
    const keptSubscription = await confirmedNear06108(kept);
    const goneSubscription = await confirmedNear06108(gone);
    const venue = await createVenue(db, {
      city: "East Hartford",
      state: "CT",
      postalCode: "06108",
      latitude: 41.7682,
      longitude: -72.6432,
      timeZone: "America/New_York",
    });
    const event = await createEvent(db, { venue, title: `Coffee on Main ${uniqueSuffix()}` });

    const run = await sendDueAlerts();
    expect(run.alerts).toBeGreaterThanOrEqual(1);
    expect(smtp.received.filter((mail) => mail.data.includes(event.title)).map((m) => m.envelope)).toEqual([
      [expect.stringMatching(/^MAIL FROM:/), `RCPT TO:<${kept}>`],
    ]);
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
    expect(await db.alertDelivery.count({ where: { eventId: event.id, kind: "NEW_EVENT" } })).toBe(1);
    vi.restoreAllMocks();
  }, 60_000);
});
