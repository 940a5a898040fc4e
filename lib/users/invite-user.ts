// Site admins invite a person to a department with a role. A new person gets an
// invitation link; someone with an account already just gains the role.
import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { requireAdmin, type CurrentUser } from "@/lib/auth/guards";
import { emailWords, siteLink } from "@/lib/mail/in-language";
import { sendMail } from "@/lib/mail/send";
import type { InviteUserInput } from "./schemas";
import { assertDomainAllowed } from "./domains";
import { issueToken } from "./tokens";

export async function inviteUser(user: CurrentUser | null, input: InviteUserInput) {
  const admin = await requireAdmin(user);
  const language = input.emailLanguage ?? "en";
  await assertDomainAllowed(input);
  const { invitee, token, department } = await prisma.$transaction(async (db) => {
    const existing = await db.user.findUnique({
      where: { email: input.email },
      select: { id: true, passwordHash: true },
    });
    const invitee =
      existing ??
      (await db.user.create({
        data: { email: input.email, name: input.name, locale: language },
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
        emailLanguage: language,
      },
    });
    return { invitee, token, department };
  });
  const t = emailWords(language, "invitation");
  const link = siteLink(language, token ? `/account/accept-invitation?token=${token}` : "/signin");
  const delivery = await sendMail({
    to: input.email,
    subject: t("subject", { department: department.name }),
    text: `${t("hello", { name: input.name })}\n\n${t("added", {
      admin: admin.name,
      role: input.role,
      department: department.name,
    })}\n\n${token ? t("choosePassword") : t("signIn")}\n${link}\n`,
  });
  return { userId: invitee.id, departmentIds: [input.departmentId], delivery };
}
