import { accountForLink } from "@/lib/users/queries";
import { acceptInvitationAction } from "@/lib/users/actions";
import { SetPasswordForm } from "@/components/forms/password-forms";
import { ExpiredLink } from "@/components/forms/token-page";

export const metadata = { title: "Accept your invitation", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string }> };

export default async function AcceptInvitationPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const account = await accountForLink(token, "INVITATION");
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-3xl font-bold">Welcome to Coffee with a Cop</h1>
      {account && token ? (
        <>
          <p>
            Hello {account.name}. Choose a password for <strong>{account.email}</strong>; you will then sign
            in with it.
          </p>
          <SetPasswordForm action={acceptInvitationAction} token={token} email={account.email} />
        </>
      ) : (
        <ExpiredLink />
      )}
    </div>
  );
}
