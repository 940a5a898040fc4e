// Staff of the proposal's department decline it, with a reason the proposer is told.
import "server-only";
import { InputError } from "@/lib/actions/input-error";
import { recordAudit } from "@/lib/audit/record";
import { requireProposalRole, type CurrentUser } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/client";
import { ALREADY_ANSWERED } from "./accept-proposal";
import type { DeclineProposalInput } from "./schemas";

export async function declineProposal(user: CurrentUser | null, input: DeclineProposalInput) {
  const { user: actor, departmentId } = await requireProposalRole(input.proposalId, user);
  return prisma.$transaction(async (db) => {
    const { count } = await db.eventProposal.updateMany({
      where: { id: input.proposalId, status: "PENDING" },
      data: { status: "DECLINED", declineReason: input.reason, decidedById: actor.id, decidedAt: new Date() },
    });
    if (count === 0) throw new InputError({}, ALREADY_ANSWERED, 409);
    await recordAudit(db, {
      actorId: actor.id,
      action: "proposal.declined",
      entityType: "EventProposal",
      entityId: input.proposalId,
      departmentId,
      before: { status: "PENDING" },
      after: { status: "DECLINED", declineReason: input.reason },
    });
    return { proposalId: input.proposalId };
  });
}
