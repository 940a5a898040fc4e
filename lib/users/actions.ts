"use server";
// Server actions for people: invitations, roles, deactivation, passwords.
import { redirect } from "next/navigation";
import { messageKey } from "@/lib/actions/message-key";
import { safeAction } from "@/lib/actions/safe-action";
import { localizedPath, type Locale } from "@/lib/i18n/routing";
import {
  AddMembershipSchema,
  ChangePasswordSchema,
  ForgotPasswordSchema,
  InviteUserSchema,
  MembershipIdSchema,
  SetPasswordSchema,
  UserIdSchema,
} from "./schemas";
import { inviteUser } from "./invite-user";
import { addMembership } from "./add-membership";
import { revokeMembership } from "./revoke-membership";
import { deactivateUser, reactivateUser } from "./deactivate-user";
import { acceptInvitation, resetPassword } from "./set-password";
import { requestPasswordReset } from "./request-password-reset";
import { changePassword } from "./change-password";
import { revalidatePersonPages } from "./cache";

function backToPerson(
  result: { userId: string; departmentIds: string[] },
  notice: string,
  { locale }: { locale: Locale },
): never {
  revalidatePersonPages(result);
  redirect(localizedPath(locale, `/admin/users/${result.userId}?notice=${notice}`));
}

export const inviteUserAction = safeAction(InviteUserSchema, inviteUser, {
  onSuccess: (result, _input, form) =>
    backToPerson(result, result.delivery === "sent" ? "invited" : "invited-outbox", form),
});

export const addMembershipAction = safeAction(AddMembershipSchema, addMembership, {
  onSuccess: (result, _input, form) => backToPerson(result, "updated", form),
});

export const revokeMembershipAction = safeAction(MembershipIdSchema, revokeMembership, {
  onSuccess: (result, _input, form) => backToPerson(result, "updated", form),
});

export const deactivateUserAction = safeAction(UserIdSchema, deactivateUser, {
  onSuccess: (result, _input, form) => backToPerson(result, "updated", form),
});

export const reactivateUserAction = safeAction(UserIdSchema, reactivateUser, {
  onSuccess: (result, _input, form) => backToPerson(result, "updated", form),
});

/** After a new password: sign in with it, in the language the form was in. */
const toSignIn = (_result: unknown, _input: unknown, { locale }: { locale: Locale }) =>
  redirect(localizedPath(locale, "/signin?callbackUrl=%2Fadmin&passwordSet=1"));

export const acceptInvitationAction = safeAction(SetPasswordSchema, acceptInvitation, {
  anonymous: true,
  onSuccess: toSignIn,
});

export const resetPasswordAction = safeAction(SetPasswordSchema, resetPassword, {
  anonymous: true,
  onSuccess: toSignIn,
});

export const requestPasswordResetAction = safeAction(ForgotPasswordSchema, requestPasswordReset, {
  anonymous: true,
  // The same answer for every email, in the form (decision 0022's patch keeps the state
  // of a form posted without JavaScript).
  onSuccess: () => ({ status: "success", message: messageKey("Account.forgot.sent") }),
});

export const changePasswordAction = safeAction(ChangePasswordSchema, changePassword, {
  onSuccess: toSignIn,
});
