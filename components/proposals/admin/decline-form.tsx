"use client";
// Declining a proposal takes a reason, which the proposer is emailed. Works without
// JavaScript; after an error the reason typed stays, with its message next to it.
import { bindFields, formKey, type FormAction } from "@/lib/actions/state";
import { PROPOSAL_LIMITS } from "@/lib/proposals/limits";
import { TextArea } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { useFormAnswer } from "@/components/forms/use-form-answer";

export type DeclineFormLabels = {
  reason: string;
  reasonHint: string;
  decline: string;
  fields: Record<string, string>;
};

export function DeclineForm({
  action,
  proposalId,
  labels,
}: {
  action: FormAction;
  proposalId: string;
  labels: DeclineFormLabels;
}) {
  const [state, formAction] = useFormAnswer(action, "decline-status");
  const field = bindFields(state);
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate>
      <FormStatus id="decline-status" state={state} labels={labels.fields} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <TextArea
        {...field("reason")}
        label={labels.reason}
        hint={labels.reasonHint}
        rows={3}
        maxLength={PROPOSAL_LIMITS.declineReason.max}
        required
      />
      <SubmitButton variant="danger">{labels.decline}</SubmitButton>
    </form>
  );
}
