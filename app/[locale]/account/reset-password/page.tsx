import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { accountPageMetadata } from "../page-metadata";
import { accountForLink } from "@/lib/users/queries";
import { resetPasswordAction } from "@/lib/users/actions";
import { SetPasswordForm } from "@/components/forms/password-forms";
import { ExpiredLink } from "@/components/forms/token-page";

export async function generateMetadata(): Promise<Metadata> {
  return accountPageMetadata("reset", "/account/reset-password");
}

type Props = { searchParams: Promise<{ token?: string }> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const t = await getTranslations("Account.reset");
  const { token } = await searchParams;
  const account = await accountForLink(token, "PASSWORD_RESET");
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {account && token ? (
        <>
          <p>{t.rich("intro", { email: account.email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <SetPasswordForm action={resetPasswordAction} token={token} email={account.email} />
        </>
      ) : (
        <ExpiredLink />
      )}
    </div>
  );
}
