"use client";
// What staff can do to an event's status: publish, unpublish, cancel with the reason
// residents will read, delete a draft.
import { useActionState } from "react";
import { IDLE, bindFields, formKey } from "@/lib/actions/state";
import type { EventStatus } from "@/lib/events/labels";
import {
  cancelEventAction,
  deleteDraftAction,
  publishEventAction,
  unpublishEventAction,
} from "@/lib/events/actions";
import { ButtonForm } from "@/components/forms/button-form";
import { TextField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";

const UNPUBLISH = {
  action: unpublishEventAction,
  label: "Unpublish (back to draft)",
  confirmText: "Residents will no longer see it. To tell them it will not happen, cancel it instead.",
};

const DELETE_DRAFT = {
  action: deleteDraftAction,
  variant: "danger",
  label: "Delete this draft",
  confirmText: "Deleting cannot be undone.",
} as const;

export function EventStatusActions({ eventId, status }: { eventId: string; status: EventStatus }) {
  const hidden = { eventId };
  const publishLabel = status === "CANCELLED" ? "Publish again (no longer cancelled)" : "Publish";
  return (
    <>
      {status !== "PUBLISHED" && (
        <ButtonForm action={publishEventAction} hidden={hidden} variant="primary" label={publishLabel} />
      )}
      {status === "PUBLISHED" && <ButtonForm hidden={hidden} {...UNPUBLISH} />}
      {status !== "CANCELLED" && <CancelEventForm eventId={eventId} />}
      {status === "DRAFT" && <ButtonForm hidden={hidden} {...DELETE_DRAFT} />}
    </>
  );
}

function CancelEventForm({ eventId }: { eventId: string }) {
  const [state, formAction] = useActionState(cancelEventAction, IDLE);
  return (
    <form key={formKey(state)} action={formAction} className="space-y-3">
      <input type="hidden" name="eventId" value={eventId} />
      <FormStatus state={state} labels={{ reason: "Reason" }} />
      <TextField
        {...bindFields(state)("reason")}
        label="Reason for cancelling"
        maxLength={300}
        hint="Shown on the event page, e.g. “Cancelled because of the snowstorm; see you next month.”"
      />
      <SubmitButton variant="danger">Cancel this event</SubmitButton>
    </form>
  );
}
