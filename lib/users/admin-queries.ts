// People and their roles, for site admins.
import "server-only";
import { prisma } from "@/lib/db/client";
import { requireAdmin, type CurrentUser } from "@/lib/auth/guards";

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

export async function departmentOptions() {
  const departments = await prisma.department.findMany({
    select: { id: true, name: true, state: true },
    orderBy: [{ state: "asc" }, { name: "asc" }],
  });
  return departments.map((d) => ({ value: d.id, label: `${d.name} (${d.state})` }));
}
