// Anyone, without an account, proposes an event to a department. The same defences as
// comments: the signed time trap and honeypot (lib/comments/form-token.ts, screen.ts),
// held words and links, per-address limits on a salted hash of the client's address.
import "server-only";
import { createHash } from "node:crypto";
import { InputError } from "@/lib/actions/input-error";
import { messageKey } from "@/lib/actions/message-key";
import type { CurrentUser } from "@/lib/auth/guards";
import { readFormToken } from "@/lib/comments/form-token";
import { HONEYPOT_FIELD } from "@/lib/comments/limits";
import { screenComment } from "@/lib/comments/screen";
import { commentSettings, type SenderContext } from "@/lib/comments/settings";
import { prisma } from "@/lib/db/client";
import { consumeRateLimit, type RateLimitRule } from "@/lib/rate-limit";
import type { ProposeEventForm } from "./schemas";

/** A person proposes a few events, not dozens: per address an hour, and per department a day. */
export const PROPOSAL_RATE_LIMITS = {
  perAddress: { name: "proposal:sender", limit: 5, windowSeconds: 60 * 60 },
  perDepartment: { name: "proposal:department", limit: 100, windowSeconds: 24 * 60 * 60 },
} satisfies Record<string, RateLimitRule>;

export type SubmitProposalResult = { proposalId: string; department: string };

/**
 * The form's idempotency key, made the sender's own (the page is cached, so every visitor
 * gets the same form): a resend of the same words from the same sender is one proposal.
 */
function senderScopedKey(form: ProposeEventForm, senderHash: string): string {
  const parts = [form.idempotencyKey, senderHash, form.departmentId, form.note];
  return createHash("sha256").update(parts.join("\0")).digest("base64url");
}

async function checkedChoices(form: ProposeEventForm) {
  const [department, venue] = await Promise.all([
    prisma.department.findUnique({ where: { id: form.departmentId }, select: { id: true, name: true } }),
    form.venueId ? prisma.venue.findUnique({ where: { id: form.venueId }, select: { id: true } }) : null,
  ]);
  const errors: Record<string, string[]> = {};
  if (!department) errors.departmentId = [messageKey("Proposals.errors.department")];
  if (form.venueId && !venue) errors.venueId = [messageKey("Proposals.errors.venue")];
  if (!department || Object.keys(errors).length > 0) throw new InputError(errors);
  return department;
}

/** The proposal form's post, by anyone: what cannot be stored is answered on the form, with the text kept. */
export async function submitProposal(
  _user: CurrentUser | null,
  form: ProposeEventForm,
  { senderHash, now = new Date(), settings = commentSettings() }: SenderContext,
): Promise<SubmitProposalResult> {
  const department = await checkedChoices(form);
  const idempotencyKey = senderScopedKey(form, senderHash);
  const earlier = await prisma.eventProposal.findUnique({ where: { idempotencyKey }, select: { id: true } });
  if (earlier) return { proposalId: earlier.id, department: department.name };

  for (const [rule, subject] of [
    [PROPOSAL_RATE_LIMITS.perAddress, senderHash],
    [PROPOSAL_RATE_LIMITS.perDepartment, department.id],
  ] as const) {
    const limit = await consumeRateLimit(rule, subject, now);
    if (!limit.allowed) {
      console.warn("[proposals] refused: rate limit", { rule: rule.name, senderHash });
      const minutes = Math.ceil(limit.retryAfterSeconds / 60);
      throw new InputError({}, messageKey("Proposals.errors.tooMany", { minutes }), 429);
    }
  }

  const { status, holdReason } = screenComment(
    {
      body: form.note,
      authorName: form.proposerName ?? "",
      honeypot: form[HONEYPOT_FIELD],
      formTiming: readFormToken(form.timeTrap),
      now,
    },
    settings,
  );
  const place = form.newPlace;
  const created = await prisma.eventProposal.upsert({
    // A concurrent resend with the same key gets the stored row.
    where: { idempotencyKey },
    update: {},
    create: {
      departmentId: department.id,
      venueId: form.venueId,
      placeName: place?.venueName ?? null,
      streetAddress: place?.streetAddress ?? null,
      city: place?.city ?? null,
      state: place?.state ?? null,
      postalCode: place?.postalCode ?? null,
      suggestedDates: form.suggestedDates,
      proposerName: form.proposerName,
      note: form.note,
      email: form.email,
      locale: form.locale,
      status: status === "SPAM" ? "SPAM" : "PENDING",
      holdReason,
      senderHash,
      idempotencyKey,
      createdAt: now,
    },
    select: { id: true },
  });
  return { proposalId: created.id, department: department.name };
}
