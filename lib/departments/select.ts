// The shapes departments are read in, shared by the reads and the writes.
import type { Prisma } from "@/lib/generated/prisma/client";

/** What the public sees of a department: its page, the directory, feeds and the embed. */
export const departmentProfileSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  city: true,
  state: true,
  timeZone: true,
  website: true,
  phone: true,
  contactUrl: true,
  about: true,
  aboutEs: true,
  logoHash: true,
} satisfies Prisma.DepartmentSelect;

export type DepartmentProfile = Prisma.DepartmentGetPayload<{ select: typeof departmentProfileSelect }>;

/** Every field of the department form, as site admins edit it and the audit log records it. */
export const departmentFormSelect = {
  ...departmentProfileSelect,
  verifiedDomains: true,
} satisfies Prisma.DepartmentSelect;

/** Where a hosted event shows: its slug, its hosts' slugs and its venue's (what a department's edit invalidates). */
export const hostedEventSelect = {
  slug: true,
  hosts: { select: { department: { select: { slug: true } } } },
  venue: { select: { slug: true } },
} satisfies Prisma.EventSelect;

/** A row of the staff area's list of departments. */
export const departmentListSelect = {
  id: true,
  name: true,
  city: true,
  state: true,
  slug: true,
  verifiedDomains: true,
  logoHash: true,
  _count: { select: { memberships: true } },
} satisfies Prisma.DepartmentSelect;
