"use server";
// Server actions for the staff event forms: each parses with the shared schema, runs a
// plain function that checks rights itself, then refreshes the public pages it touched.
import { redirect } from "next/navigation";
import { safeAction } from "@/lib/actions/safe-action";
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

function done(event: EventSnapshot, notice: string, ...earlier: EventSnapshot[]): never {
  revalidateEventPages(placesOf(event), ...earlier.map(placesOf));
  redirect(`/admin/events/${event.id}?notice=${notice}`);
}

export const createEventAction = safeAction(CreateEventSchema, createEvent, {
  onSuccess: (event) => done(event, event.status === "PUBLISHED" ? "published" : "saved"),
});

export const updateEventAction = safeAction(UpdateEventSchema, updateEvent, {
  onSuccess: ({ before, after }) =>
    done(after, after.status !== before.status ? "published" : "saved", before),
});

export const publishEventAction = safeAction(EventIdSchema, publishEvent, {
  onSuccess: (event) => done(event, "published"),
});

export const unpublishEventAction = safeAction(EventIdSchema, unpublishEvent, {
  onSuccess: (event) => done(event, "unpublished"),
});

export const cancelEventAction = safeAction(CancelEventSchema, cancelEvent, {
  onSuccess: (event) => done(event, "cancelled"),
});

export const deleteDraftAction = safeAction(EventIdSchema, deleteDraft, {
  onSuccess: (event) => {
    revalidateEventPages(placesOf(event));
    redirect("/admin/events?notice=deleted");
  },
});

export const answerInvitationAction = safeAction(AnswerInvitationSchema, answerInvitation, {
  onSuccess: ({ answer, returnTo, places }) => {
    revalidateEventPages(...places);
    redirect(`${returnTo}?notice=${answer === "accept" ? "cohost-accepted" : "cohost-declined"}`);
  },
});
