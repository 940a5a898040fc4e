// Choosing a password from an invitation or reset link, changing it, and asking for a
// reset link: the client forms (password-form-fields.tsx) with their words in the page's language.
import { getTranslations } from "next-intl/server";
import type { FormAction } from "@/lib/actions/state";
import { PASSWORD_MIN } from "@/lib/users/limits";
import {
  ChangePasswordFields,
  ForgotPasswordFields,
  SetPasswordFields,
  type PasswordFormLabels,
} from "./password-form-fields";

async function passwordFormLabels(): Promise<PasswordFormLabels> {
  const t = await getTranslations("Forms.password");
  return {
    newPassword: t("new"),
    passwordAgain: t("againLabel"),
    setHint: t("setHint", { min: PASSWORD_MIN }),
    changeHint: t("changeHint", { min: PASSWORD_MIN }),
    save: t("save"),
    email: t("email"),
    sendLink: t("sendLink"),
    currentPassword: t("current"),
    change: t("change"),
  };
}

export async function SetPasswordForm(props: { action: FormAction; token: string; email: string }) {
  return <SetPasswordFields {...props} labels={await passwordFormLabels()} />;
}

export async function ForgotPasswordForm(props: { action: FormAction }) {
  return <ForgotPasswordFields {...props} labels={await passwordFormLabels()} />;
}

export async function ChangePasswordForm(props: { action: FormAction; email: string }) {
  return <ChangePasswordFields {...props} labels={await passwordFormLabels()} />;
}
