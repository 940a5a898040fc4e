"use server";
// The comment forms' server actions: the public comment and report forms (anonymous,
// keyed by the sender's salted address hash), official replies and moderation.
import { headers } from "next/headers";
import { messageKey } from "@/lib/actions/message-key";
import { safeAction } from "@/lib/actions/safe-action";
import { clientAddressHash } from "@/lib/http/client-address";
import { revalidateCommentedEvents } from "./cache";
import { freshCommentForm } from "./form-token";
import { moderateComments } from "./moderate-comments";
import { postCommentFromForm } from "./post-comment";
import { postOfficialReply } from "./post-official-reply";
import { reportCommentFromForm } from "./report-comment";
import type { SenderContext } from "./settings";
import { ModerateFormSchema, OfficialReplySchema, PostCommentSchema, ReportCommentSchema } from "./schemas";

/** The sender as rate limits know them: a salted hash of the client's address, never the address. */
async function sender(): Promise<SenderContext> {
  return { senderHash: clientAddressHash(await headers()) };
}

/** A comment or reply from anyone; works with JavaScript off. */
export const postCommentAction = safeAction(PostCommentSchema, postCommentFromForm, {
  anonymous: true,
  context: sender,
  invalidMessage: messageKey("Comments.error.invalid"),
  onSuccess: ({ status }) => ({
    status: "success",
    message: messageKey("Comments.answer.received"),
    // A post that passed the time trap gets a form that may be sent again at once.
    hidden: freshCommentForm(new Date(), { afterPost: status !== "SPAM" }),
  }),
});

/** Anyone may report an approved comment; works with JavaScript off. */
export const reportCommentAction = safeAction(ReportCommentSchema, reportCommentFromForm, {
  anonymous: true,
  context: sender,
  invalidMessage: messageKey("Comments.error.reportInvalid"),
  onSuccess: (result) => {
    if (result.outcome === "not-found") {
      return { status: "success", message: messageKey("Comments.answer.alreadyReviewed") };
    }
    if (result.hidden) revalidateCommentedEvents(result.event);
    return { status: "success", message: messageKey("Comments.answer.reported") };
  },
});

export const officialReplyAction = safeAction(
  OfficialReplySchema,
  (user, input) => postOfficialReply(user, input),
  {
    onSuccess: ({ event }) => {
      revalidateCommentedEvents(event);
      return { status: "success", message: messageKey("Comments.answer.officialPublished") };
    },
  },
);

export const moderateAction = safeAction(ModerateFormSchema, (user, input) => moderateComments(user, input), {
  onSuccess: ({ count, events }, { decision }) => {
    revalidateCommentedEvents(...events);
    return { status: "success", message: messageKey(`AdminModeration.decided.${decision}`, { count }) };
  },
});
