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

/** The buttons' words, in the page's language (eventFormLabels, ./event-form-labels.tsx). */
export type EventStatusLabels = {
  publish: string;
  publishAgain: string;
  unpublish: string;
  unpublishConfirm: string;
  deleteDraft: string;
  deleteConfirm: string;
  reasonField: string;
  reason: string;
  reasonHint: string;
  cancel: string;
};

type Props = { eventId: string; status: EventStatus; labels: EventStatusLabels };

export function EventStatusActions({ eventId, status, labels }: Props) {
  const hidden = { eventId };
  const publishLabel = status === "CANCELLED" ? labels.publishAgain : labels.publish;
  return (
    <>
      {status !== "PUBLISHED" && (
        <ButtonForm action={publishEventAction} hidden={hidden} variant="primary" label={publishLabel} />
      )}
      {status === "PUBLISHED" && (
        <ButtonForm
          action={unpublishEventAction}
          hidden={hidden}
          label={labels.unpublish}
          confirmText={labels.unpublishConfirm}
        />
      )}
      {status !== "CANCELLED" && <CancelEventForm eventId={eventId} labels={labels} />}
      {status === "DRAFT" && (
        <ButtonForm
          action={deleteDraftAction}
          hidden={hidden}
          variant="danger"
          label={labels.deleteDraft}
          confirmText={labels.deleteConfirm}
        />
      )}
    </>
  );
}

function CancelEventForm({ eventId, labels }: { eventId: string; labels: EventStatusLabels }) {
  const [state, formAction] = useActionState(cancelEventAction, IDLE);
  return (
    <form key={formKey(state)} action={formAction} className="space-y-3">
      <input type="hidden" name="eventId" value={eventId} />
      <FormStatus state={state} labels={{ reason: labels.reasonField }} />
      <TextField
        {...bindFields(state)("reason")}
        label={labels.reason}
        maxLength={300}
        hint={labels.reasonHint}
      />
      <SubmitButton variant="danger">{labels.cancel}</SubmitButton>
    </form>
  );
}
