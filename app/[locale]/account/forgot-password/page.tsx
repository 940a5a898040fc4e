import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { accountPageMetadata } from "../page-metadata";
import { requestPasswordResetAction } from "@/lib/users/actions";
import { Link } from "@/lib/i18n/navigation";
import { ForgotPasswordForm } from "@/components/forms/password-forms";

export async function generateMetadata(): Promise<Metadata> {
  return accountPageMetadata("forgot", "/account/forgot-password");
}

type Props = { searchParams: Promise<{ sent?: string | string[] }> };

export default async function ForgotPasswordPage({ searchParams }: Props) {
  const t = await getTranslations("Account.forgot");
  const { sent } = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {sent === "1" && (
        <p role="status" className="rounded-lg border-2 border-green-700 bg-green-50 p-3 text-green-900">
          {t("sent")}
        </p>
      )}
      <p>{t("intro")}</p>
      <ForgotPasswordForm action={requestPasswordResetAction} />
      <p>
        <Link href="/signin">{t("back")}</Link>
      </p>
    </div>
  );
}
