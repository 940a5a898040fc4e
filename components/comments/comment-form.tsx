"use client";
import { bindFields, hiddenOr } from "@/lib/actions/state";
import { postCommentAction } from "@/lib/comments/actions";
import { COMMENT_LIMITS as L, HONEYPOT_FIELD } from "@/lib/comments/limits";
import { TextArea, TextField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { useFormAnswer } from "@/components/forms/use-form-answer";

/**
 * A comment, question or reply. Works without JavaScript: the server renders the
 * returned state, with every typed value back in its field.
 */
export function CommentForm({
  eventId,
  parentId,
  fresh,
  idPrefix,
  submitLabel,
  disclosureLabel,
}: {
  eventId: string;
  parentId?: string;
  /** The hidden fields of a fresh form (lib/comments/form-token.ts freshCommentForm). */
  fresh: { idempotencyKey: string; timeTrap: string };
  idPrefix: string;
  submitLabel: string;
  /** Folds the form under this summary (a reply), open again once it has something to say. */
  disclosureLabel?: string;
}) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const [state, formAction] = useFormAnswer(postCommentAction, id("status"));
  /** A field with its id on this page and its limit from COMMENT_LIMITS. */
  const field = (name: "authorName" | "authorEmail" | "body") => ({
    ...bindFields(state)(name),
    id: id(name),
    maxLength: L[name].max,
  });
  const form = (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus id={id("status")} state={state} labels={{}} />
      <input type="hidden" name="eventId" value={eventId} />
      {parentId && <input type="hidden" name="parentId" value={parentId} />}
      <input
        type="hidden"
        name="idempotencyKey"
        value={hiddenOr(state, "idempotencyKey", fresh.idempotencyKey)}
      />
      <input type="hidden" name="timeTrap" value={hiddenOr(state, "timeTrap", fresh.timeTrap)} />
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={id(HONEYPOT_FIELD)}>Leave this field empty</label>
        <input id={id(HONEYPOT_FIELD)} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <TextField
        {...field("authorName")}
        label="Your name"
        hint="Shown with your comment."
        autoComplete="name"
      />
      <TextField
        {...field("authorEmail")}
        type="email"
        label="Email (optional)"
        hint="Never shown. Only used if an officer needs to reach you about this."
        autoComplete="email"
      />
      <TextArea
        {...field("body")}
        label={parentId ? "Your reply" : "Your question or comment"}
        hint={
          <>
            Plain text, up to {L.body.max} characters. Links are allowed. English or Spanish:{" "}
            <span lang="es">puede escribir en español.</span>
          </>
        }
        rows={parentId ? 3 : 5}
      />
      <SubmitButton pendingLabel="Sending…">{submitLabel}</SubmitButton>
    </form>
  );
  if (!disclosureLabel) return form;
  return (
    <details open={state.status !== "idle" || undefined} className="text-sm">
      <summary className="cursor-pointer py-2 font-semibold text-brand-800 underline">
        {disclosureLabel}
      </summary>
      <div className="mt-3 text-base">{form}</div>
    </details>
  );
}
