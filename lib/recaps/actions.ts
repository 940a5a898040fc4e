"use server";
// The recap forms' server actions: each parses with the shared schema, runs a plain
// function that checks rights itself, refreshes the pages it touched, then redirects to
// the staff recap page with a notice (so the forms work the same without JavaScript).
import { redirect } from "next/navigation";
import { safeAction } from "@/lib/actions/safe-action";
import { localizedPath, type Locale } from "@/lib/i18n/routing";
import { JOBS, requestJob } from "@/lib/jobs/queue";
import type { EventPlaces } from "@/lib/events/cache";
import { addFollowUp } from "./add-follow-up";
import { revalidateRecap } from "./cache";
import { saveRecap } from "./save-recap";
import { AddFollowUpSchema, SaveRecapSchema, UpdateFollowUpSchema } from "./schemas";
import { updateFollowUp } from "./update-follow-up";

function done(
  result: { eventId: string; places: EventPlaces },
  { locale }: { locale: Locale },
  notice: string,
  anchor = "",
): never {
  revalidateRecap(result.eventId, result.places);
  redirect(localizedPath(locale, `/admin/events/${result.eventId}/recap?notice=${notice}${anchor}`));
}

export const saveRecapAction = safeAction(SaveRecapSchema, saveRecap, {
  onSuccess: (result, _input, form) => done(result, form, result.created ? "recap-published" : "saved"),
});

export const addFollowUpAction = safeAction(AddFollowUpSchema, addFollowUp, {
  onSuccess: (result, _input, form) =>
    done(result, form, "follow-up-added", `#follow-up-${result.followUpId}`),
});

export const updateFollowUpAction = safeAction(UpdateFollowUpSchema, updateFollowUp, {
  onSuccess: async (result, _input, form) => {
    // The emails go out from the job runner, not from this request.
    if (result.becameDone) await requestJob(JOBS.followUpNotices.queue);
    done(result, form, result.becameDone ? "follow-up-done" : "saved", `#follow-up-${result.followUpId}`);
  },
});
