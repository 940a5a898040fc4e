import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { accountPageMetadata } from "../page-metadata";
import { requestPasswordResetAction } from "@/lib/users/actions";
import { Link } from "@/lib/i18n/navigation";
import { ForgotPasswordForm } from "@/components/forms/password-forms";

export async function generateMetadata(): Promise<Metadata> {
  return accountPageMetadata("forgot", "/account/forgot-password");
}

/** Asking for a reset link: the answer (the same for every email) shows in the form. */
export default async function ForgotPasswordPage() {
  const t = await getTranslations("Account.forgot");
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <ForgotPasswordForm action={requestPasswordResetAction} />
      <p>
        <Link href="/signin">{t("back")}</Link>
      </p>
    </div>
  );
}
