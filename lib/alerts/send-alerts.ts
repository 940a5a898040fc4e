// Sends what alerts are due. Run by the job runner (lib/jobs/runner.ts), never inside a
// web request. Each email is sent inside the transaction that records it (a delivery row,
// unique per subscription, event and kind): a send that throws rolls its row back and is
// sent on the job's retry; a second run, or a second instance, finds the row and sends
// nothing. One failed address does not hold up the others; the job fails at the end so
// pg-boss retries it. An address the mail server refuses for good (550, no such mailbox)
// is not tried again: its subscription is deleted, as if its owner had stopped it.
import "server-only";
import { prisma } from "@/lib/db/client";
import type { AlertDeliveryKind } from "@/lib/generated/prisma/enums";
import { recipientRefused, sendMail, type Email } from "@/lib/mail/send";
import {
  alertEventSelect,
  alertRecipientSelect,
  cancelledEmail,
  confirmationEmail,
  digestEmail,
  newEventEmail,
  type AlertEvent,
  type AlertRecipient,
} from "./emails";
import {
  listCancellationMatches,
  listDigestSubscriptionIds,
  listNewEventMatches,
  type Match,
} from "./matches";

/** A claim found taken when the send was about to happen: another run told them already. */
class AlreadyTold extends Error {}

/** Records the deliveries and sends the email in one transaction; false when already told. */
async function sendOnce(kind: AlertDeliveryKind, matches: Match[], email: Email): Promise<boolean> {
  try {
    await prisma.$transaction(
      async (db) => {
        const { count } = await db.alertDelivery.createMany({
          data: matches.map((m) => ({ ...m, kind })),
          skipDuplicates: true,
        });
        if (count !== matches.length) throw new AlreadyTold();
        await sendMail(email);
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
    return true;
  } catch (error) {
    if (error instanceof AlreadyTold) return false;
    throw error;
  }
}

type Failure = { what: string; error: unknown };

/**
 * Runs each send, keeps going past failures, and reports them together. A subscription
 * whose address the mail server refused for good is deleted instead.
 */
async function eachSend<T>(
  items: T[],
  what: string,
  subscriptionOf: (item: T) => string,
  send: (item: T) => Promise<boolean>,
) {
  let sent = 0;
  const failures: Failure[] = [];
  for (const item of items) {
    try {
      if (await send(item)) sent++;
    } catch (error) {
      if (recipientRefused(error)) await forgetRefusedAddress(subscriptionOf(item), error);
      else failures.push({ what, error });
    }
  }
  return { sent, failures };
}

async function forgetRefusedAddress(subscriptionId: string, error: unknown) {
  await prisma.alertSubscription.deleteMany({ where: { id: subscriptionId } });
  // The subscription's id, never its address (the privacy page promises to show it to nobody).
  console.warn("[alerts] the mail server refused an address for good; its subscription is deleted", {
    subscriptionId,
    response: error instanceof Error ? error.message : String(error),
  });
}

async function loadRecipients(ids: string[]): Promise<Map<string, AlertRecipient>> {
  const rows = await prisma.alertSubscription.findMany({
    where: { id: { in: ids } },
    select: alertRecipientSelect,
  });
  return new Map(rows.map((row) => [row.id, row]));
}

async function loadEvents(ids: string[]): Promise<Map<string, AlertEvent>> {
  const rows = await prisma.event.findMany({ where: { id: { in: ids } }, select: alertEventSelect });
  return new Map(rows.map((row) => [row.id, row]));
}

/** Confirmation emails asked for (a sign-up, or a sign-up again), each sent once. */
async function sendConfirmations(now: Date) {
  const due = await prisma.alertSubscription.findMany({
    where: {
      AND: [
        // An expired confirmation link is not worth sending; housekeeping deletes the row.
        { OR: [{ confirmedAt: { not: null } }, { confirmExpiresAt: { gt: now } }] },
        {
          OR: [
            { confirmationSentAt: null },
            { confirmationSentAt: { lt: prisma.alertSubscription.fields.confirmRequestedAt } },
          ],
        },
      ],
    },
    select: { ...alertRecipientSelect, confirmRequestedAt: true },
    orderBy: { confirmRequestedAt: "asc" },
    take: 200,
  });
  return eachSend(
    due,
    "confirmation",
    (recipient) => recipient.id,
    async (recipient) => {
      try {
        await prisma.$transaction(
          async (db) => {
            // Claimed by marking it sent: a second run finds it sent and skips it.
            const { count } = await db.alertSubscription.updateMany({
              where: {
                id: recipient.id,
                confirmRequestedAt: recipient.confirmRequestedAt,
                OR: [
                  { confirmationSentAt: null },
                  { confirmationSentAt: { lt: recipient.confirmRequestedAt } },
                ],
              },
              data: { confirmationSentAt: now },
            });
            if (count !== 1) throw new AlreadyTold();
            await sendMail(confirmationEmail(recipient));
          },
          { maxWait: 10_000, timeout: 60_000 },
        );
        return true;
      } catch (error) {
        if (error instanceof AlreadyTold) return false;
        throw error;
      }
    },
  );
}

async function sendPerMatch(
  kind: AlertDeliveryKind,
  matches: Match[],
  compose: (recipient: AlertRecipient, event: AlertEvent) => Email,
) {
  const recipients = await loadRecipients([...new Set(matches.map((m) => m.subscriptionId))]);
  const events = await loadEvents([...new Set(matches.map((m) => m.eventId))]);
  return eachSend(
    matches,
    kind,
    (match) => match.subscriptionId,
    async (match) => {
      const recipient = recipients.get(match.subscriptionId);
      const event = events.get(match.eventId);
      if (!recipient || !event) return false;
      return sendOnce(kind, [match], compose(recipient, event));
    },
  );
}

function failIfAny(failures: Failure[], sent: number) {
  if (failures.length === 0) return;
  const first = failures[0]?.error;
  console.warn("[alerts] sends failed, the job will retry", {
    failed: failures.length,
    sent,
    first: first instanceof Error ? first.message : String(first),
  });
  throw new Error(`${failures.length} alert email(s) could not be sent; ${sent} were`);
}

export type AlertRun = { confirmations: number; alerts: number; cancellations: number };

/** Confirmations, cancellation notices and alerts sent right away: the "email-alerts" job. */
export async function sendDueAlerts(now = new Date()): Promise<AlertRun> {
  const confirmations = await sendConfirmations(now);
  const cancellations = await sendPerMatch(
    "CANCELLED",
    await listCancellationMatches({ now }),
    cancelledEmail,
  );
  const alerts = await sendPerMatch(
    "NEW_EVENT",
    await listNewEventMatches("IMMEDIATE", { now }),
    newEventEmail,
  );
  const run = { confirmations: confirmations.sent, alerts: alerts.sent, cancellations: cancellations.sent };
  failIfAny(
    [...confirmations.failures, ...cancellations.failures, ...alerts.failures],
    run.confirmations + run.alerts + run.cancellations,
  );
  return run;
}

/** One email per weekly subscription listing its new events (none when there are none): the "alert-digest" job. */
export async function sendWeeklyDigests(now = new Date()): Promise<number> {
  const ids = await listDigestSubscriptionIds(now);
  const recipients = await loadRecipients(ids);
  const { sent, failures } = await eachSend(
    ids,
    "digest",
    (id) => id,
    async (subscriptionId) => {
      const recipient = recipients.get(subscriptionId);
      const matches = await listNewEventMatches("WEEKLY", { now, subscriptionId, limit: 50 });
      if (!recipient || matches.length === 0) return false;
      const events = await loadEvents(matches.map((m) => m.eventId));
      const listed = matches.flatMap((m) => events.get(m.eventId) ?? []);
      listed.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
      return sendOnce("NEW_EVENT", matches, digestEmail(recipient, listed));
    },
  );
  failIfAny(failures, sent);
  return sent;
}
