"use server";
import { headers } from "next/headers";
import { clientAddressHash } from "@/lib/http/client-address";
import { handleCommentForm } from "./comment-form-handler";
import type { CommentFormState } from "./schema";

/** The public comment and reply form's action; works with JavaScript off. */
export async function postCommentAction(
  _previous: CommentFormState,
  formData: FormData,
): Promise<CommentFormState> {
  return handleCommentForm(formData, clientAddressHash(await headers()));
}
