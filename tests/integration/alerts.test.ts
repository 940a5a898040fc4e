// Email alerts, as a resident meets them: nothing but a confirmation until its link is
// used; then one email per new event near the ZIP code (or from the department), none
// for events elsewhere, a short notice when one is cancelled, and nothing at all once
// unsubscribed. Emails go to the development outbox (no SMTP_URL here).
import { describe, expect, it, vi } from "vitest";
import { changeSubscription } from "@/lib/alerts/change-subscription";
import { confirmSubscription } from "@/lib/alerts/confirm-subscription";
import { deleteSubscription } from "@/lib/alerts/delete-subscription";
import { findSubscriptionByManageToken } from "@/lib/alerts/queries";
import { SubscribeSchema } from "@/lib/alerts/schemas";
import { sendDueAlerts, sendWeeklyDigests } from "@/lib/alerts/send-alerts";
import { subscribeToAlerts } from "@/lib/alerts/subscribe";
import { isAuthError } from "@/lib/auth/errors";
import { issueFormToken } from "@/lib/comments/form-token";
import { runHousekeeping } from "@/lib/jobs/housekeeping";
import { createDepartment, createEvent, createVenue, uniqueSuffix } from "../factories";
import { testPrisma } from "../support/db";

const db = testPrisma();
const EASTERN = "America/New_York";

/** A sign-up form as the page posts it, shown 10 s ago. */
function signUp(fields: Record<string, string>) {
  return SubscribeSchema.parse({
    kind: "near",
    zip: "06108",
    radiusMiles: "10",
    departmentId: "",
    frequency: "IMMEDIATE",
    locale: "en",
    timeTrap: issueFormToken(new Date(Date.now() - 10_000)),
    website: "",
    ...fields,
  });
}

const sender = () => ({ senderHash: `test-${uniqueSuffix()}` });
const newEmail = () => `resident.${uniqueSuffix()}@example.test`;

async function outbox(to: string) {
  return db.outboxEmail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
}

const tokenIn = (text: string, page: "confirm" | "manage" | "unsubscribe") =>
  new RegExp(`/alerts/${page}\\?token=([\\w%-]+)`).exec(text)?.[1];

/** Signs up, lets the job send the confirmation, and uses its link; returns the address. */
async function confirmedSubscriber(fields: Record<string, string> = {}) {
  const email = newEmail();
  await subscribeToAlerts(null, signUp({ email, ...fields }), sender());
  await sendDueAlerts();
  const [confirmation] = await outbox(email);
  await confirmSubscription(null, { token: decodeURIComponent(tokenIn(confirmation!.text, "confirm")!) });
  return email;
}

const eastHartford = () =>
  createVenue(db, {
    name: "Raymond Library",
    city: "East Hartford",
    state: "CT",
    postalCode: "06108",
    latitude: 41.7682,
    longitude: -72.6432,
    timeZone: EASTERN,
  });

const ventura = () =>
  createVenue(db, {
    name: "Ventura Harbor Village",
    city: "Ventura",
    state: "CA",
    postalCode: "93001",
    latitude: 34.2466,
    longitude: -119.2653,
    timeZone: "America/Los_Angeles",
  });

