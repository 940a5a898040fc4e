// Every read of people: site admins' lists of people and their roles, and the account a
// one-time link is for.
import "server-only";
import { prisma } from "@/lib/db/client";
import { requireAdmin, type CurrentUser } from "@/lib/auth/guards";
import type { TokenPurpose } from "@/lib/generated/prisma/enums";
import { peekToken } from "./tokens";

const personSelect = {
  id: true,
  email: true,
  name: true,
  isSiteAdmin: true,
  deactivatedAt: true,
  passwordHash: true,
  createdAt: true,
  memberships: {
    select: { id: true, role: true, department: { select: { id: true, name: true } } },
    orderBy: { createdAt: "asc" as const },
  },
};

function present<T extends { passwordHash: string | null }>({ passwordHash, ...person }: T) {
  return { ...person, invitationPending: passwordHash === null };
}

export async function listPeople(user: CurrentUser | null) {
  await requireAdmin(user);
  const people = await prisma.user.findMany({
    select: personSelect,
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
  return people.map(present);
}

export async function getPerson(user: CurrentUser | null, userId: string) {
  await requireAdmin(user);
  const person = await prisma.user.findUnique({ where: { id: userId }, select: personSelect });
  return person ? present(person) : null;
}

export type Person = NonNullable<Awaited<ReturnType<typeof getPerson>>>;

/** What the invitation and reset pages show: the account a link is for, if it still works. */
export async function accountForLink(token: string | undefined, purpose: TokenPurpose) {
  if (!token) return null;
  return peekToken(prisma, token, purpose);
}
