// Forms about people: invitations, roles, accounts, passwords.
import { z } from "zod";
import { checkbox, email, id, language, requiredText } from "@/lib/actions/fields";
import { messageKey } from "@/lib/actions/message-key";
import { PASSWORD_MIN } from "./limits";

export const ROLES = ["STAFF", "MODERATOR"] as const;

export const InviteUserSchema = z.object({
  email,
  name: requiredText("AdminPeople.error.name", 2, 100),
  departmentId: id(messageKey("AdminPeople.error.departmentMissing")),
  role: z.enum(ROLES, { error: messageKey("AdminPeople.error.roleMissing") }),
  /** Admins may invite staff whose email is not on the department's verified domains. */
  overrideDomain: checkbox,
  /** The language of the invitation email, and of the site's later emails to this person. */
  emailLanguage: language,
});

/** The first site admin, made from the command line. */
export const SiteAdminInvitationSchema = z.object({
  email,
  name: requiredText("AdminPeople.error.name", 2, 100),
});

export const AddMembershipSchema = z.object({
  userId: id(messageKey("AdminPeople.error.personMissing")),
  departmentId: id(messageKey("AdminPeople.error.departmentMissing")),
  role: z.enum(ROLES, { error: messageKey("AdminPeople.error.roleMissing") }),
  overrideDomain: checkbox,
});

export const MembershipIdSchema = z.object({
  membershipId: id(messageKey("AdminPeople.error.roleIdMissing")),
});
export const UserIdSchema = z.object({ userId: id(messageKey("AdminPeople.error.personMissing")) });

const newPassword = z
  .string({ error: messageKey("Forms.password.missing") })
  .min(PASSWORD_MIN, messageKey("Forms.password.tooShort", { min: PASSWORD_MIN }))
  .max(200, messageKey("Forms.password.tooLong", { max: 200 }));

export const SetPasswordSchema = z
  .object({
    token: z.string().min(10, messageKey("Forms.password.linkInvalid")),
    password: newPassword,
    passwordConfirmation: z.string({ error: messageKey("Forms.password.again") }),
  })
  .refine((input) => input.password === input.passwordConfirmation, {
    path: ["passwordConfirmation"],
    message: messageKey("Forms.password.differ"),
  });

/** The reset email goes out in the form's language. */
export const ForgotPasswordSchema = z.object({ email, locale: language });

/** The invitation's language may be left out (English) by callers other than the form. */
export type InviteUserInput = Omit<z.output<typeof InviteUserSchema>, "emailLanguage"> &
  Partial<Pick<z.output<typeof InviteUserSchema>, "emailLanguage">>;

export const ChangePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: messageKey("Forms.password.currentMissing") })
      .min(1, messageKey("Forms.password.currentMissing")),
    password: newPassword,
    passwordConfirmation: z.string({ error: messageKey("Forms.password.again") }),
  })
  .refine((input) => input.password === input.passwordConfirmation, {
    path: ["passwordConfirmation"],
    message: messageKey("Forms.password.differ"),
  });