describe("alerts by email", () => {
  it("sends nothing but a confirmation until its link is used; then tells of new events nearby only", async () => {
    const email = newEmail();
    await subscribeToAlerts(null, signUp({ email }), sender());
    const before = await createEvent(db, { venue: await eastHartford(), title: `Before ${uniqueSuffix()}` });
    await sendDueAlerts();
    const [confirmation, ...others] = await outbox(email);
    expect(others).toEqual([]);
    expect(confirmation!.subject).toBe("Please confirm your Coffee with a Cop alerts");
    expect(confirmation!.text).toContain("within 10 miles of ZIP 06108");
    expect(await sendDueAlerts()).toMatchObject({ confirmations: 0, alerts: 0 });

    const token = decodeURIComponent(tokenIn(confirmation!.text, "confirm")!);
    await confirmSubscription(null, { token });
    const near = await createEvent(db, { venue: await eastHartford(), title: `Near ${uniqueSuffix()}` });
    const far = await createEvent(db, { venue: await ventura(), title: `Far ${uniqueSuffix()}` });
    await sendDueAlerts();

    const alerts = (await outbox(email)).slice(1);
    expect(alerts.map((a) => a.subject)).toEqual([`New event: ${near.title}`]);
    expect(alerts[0]!.text).toContain(`/events/${near.slug}`);
    expect(alerts[0]!.text).not.toContain(before.title);
    expect(alerts[0]!.text).not.toContain(far.title);
    const headers = alerts[0]!.headers as Record<string, string>;
    expect(headers["List-Unsubscribe"]).toMatch(/^<http.*\/api\/alerts\/unsubscribe\?token=[\w-]+>$/);
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  });

  it("tells each subscriber of each event once, however many runs overlap", async () => {
    const email = await confirmedSubscriber();
    await createEvent(db, { venue: await eastHartford(), title: `Once ${uniqueSuffix()}` });
    await Promise.all([sendDueAlerts(), sendDueAlerts(), sendDueAlerts()]);
    await sendDueAlerts();
    expect((await outbox(email)).filter((e) => e.subject.startsWith("New event"))).toHaveLength(1);
    expect(await db.alertDelivery.count({ where: { subscription: { email } } })).toBe(1);
  });

  it("a department's alerts tell of the events it hosts, wherever they are, and of no other", async () => {
    const department = await createDepartment(db, { timeZone: EASTERN });
    const email = await confirmedSubscriber({ kind: "department", departmentId: department.id, zip: "" });
    const hosted = await createEvent(db, {
      venue: await ventura(),
      hosts: [department],
      title: `Ours ${uniqueSuffix()}`,
    });
    await createEvent(db, { venue: await eastHartford(), title: `Theirs ${uniqueSuffix()}` });
    await sendDueAlerts();
    expect((await outbox(email)).slice(1).map((e) => e.subject)).toEqual([`New event: ${hosted.title}`]);
  });

  it("a cancelled event sends a short notice to those who were told of it, and to nobody else", async () => {
    const told = await confirmedSubscriber();
    const event = await createEvent(db, {
      venue: await eastHartford(),
      title: `Rained out ${uniqueSuffix()}`,
    });
    await sendDueAlerts();
    const late = await confirmedSubscriber();
    await db.event.update({
      where: { id: event.id },
      data: { status: "CANCELLED", cancellationReason: "Storm warning: see you next month" },
    });
    await sendDueAlerts();
    await sendDueAlerts();
    const notices = (await outbox(told)).filter((e) => e.subject.startsWith("Cancelled"));
    expect(notices.map((e) => e.subject)).toEqual([`Cancelled: ${event.title}`]);
    expect(notices[0]!.text).toContain("Storm warning: see you next month");
    expect((await outbox(late)).map((e) => e.subject)).not.toContain(`Cancelled: ${event.title}`);
  });

  it("a weekly subscriber gets one digest listing the new events, and the next digest does not repeat them", async () => {
    const email = await confirmedSubscriber({ frequency: "WEEKLY" });
    const first = await createEvent(db, {
      venue: await eastHartford(),
      title: `Digest one ${uniqueSuffix()}`,
    });
    const second = await createEvent(db, {
      venue: await eastHartford(),
      title: `Digest two ${uniqueSuffix()}`,
    });
    await sendDueAlerts();
    expect((await outbox(email)).slice(1)).toEqual([]);
    await sendWeeklyDigests();
    await sendWeeklyDigests();
    const digests = (await outbox(email)).slice(1);
    expect(digests.map((e) => e.subject)).toEqual(["2 new Coffee with a Cop events this week"]);
    expect(digests[0]!.text).toContain(first.title);
    expect(digests[0]!.text).toContain(second.title);
  });

  it("writes in the language of the form, and the manage link changes how often", async () => {
    const email = await confirmedSubscriber({ locale: "es" });
    const [confirmation] = await outbox(email);
    expect(confirmation!.subject).toBe("Confirme sus avisos de Coffee with a Cop");
    expect(confirmation!.text).toContain("/es/alerts/confirm?token=");
    await createEvent(db, { venue: await eastHartford(), title: `Café ${uniqueSuffix()}` });
    await sendDueAlerts();
    const alert = (await outbox(email))[1]!;
    expect(alert.subject).toMatch(/^Nuevo evento: /);
    const token = decodeURIComponent(tokenIn(alert.text, "manage")!);
    await changeSubscription(null, { token, frequency: "WEEKLY", radiusMiles: 25 });
    expect(await findSubscriptionByManageToken(token)).toMatchObject({
      frequency: "WEEKLY",
      radiusMiles: 25,
    });
  });

  it("unsubscribing deletes the subscription and its address; nothing more is sent, and the link stops working", async () => {
    const email = await confirmedSubscriber();
    const [confirmation] = await outbox(email);
    const token = decodeURIComponent(tokenIn(confirmation!.text, "manage") ?? "");
    // The confirmation email carries no manage link; the first alert does.
    expect(token).toBe("");
    await createEvent(db, { venue: await eastHartford(), title: `Last ${uniqueSuffix()}` });
    await sendDueAlerts();
    const manage = decodeURIComponent(tokenIn((await outbox(email))[1]!.text, "unsubscribe")!);
    await deleteSubscription(null, { token: manage });
    expect(await db.alertSubscription.count({ where: { email } })).toBe(0);
    await createEvent(db, { venue: await eastHartford(), title: `After ${uniqueSuffix()}` });
    await sendDueAlerts();
    expect(await outbox(email)).toHaveLength(2);
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const again = await deleteSubscription(null, { token: manage }).catch((error: unknown) => error);
    expect(isAuthError(again)).toBe(true);
    vi.restoreAllMocks();
  });

  it("signing up again for the same alerts makes no second subscription and tells an already-subscribed address so", async () => {
    const email = await confirmedSubscriber();
    await subscribeToAlerts(null, signUp({ email }), sender());
    await sendDueAlerts();
    expect(await db.alertSubscription.count({ where: { email } })).toBe(1);
    const last = (await outbox(email)).at(-1)!;
    expect(last.subject).toBe("Your Coffee with a Cop alerts");
    expect(last.text).toContain("/alerts/manage?token=");
  });

  it("a bot (honeypot filled, or no form token) is answered like a person and nothing is stored", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const email = newEmail();
    await subscribeToAlerts(null, signUp({ email, website: "http://spam.example" }), sender());
    await subscribeToAlerts(null, signUp({ email, timeTrap: "" }), sender());
    expect(await db.alertSubscription.count({ where: { email } })).toBe(0);
    vi.restoreAllMocks();
  });

  it("one address is sent only a few confirmation links a day, whoever asks", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const email = newEmail();
    for (const zip of ["06108", "06103", "06118"])
      await subscribeToAlerts(null, signUp({ email, zip }), sender());
    await expect(subscribeToAlerts(null, signUp({ email, zip: "06106" }), sender())).rejects.toMatchObject({
      code: 429,
    });
    vi.restoreAllMocks();
  });

  it("an unconfirmed sign-up is deleted with its address once its link expired, and the link no longer works", async () => {
    const email = newEmail();
    await subscribeToAlerts(null, signUp({ email }), sender());
    await sendDueAlerts();
    const token = decodeURIComponent(tokenIn((await outbox(email))[0]!.text, "confirm")!);
    const inFourDays = new Date(Date.now() + 4 * 24 * 60 * 60_000);
    vi.spyOn(console, "warn").mockImplementation(() => {});
    await expect(confirmSubscription(null, { token }, inFourDays)).rejects.toSatisfy(isAuthError);
    vi.restoreAllMocks();
    await runHousekeeping(inFourDays);
    expect(await db.alertSubscription.count({ where: { email } })).toBe(0);
  });
});
