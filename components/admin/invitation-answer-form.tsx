"use client";
// Accept or decline one co-host invitation: one form, two submit buttons (the pressed
// one sends `answer`), with the error shown beside them. Works without JavaScript.
import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/state";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";

type Props = {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  eventId: string;
  departmentId: string;
  returnTo: "/admin" | "/admin/events";
  describedBy: string;
  /** The buttons' words, in the page's language. */
  labels: { accept: string; decline: string };
};

export function InvitationAnswerForm({
  action,
  eventId,
  departmentId,
  returnTo,
  describedBy,
  labels,
}: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="departmentId" value={departmentId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <FormStatus state={state} labels={{}} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="answer" value="accept" describedBy={describedBy}>
          {labels.accept}
        </SubmitButton>
        <SubmitButton name="answer" value="decline" variant="secondary" describedBy={describedBy}>
          {labels.decline}
        </SubmitButton>
      </div>
    </form>
  );
}
