"use server";
// Server actions for the staff event forms: each parses with the shared schema, runs a
// plain function that checks rights itself, then refreshes the public pages it touched.
import { redirect } from "next/navigation";
import { safeAction } from "@/lib/actions/safe-action";
import { localizedPath, type Locale } from "@/lib/i18n/paths";
import { JOBS, requestJob } from "@/lib/jobs/queue";
import {
  AnswerInvitationSchema,
  CancelEventSchema,
  CreateEventSchema,
  EventIdSchema,
  UpdateEventSchema,
} from "./schemas";
import { createEvent } from "./create-event";
import { updateEvent } from "./update-event";
import { cancelEvent, publishEvent, unpublishEvent } from "./change-event-status";
import { deleteDraft } from "./delete-draft";
import { answerInvitation } from "./answer-cohost-invitation";
import type { EventSnapshot } from "./event-writes";
import { placesOf, revalidateEventPages } from "./cache";

async function done(
  locale: Locale,
  event: EventSnapshot,
  notice: string,
  ...earlier: EventSnapshot[]
): Promise<never> {
  revalidateEventPages(placesOf(event), ...earlier.map(placesOf));
  // Email alerts (new events, cancellations) go out from the job runner, not from this request.
  if (event.status !== "DRAFT") await requestJob(JOBS.emailAlerts.queue);
  redirect(localizedPath(locale, `/admin/events/${event.id}?notice=${notice}`));
}

export const createEventAction = safeAction(CreateEventSchema, createEvent, {
  onSuccess: (event, _input, { locale }) =>
    done(locale, event, event.status === "PUBLISHED" ? "published" : "saved"),
});

export const updateEventAction = safeAction(UpdateEventSchema, updateEvent, {
  onSuccess: ({ before, after }, _input, { locale }) =>
    done(locale, after, after.status !== before.status ? "published" : "saved", before),
});

export const publishEventAction = safeAction(EventIdSchema, publishEvent, {
  onSuccess: (event, _input, { locale }) => done(locale, event, "published"),
});

export const unpublishEventAction = safeAction(EventIdSchema, unpublishEvent, {
  onSuccess: (event, _input, { locale }) => done(locale, event, "unpublished"),
});

export const cancelEventAction = safeAction(CancelEventSchema, cancelEvent, {
  onSuccess: (event, _input, { locale }) => done(locale, event, "cancelled"),
});

export const deleteDraftAction = safeAction(EventIdSchema, deleteDraft, {
  onSuccess: (event, _input, { locale }) => {
    revalidateEventPages(placesOf(event));
    redirect(localizedPath(locale, "/admin/events?notice=deleted"));
  },
});

export const answerInvitationAction = safeAction(AnswerInvitationSchema, answerInvitation, {
  onSuccess: ({ answer, returnTo, places }, _input, { locale }) => {
    revalidateEventPages(...places);
    const notice = answer === "accept" ? "cohost-accepted" : "cohost-declined";
    redirect(localizedPath(locale, `${returnTo}?notice=${notice}`));
  },
});
