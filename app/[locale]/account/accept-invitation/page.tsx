import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { accountPageMetadata } from "../page-metadata";
import { accountForLink } from "@/lib/users/queries";
import { acceptInvitationAction } from "@/lib/users/actions";
import { SetPasswordForm } from "@/components/forms/password-forms";
import { ExpiredLink } from "@/components/forms/token-page";

export async function generateMetadata(): Promise<Metadata> {
  return accountPageMetadata("invitation", "/account/accept-invitation");
}

type Props = { searchParams: Promise<{ token?: string }> };

export default async function AcceptInvitationPage({ searchParams }: Props) {
  const t = await getTranslations("Account.invitation");
  const { token } = await searchParams;
  const account = await accountForLink(token, "INVITATION");
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-3xl font-bold">{t("heading")}</h1>
      {account && token ? (
        <>
          <p>
            {t.rich("intro", {
              name: account.name,
              email: account.email,
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
          <SetPasswordForm action={acceptInvitationAction} token={token} email={account.email} />
        </>
      ) : (
        <ExpiredLink />
      )}
    </div>
  );
}
