// The one authorization module: every server action and every non-public route handler
// calls one of these. Each throws UnauthorizedError (401) or ForbiddenError (403) and
// logs the refusal. Plain functions (tested without HTTP) pass the user they were given
// as the last argument; left out, the guard reads the current request's session.
import "server-only";
import { messageKey } from "@/lib/actions/message-key";
import { prisma } from "@/lib/db/client";
import { acceptedHost } from "@/lib/events/select";
import { ForbiddenError, UnauthorizedError } from "./errors";
import { getCurrentUser } from "./session";
import type { CurrentUser, Role } from "./current-user";

export type { CurrentUser, Role } from "./current-user";
export { getCurrentUser } from "./session";
export { AuthError, ForbiddenError, UnauthorizedError, isAuthError } from "./errors";

/** The user to check: the one given (tests, plain functions) or the session's. */
async function resolve(user: CurrentUser | null | undefined): Promise<CurrentUser | null> {
  return user === undefined ? getCurrentUser() : user;
}

/** Every refusal is logged here, with who tried and what. */
export function logRefusal(user: CurrentUser | null, attempted: string): void {
  console.warn("[authz] refused", { userId: user?.id ?? null, attempted });
}

/** Logs the refusal and throws: 401 for anonymous callers, 403 for signed-in ones. */
export function refuse(user: CurrentUser | null, attempted: string): never {
  logRefusal(user, attempted);
  if (!user) throw new UnauthorizedError();
  throw new ForbiddenError();
}

/**
 * Alerts by email have no account: whoever holds a link from an alert email may see,
 * change or stop that one subscription. `found` is what the link's token names (null:
 * nothing, or an expired confirmation link).
 */
export function requireAlertLink<T>(found: T | null, attempted: string): T {
  if (found) return found;
  logRefusal(null, attempted);
  throw new ForbiddenError(messageKey("Alerts.error.linkInvalid"));
}

export async function requireUser(user?: CurrentUser | null): Promise<CurrentUser> {
  const current = await resolve(user);
  if (!current) refuse(null, "signed-in page or action");
  return current;
}

export async function requireAdmin(user?: CurrentUser | null): Promise<CurrentUser> {
  const current = await resolve(user);
  if (!current?.isSiteAdmin) refuse(current, "site admin");
  return current;
}

export function hasDepartmentRole(user: CurrentUser, departmentId: string, role: Role): boolean {
  return user.isSiteAdmin || user.memberships.some((m) => m.departmentId === departmentId && m.role === role);
}

/** A member of the department with that role; site admins pass. */
export async function requireDepartmentRole(
  departmentId: string,
  role: Role,
  user?: CurrentUser | null,
): Promise<CurrentUser> {
  const current = await resolve(user);
  if (!current || !hasDepartmentRole(current, departmentId, role)) {
    refuse(current, `${role} of department ${departmentId}`);
  }
  return current;
}

/**
 * A member with that role of any department hosting the event (the lead, or a co-host
 * that accepted: an invitation grants nothing); site admins pass.
 * An unknown event is refused the same way, so ids reveal nothing.
 */
export async function requireEventRole(
  eventId: string,
  role: Role,
  user?: CurrentUser | null,
): Promise<CurrentUser> {
  const current = await resolve(user);
  if (!current) refuse(null, `${role} of event ${eventId}`);
  const hosts = await prisma.eventHost.findMany({
    where: { eventId, ...acceptedHost },
    select: { departmentId: true },
  });
  const allowed =
    hosts.length > 0 &&
    (current.isSiteAdmin || hosts.some((host) => hasDepartmentRole(current, host.departmentId, role)));
  if (!allowed) refuse(current, `${role} of event ${eventId}`);
  return current;
}

/**
 * Staff of the department an event proposal was sent to; site admins pass. Proposals are
 * never public: an unknown proposal is refused the same way, so ids reveal nothing.
 * Returns the proposal's department, for the caller's own checks.
 */
export async function requireProposalRole(
  proposalId: string,
  user?: CurrentUser | null,
): Promise<{ user: CurrentUser; departmentId: string }> {
  const current = await resolve(user);
  if (!current) refuse(null, `staff of proposal ${proposalId}`);
  const proposal = await prisma.eventProposal.findUnique({
    where: { id: proposalId },
    select: { departmentId: true, status: true },
  });
  if (
    !proposal ||
    proposal.status === "SPAM" ||
    !hasDepartmentRole(current, proposal.departmentId, "STAFF")
  ) {
    refuse(current, `staff of proposal ${proposalId}`);
  }
  return { user: current, departmentId: proposal.departmentId };
}

/** Whether the user may edit a venue owned by that department (null: site admins only). */
export function canEditVenue(user: CurrentUser, ownerDepartmentId: string | null): boolean {
  return (
    user.isSiteAdmin || (ownerDepartmentId !== null && hasDepartmentRole(user, ownerDepartmentId, "STAFF"))
  );
}

/**
 * Venues are shared, but only their owner department's staff (and site admins) edit
 * them: holding an event somewhere grants no right over it (docs/decisions/0008).
 * An unknown venue is refused the same way.
 */
export async function requireVenueEditor(venueId: string, user?: CurrentUser | null): Promise<CurrentUser> {
  const current = await resolve(user);
  if (!current) refuse(null, `edit venue ${venueId}`);
  const venue = await prisma.venue.findUnique({
    where: { id: venueId },
    select: { ownerDepartmentId: true },
  });
  if (!venue || !canEditVenue(current, venue.ownerDepartmentId)) refuse(current, `edit venue ${venueId}`);
  return current;
}

/** Staff of some department (which events, the data modules decide); site admins pass. */
export async function requireStaff(user?: CurrentUser | null): Promise<CurrentUser> {
  const current = await resolve(user);
  if (!current || !(current.isSiteAdmin || departmentIdsWithRole(current, "STAFF").length > 0)) {
    refuse(current, "staff pages");
  }
  return current;
}

/** Whether the user moderates anything: site admins, and moderators of a department. */
export function canModerate(user: CurrentUser): boolean {
  return user.isSiteAdmin || departmentIdsWithRole(user, "MODERATOR").length > 0;
}

/** A moderator of some department (which comments, lib/comments/moderation/scope decides); site admins pass. */
export async function requireModerator(user?: CurrentUser | null): Promise<CurrentUser> {
  const current = await resolve(user);
  if (!current || !canModerate(current)) refuse(current, "moderation");
  return current;
}

/** The departments in which the user holds the role (memberships only, admins included). */
export function departmentIdsWithRole(user: CurrentUser, role: Role): string[] {
  return [...new Set(user.memberships.filter((m) => m.role === role).map((m) => m.departmentId))];
}
