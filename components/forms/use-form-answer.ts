"use client";
// A form whose answer may sit far down a long page (a reply under one comment among
// many) lands on that answer, with or without JavaScript.
import { useActionState } from "react";
import { IDLE, type ActionState, type FormAction } from "@/lib/actions/state";

/**
 * useActionState for a form that shows its answer in `<FormStatus id={statusId}>`.
 * Posted before JavaScript runs, the form goes to `#statusId` (React's permalink): the
 * browser scrolls to the answer and focuses it. The permalink also ties the answer to
 * this one form, so statusId must be unique on the page. An action that redirects on
 * success should redirect to an address with a fragment of its own: the browser keeps
 * the form's `#statusId` across a redirect to an address without one.
 */
export function useFormAnswer(action: FormAction, statusId: string) {
  return useActionState<ActionState, FormData>(action, IDLE, `#${statusId}`);
}
