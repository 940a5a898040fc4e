// Site admins invite a person to a department with a role. A new person gets an
// invitation link; someone with an account already just gains the role.
import "server-only";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { recordAudit } from "@/lib/audit/record";
import { requireAdmin, type CurrentUser } from "@/lib/auth/guards";
import { sendMail } from "@/lib/mail/send";
import type { InviteUserInput } from "./schemas";
import { assertDomainAllowed } from "./domains";
import { issueToken } from "./tokens";

export async function inviteUser(user: CurrentUser | null, input: InviteUserInput) {
  const admin = await requireAdmin(user);
  await assertDomainAllowed(input);
  const { invitee, token, department } = await prisma.$transaction(async (db) => {
    const existing = await db.user.findUnique({
      where: { email: input.email },
      select: { id: true, passwordHash: true },
    });
    const invitee =
      existing ??
      (await db.user.create({
        data: { email: input.email, name: input.name },
        select: { id: true, passwordHash: true },
      }));
    await db.membership.upsert({
      where: {
        userId_departmentId_role: { userId: invitee.id, departmentId: input.departmentId, role: input.role },
      },
      create: { userId: invitee.id, departmentId: input.departmentId, role: input.role },
      update: {},
    });
    const token = invitee.passwordHash ? null : await issueToken(db, invitee.id, "INVITATION");
    const department = await db.department.findUniqueOrThrow({
      where: { id: input.departmentId },
      select: { name: true },
    });
    await recordAudit(db, {
      actorId: admin.id,
      action: existing ? "membership.granted" : "user.invited",
      entityType: "User",
      entityId: invitee.id,
      departmentId: input.departmentId,
      after: {
        email: input.email,
        role: input.role,
        departmentId: input.departmentId,
        overrideDomain: input.overrideDomain,
      },
    });
    return { invitee, token, department };
  });
  const role = input.role === "STAFF" ? "staff (post and manage events)" : "moderator (review comments)";
  const link = token
    ? `${env().SITE_URL}/account/accept-invitation?token=${token}`
    : `${env().SITE_URL}/signin`;
  const delivery = await sendMail({
    to: input.email,
    subject: `You are invited to Coffee with a Cop for ${department.name}`,
    text: `Hello ${input.name},\n\n${admin.name} added you as ${role} for ${department.name} on Coffee with a Cop.\n\n${
      token
        ? `Choose your password here (the link works once, for 7 days):\n${link}`
        : `Sign in here:\n${link}`
    }\n`,
  });
  return { userId: invitee.id, departmentIds: [input.departmentId], delivery };
}
