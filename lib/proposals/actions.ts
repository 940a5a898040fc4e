"use server";
// The proposal forms' server actions: the public form (anonymous, keyed by the sender's
// salted address hash), and the staff's accept and decline. The answers' emails go out
// from the job runner, never from these requests.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { messageKey } from "@/lib/actions/message-key";
import { safeAction } from "@/lib/actions/safe-action";
import type { SenderContext } from "@/lib/comments/settings";
import { clientAddressHash } from "@/lib/http/client-address";
import { localizedPath } from "@/lib/i18n/paths";
import { JOBS, requestJob } from "@/lib/jobs/queue";
import { acceptProposal } from "./accept-proposal";
import { revalidateProposalPages } from "./cache";
import { declineProposal } from "./decline-proposal";
import { AcceptProposalSchema, DeclineProposalSchema, ProposeEventSchema } from "./schemas";
import { submitProposal } from "./submit-proposal";

async function sender(): Promise<SenderContext> {
  return { senderHash: clientAddressHash(await headers()) };
}

/** A proposal from anyone; works with JavaScript off. */
export const proposeEventAction = safeAction(ProposeEventSchema, submitProposal, {
  anonymous: true,
  context: sender,
  onSuccess: ({ department }, input) => {
    revalidateProposalPages();
    return {
      status: "success",
      message: messageKey(input.email ? "Proposals.answer.receivedEmail" : "Proposals.answer.received", {
        department,
      }),
    };
  },
});

export const acceptProposalAction = safeAction(AcceptProposalSchema, acceptProposal, {
  onSuccess: async (event, _input, { locale }) => {
    await requestJob(JOBS.proposalAnswers.queue);
    revalidateProposalPages();
    redirect(localizedPath(locale, `/admin/events/${event.id}?notice=proposal-accepted`));
  },
});

export const declineProposalAction = safeAction(DeclineProposalSchema, declineProposal, {
  onSuccess: async (_result, _input, { locale }) => {
    await requestJob(JOBS.proposalAnswers.queue);
    revalidateProposalPages();
    redirect(localizedPath(locale, "/admin/proposals?notice=proposal-declined"));
  },
});
