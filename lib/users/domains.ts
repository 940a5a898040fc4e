// Staff of a department must have an email on one of its verified domains, unless a
// site admin overrides (e.g. a county employee on a city department's event team).
import "server-only";
import { messageKey } from "@/lib/actions/message-key";
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
  if (!department)
    throw new InputError({ departmentId: [messageKey("AdminPeople.error.departmentUnknown")] });
  if (input.role !== "STAFF" || input.overrideDomain) return;
  const domain = emailDomain(input.email);
  if (department.verifiedDomains.map((d) => d.toLowerCase()).includes(domain)) return;
  const refusal = department.verifiedDomains.length
    ? messageKey("AdminPeople.error.domainRefused", {
        department: department.name,
        allowed: department.verifiedDomains.join(", "),
      })
    : messageKey("AdminPeople.error.domainRefusedNone", { department: department.name });
  throw new InputError({ [field]: [refusal] });
}
