// A resident asks for alerts, with no account. Nothing is sent but one confirmation email
// (from the job runner) until its link is used: double opt-in. The answer is the same
// whether the address already had these alerts, so the form tells a stranger nothing.
import "server-only";
import { InputError } from "@/lib/actions/input-error";
import { messageKey } from "@/lib/actions/message-key";
import type { CurrentUser } from "@/lib/auth/guards";
import { readFormToken, issueFormToken } from "@/lib/comments/form-token";
import { HONEYPOT_FIELD } from "@/lib/comments/limits";
import { siteHmac } from "@/lib/crypto/site-hmac";
import { prisma } from "@/lib/db/client";
import { placeForZip } from "@/lib/geo/zip";
import { consumeRateLimit } from "@/lib/rate-limit";
import { linkTokenHashes, newLinkNonce } from "./links";
import { CONFIRM_LIFETIME_MS } from "./limits";
import type { SubscribeForm } from "./schemas";
import { alertSettings, type SignUpContext } from "./settings";

export type SubscribeResult = { email: string; confirmationDue: boolean };

/** What the alert is about, as stored: a ZIP code's centroid and radius, or a department. */
async function criteria(form: SubscribeForm) {
  if (form.kind === "near") {
    const place = placeForZip(form.zip);
    if (!place) throw new InputError({ zip: [messageKey("Alerts.error.zipUnknown")] });
    return {
      zip: place.zip,
      latitude: place.latitude,
      longitude: place.longitude,
      radiusMiles: form.radiusMiles,
      departmentId: null,
    };
  }
  const department = await prisma.department.findUnique({
    where: { id: form.departmentId },
    select: { id: true },
  });
  if (!department) throw new InputError({ departmentId: [messageKey("Alerts.error.departmentMissing")] });
  return { zip: null, latitude: null, longitude: null, radiusMiles: null, departmentId: department.id };
}

/** Honeypot filled, or the time trap's token missing or altered: a bot, answered as a person would be. */
function looksLikeABot(form: SubscribeForm): boolean {
  return form[HONEYPOT_FIELD].trim() !== "" || readFormToken(form.timeTrap) === null;
}

async function refuseWhenTooMany(form: SubscribeForm, context: Required<SignUpContext>) {
  const emailHash = siteHmac("alert-email").update(form.email).digest("base64url");
  for (const [rule, subject, key] of [
    [context.settings.perAddress, context.senderHash, "tooManyFromSender"],
    [context.settings.perEmail, emailHash, "tooManyForEmail"],
  ] as const) {
    const limit = await consumeRateLimit(rule, subject, context.now);
    if (!limit.allowed) {
      console.warn("[alerts] refused: rate limit", { rule: rule.name, senderHash: context.senderHash });
      const minutes = Math.ceil(limit.retryAfterSeconds / 60);
      throw new InputError({}, messageKey(`Alerts.error.${key}`, { minutes }), 429);
    }
  }
}

export async function subscribeToAlerts(
  _user: CurrentUser | null,
  form: SubscribeForm,
  { senderHash, now = new Date(), settings = alertSettings() }: SignUpContext,
): Promise<SubscribeResult> {
  if (looksLikeABot(form)) {
    console.warn("[alerts] dropped: honeypot or time trap", { senderHash });
    return { email: form.email, confirmationDue: false };
  }
  const timing = readFormToken(form.timeTrap);
  if (timing && !timing.afterPost && now.getTime() - timing.shownAt.getTime() < settings.minSeconds * 1000) {
    // A person who is quick (autofill) sends again; the form given back may be sent at once.
    throw new InputError({}, messageKey("Alerts.error.tooQuick"), 429, {
      timeTrap: issueFormToken(now, { afterPost: true }),
    });
  }
  const wanted = await criteria(form);
  await refuseWhenTooMany(form, { senderHash, now, settings });

  const confirmExpiresAt = new Date(now.getTime() + CONFIRM_LIFETIME_MS);
  const same = await prisma.alertSubscription.findFirst({
    where: { email: form.email, ...wanted },
    select: { id: true, confirmedAt: true },
  });
  if (same?.confirmedAt) {
    // Already on: an email with its link to change or stop it, and nothing changes here.
    await prisma.alertSubscription.update({ where: { id: same.id }, data: { confirmRequestedAt: now } });
  } else if (same) {
    const linkNonce = newLinkNonce();
    await prisma.alertSubscription.update({
      where: { id: same.id },
      data: {
        frequency: form.frequency,
        locale: form.locale,
        linkNonce,
        ...linkTokenHashes(linkNonce),
        confirmExpiresAt,
        confirmRequestedAt: now,
      },
    });
  } else {
    const linkNonce = newLinkNonce();
    await prisma.alertSubscription.create({
      data: {
        email: form.email,
        ...wanted,
        frequency: form.frequency,
        locale: form.locale,
        linkNonce,
        ...linkTokenHashes(linkNonce),
        confirmExpiresAt,
        confirmRequestedAt: now,
      },
    });
  }
  return { email: form.email, confirmationDue: true };
}
