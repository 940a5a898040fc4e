"use client";
import { useActionState } from "react";
import { postCommentAction } from "@/lib/comments/post-action";
import { COMMENT_LIMITS as L, HONEYPOT_FIELD } from "@/lib/comments/limits";
import type { CommentFormState } from "@/lib/comments/schema";
import { Field, inputClass } from "./field";
import { SubmitButton } from "./submit-button";

/**
 * A comment, question or reply. Works without JavaScript: the server renders the
 * returned state, with every typed value back in its field.
 */
export function CommentForm({
  eventId,
  parentId,
  initialState,
  idPrefix,
  submitLabel,
  disclosureLabel,
}: {
  eventId: string;
  parentId?: string;
  initialState: CommentFormState;
  idPrefix: string;
  submitLabel: string;
  /** Folds the form under this summary (a reply), open again once it has something to say. */
  disclosureLabel?: string;
}) {
  const [state, formAction] = useActionState(postCommentAction, initialState);
  const id = (name: string) => `${idPrefix}-${name}`;
  const { fieldErrors: errors, values } = state;
  const form = (
    <form action={formAction} className="space-y-4" noValidate>
      {state.message && (
        <p
          role={state.status === "error" ? "alert" : "status"}
          className={
            state.status === "error"
              ? "rounded border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900"
              : "rounded border-2 border-green-700 bg-green-50 p-3 font-semibold text-green-900"
          }
        >
          {state.message}
        </p>
      )}
      <input type="hidden" name="eventId" value={eventId} />
      {parentId && <input type="hidden" name="parentId" value={parentId} />}
      <input type="hidden" name="idempotencyKey" value={state.idempotencyKey} />
      <input type="hidden" name="formToken" value={state.formToken} />
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={id(HONEYPOT_FIELD)}>Leave this field empty</label>
        <input id={id(HONEYPOT_FIELD)} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <Field
        id={id("authorName")}
        label="Your name"
        hint="Shown with your comment."
        error={errors.authorName}
      >
        {(describedBy) => (
          <input
            id={id("authorName")}
            name="authorName"
            defaultValue={values.authorName}
            maxLength={L.authorName.max}
            autoComplete="name"
            aria-invalid={errors.authorName ? true : undefined}
            aria-describedby={describedBy}
            className={inputClass}
          />
        )}
      </Field>
      <Field
        id={id("authorEmail")}
        label="Email (optional)"
        hint="Never shown. Only used if an officer needs to reach you about this."
        error={errors.authorEmail}
      >
        {(describedBy) => (
          <input
            id={id("authorEmail")}
            name="authorEmail"
            type="email"
            defaultValue={values.authorEmail}
            maxLength={L.authorEmail.max}
            autoComplete="email"
            aria-invalid={errors.authorEmail ? true : undefined}
            aria-describedby={describedBy}
            className={inputClass}
          />
        )}
      </Field>
      <Field
        id={id("body")}
        label={parentId ? "Your reply" : "Your question or comment"}
        hint={
          <>
            Plain text, up to {L.body.max} characters. Links are allowed. English or Spanish:{" "}
            <span lang="es">puede escribir en español.</span>
          </>
        }
        error={errors.body}
      >
        {(describedBy) => (
          <textarea
            id={id("body")}
            name="body"
            rows={parentId ? 3 : 5}
            defaultValue={values.body}
            maxLength={L.body.max}
            aria-invalid={errors.body ? true : undefined}
            aria-describedby={describedBy}
            className={inputClass}
          />
        )}
      </Field>
      <SubmitButton label={submitLabel} />
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
