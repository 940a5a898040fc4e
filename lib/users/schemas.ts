// Forms about people: invitations, roles, accounts, passwords.
import { z } from "zod";
import { checkbox, email, id, requiredText } from "@/lib/actions/fields";
import { PASSWORD_MIN } from "./limits";

export const ROLES = ["STAFF", "MODERATOR"] as const;

export const InviteUserSchema = z.object({
  email,
  name: requiredText("the person's name", 2, 100),
  departmentId: id("Choose a department."),
  role: z.enum(ROLES, { error: "Choose a role." }),
  /** Admins may invite staff whose email is not on the department's verified domains. */
  overrideDomain: checkbox,
});

/** The first site admin, made from the command line. */
export const SiteAdminInvitationSchema = z.object({
  email,
  name: requiredText("the person's name", 2, 100),
});

export const AddMembershipSchema = z.object({
  userId: id("The person is missing."),
  departmentId: id("Choose a department."),
  role: z.enum(ROLES, { error: "Choose a role." }),
  overrideDomain: checkbox,
});

export const MembershipIdSchema = z.object({ membershipId: id("The role is missing.") });
export const UserIdSchema = z.object({ userId: id("The person is missing.") });

const newPassword = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters. A few unrelated words make a good password.`)
  .max(200, "Use at most 200 characters.");

export const SetPasswordSchema = z
  .object({
    token: z.string().min(10, "This link is not valid."),
    password: newPassword,
    passwordConfirmation: z.string({ error: "Type the password again." }),
  })
  .refine((input) => input.password === input.passwordConfirmation, {
    path: ["passwordConfirmation"],
    message: "The two passwords differ. Type the same password twice.",
  });

export const ForgotPasswordSchema = z.object({ email });

export type InviteUserInput = z.output<typeof InviteUserSchema>;

export const ChangePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "Enter your current password." })
      .min(1, "Enter your current password."),
    password: newPassword,
    passwordConfirmation: z.string({ error: "Type the password again." }),
  })
  .refine((input) => input.password === input.passwordConfirmation, {
    path: ["passwordConfirmation"],
    message: "The two passwords differ. Type the same password twice.",
  });
