// Every read of proposals: the public form's choices, and the staff area's lists and
// pages. Proposals are never public: staff reads go through lib/auth/guards.ts.
import "server-only";
import {
  departmentIdsWithRole,
  requireProposalRole,
  requireStaff,
  type CurrentUser,
} from "@/lib/auth/guards";
import { cachedFor } from "@/lib/cache/cached-for";
import { freshCommentForm, type FreshCommentForm } from "@/lib/comments/form-token";
import { prisma } from "@/lib/db/client";
import { DEPARTMENT_DIRECTORY_TAG } from "@/lib/departments/cache";
import type { Prisma } from "@/lib/generated/prisma/client";

export type ProposalFormChoices = {
  departments: { value: string; label: string; slug: string }[];
  venues: { value: string; label: string }[];
  fresh: FreshCommentForm;
};

/**
 * The public form's choices and fresh hidden fields, kept with the page (the time trap's
 * token renews with each cached copy, as on event pages). A new venue shows within the
 * listing lifetime; a new department at once (the directory's tag).
 */
export async function loadProposalForm(): Promise<ProposalFormChoices> {
  "use cache";
  cachedFor("listings", DEPARTMENT_DIRECTORY_TAG);
  const [departments, venues] = await Promise.all([
    prisma.department.findMany({
      select: { id: true, name: true, state: true, slug: true },
      orderBy: [{ state: "asc" }, { name: "asc" }],
    }),
    prisma.venue.findMany({
      select: { id: true, name: true, city: true, state: true },
      orderBy: [{ state: "asc" }, { city: "asc" }, { name: "asc" }],
    }),
  ]);
  return {
    departments: departments.map((d) => ({ value: d.id, label: `${d.name} (${d.state})`, slug: d.slug })),
    venues: venues.map((v) => ({ value: v.id, label: `${v.name} — ${v.city}, ${v.state}` })),
    fresh: freshCommentForm(),
  };
}

/** Proposals a user answers: their staff departments' (site admins: all). Spam is never listed. */
function answerableBy(user: CurrentUser): Prisma.EventProposalWhereInput {
  const scope = user.isSiteAdmin ? {} : { departmentId: { in: departmentIdsWithRole(user, "STAFF") } };
  return { ...scope, status: { not: "SPAM" } };
}

const listSelect = {
  id: true,
  status: true,
  suggestedDates: true,
  placeName: true,
  city: true,
  state: true,
  createdAt: true,
  holdReason: true,
  department: { select: { name: true, timeZone: true } },
  venue: { select: { name: true, city: true, state: true } },
} satisfies Prisma.EventProposalSelect;

export type ProposalListRow = Prisma.EventProposalGetPayload<{ select: typeof listSelect }>;

/** Waiting proposals first (oldest first), then the last answered ones. */
export async function listProposalsForStaff(user: CurrentUser | null) {
  const actor = await requireStaff(user);
  const where = answerableBy(actor);
  const [pending, answered] = await Promise.all([
    prisma.eventProposal.findMany({
      where: { ...where, status: "PENDING" },
      orderBy: { createdAt: "asc" },
      take: 200,
      select: listSelect,
    }),
    prisma.eventProposal.findMany({
      where: { ...where, status: { in: ["ACCEPTED", "DECLINED"] } },
      orderBy: { decidedAt: "desc" },
      take: 50,
      select: listSelect,
    }),
  ]);
  return { pending, answered };
}

/** How many proposals wait for the user's answer (the dashboard's to-do). */
export async function countPendingProposals(user: CurrentUser): Promise<number> {
  if (!user.isSiteAdmin && departmentIdsWithRole(user, "STAFF").length === 0) return 0;
  return prisma.eventProposal.count({ where: { ...answerableBy(user), status: "PENDING" } });
}

const detailSelect = {
  ...listSelect,
  departmentId: true,
  venueId: true,
  streetAddress: true,
  postalCode: true,
  proposerName: true,
  note: true,
  email: true,
  locale: true,
  declineReason: true,
  eventId: true,
  decidedAt: true,
  notifiedAt: true,
  department: { select: { name: true, timeZone: true, slug: true } },
  venue: {
    select: { name: true, city: true, state: true, streetAddress: true, postalCode: true, timeZone: true },
  },
} satisfies Prisma.EventProposalSelect;

export type ProposalDetail = Omit<
  Prisma.EventProposalGetPayload<{ select: typeof detailSelect }>,
  "email"
> & {
  /** Shown to the chosen department's own staff only (to reply); null for everyone else. */
  email: string | null;
  emailHidden: boolean;
};

/** One proposal for its department's staff; anyone else is refused (a page answers 404). */
export async function getProposalForStaff(
  user: CurrentUser | null,
  proposalId: string,
): Promise<ProposalDetail> {
  const { user: actor, departmentId } = await requireProposalRole(proposalId, user);
  const proposal = await prisma.eventProposal.findUniqueOrThrow({
    where: { id: proposalId },
    select: detailSelect,
  });
  // Site admins may answer, but the address is for the department's own staff.
  const ownStaff = actor.memberships.some((m) => m.departmentId === departmentId && m.role === "STAFF");
  return {
    ...proposal,
    email: ownStaff ? proposal.email : null,
    emailHidden: !ownStaff && proposal.email !== null,
  };
}
