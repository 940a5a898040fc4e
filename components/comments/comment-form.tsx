"use client";
import { bindFields, hiddenOr } from "@/lib/actions/state";
import { postCommentAction } from "@/lib/comments/actions";
import { COMMENT_LIMITS as L, HONEYPOT_FIELD } from "@/lib/comments/limits";
import type { ReactNode } from "react";
import { TextArea, TextField } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { useFormAnswer } from "@/components/forms/use-form-answer";

/** The form's words, in the page's language (commentFormLabels, lib/comments/form-labels.ts). */
export type CommentFormLabels = {
  honeypot: string;
  name: string;
  nameHint: string;
  email: string;
  emailHint: string;
  body: string;
  replyBody: string;
  bodyHint: ReactNode;
  sending: string;
};

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
  labels,
}: {
  eventId: string;
  parentId?: string;
  /** The hidden fields of a fresh form (lib/comments/form-token.ts freshCommentForm). */
  fresh: { idempotencyKey: string; timeTrap: string };
  idPrefix: string;
  submitLabel: string;
  labels: CommentFormLabels;
}) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const [state, formAction] = useFormAnswer(postCommentAction, id("status"));
  /** A field with its id on this page and its limit from COMMENT_LIMITS. */
  const field = (name: "authorName" | "authorEmail" | "body") => ({
    ...bindFields(state)(name),
    id: id(name),
    maxLength: L[name].max,
  });
  return (
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
        <label htmlFor={id(HONEYPOT_FIELD)}>{labels.honeypot}</label>
        <input id={id(HONEYPOT_FIELD)} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <TextField {...field("authorName")} label={labels.name} hint={labels.nameHint} autoComplete="name" />
      <TextField
        {...field("authorEmail")}
        type="email"
        label={labels.email}
        hint={labels.emailHint}
        autoComplete="email"
      />
      <TextArea
        {...field("body")}
        label={parentId ? labels.replyBody : labels.body}
        hint={labels.bodyHint}
        rows={parentId ? 3 : 5}
      />
      <SubmitButton pendingLabel={labels.sending}>{submitLabel}</SubmitButton>
    </form>
  );
}
