// Staff of a department must have an email on one of its verified domains, unless a
// site admin overrides (e.g. a county employee on a city department's event team).
import "server-only";
import { prisma } from "@/lib/db/client";
import { InputError } from "@/lib/actions/input-error";
import type { MembershipRole } from "@/lib/generated/prisma/enums";

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

/**
 * Refuses a staff role for an email outside the department's verified domains. The
 * message goes next to `field`: the email when inviting, the role for someone who exists.
 */
export async function assertDomainAllowed(
  input: {
    email: string;
    departmentId: string;
    role: MembershipRole;
    overrideDomain: boolean;
  },
  field: "email" | "role" = "email",
): Promise<void> {
  const department = await prisma.department.findUnique({
    where: { id: input.departmentId },
    select: { verifiedDomains: true, name: true },
  });
  if (!department) throw new InputError({ departmentId: ["Choose a department from the list."] });
  if (input.role !== "STAFF" || input.overrideDomain) return;
  const domain = emailDomain(input.email);
  if (department.verifiedDomains.map((d) => d.toLowerCase()).includes(domain)) return;
  const allowed = department.verifiedDomains.length ? department.verifiedDomains.join(", ") : "none yet";
  throw new InputError({
    [field]: [
      `Staff of ${department.name} need an email on its verified domains (${allowed}). Tick “Allow this email anyway” if you have checked who this is.`,
    ],
  });
}
