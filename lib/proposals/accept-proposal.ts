// Staff of the proposal's department accept it: the event form, prefilled from the
// proposal, saves a draft event, and the proposal is marked accepted in the same
// transaction (a second accept, or a decline meanwhile, leaves no second draft).
import "server-only";
import { InputError } from "@/lib/actions/input-error";
import { messageKey } from "@/lib/actions/message-key";
import { recordAudit } from "@/lib/audit/record";
import { requireProposalRole, type CurrentUser } from "@/lib/auth/guards";
import { createEvent } from "@/lib/events/create-event";
import type { AcceptProposalInput } from "./schemas";

export const ALREADY_ANSWERED = messageKey("AdminProposals.errors.alreadyAnswered");

export async function acceptProposal(user: CurrentUser | null, input: AcceptProposalInput) {
  const { proposalId, ...eventInput } = input;
  const { user: actor, departmentId } = await requireProposalRole(proposalId, user);
  if (eventInput.leadDepartmentId !== departmentId) {
    throw new InputError({ leadDepartmentId: [messageKey("AdminProposals.errors.leadDepartment")] });
  }
  return createEvent(actor, { ...eventInput, intent: "draft" }, async (db, event) => {
    const decidedAt = new Date();
    const { count } = await db.eventProposal.updateMany({
      where: { id: proposalId, status: "PENDING" },
      data: { status: "ACCEPTED", eventId: event.id, decidedById: actor.id, decidedAt },
    });
    if (count === 0) throw new InputError({}, ALREADY_ANSWERED, 409);
    await recordAudit(db, {
      actorId: actor.id,
      action: "proposal.accepted",
      entityType: "EventProposal",
      entityId: proposalId,
      departmentId,
      before: { status: "PENDING" },
      after: { status: "ACCEPTED", eventId: event.id },
    });
  });
}
