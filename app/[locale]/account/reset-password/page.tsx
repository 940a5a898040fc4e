import { accountForLink } from "@/lib/users/queries";
import { resetPasswordAction } from "@/lib/users/actions";
import { SetPasswordForm } from "@/components/forms/password-forms";
import { ExpiredLink } from "@/components/forms/token-page";

export const metadata = { title: "Choose a new password", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string }> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const account = await accountForLink(token, "PASSWORD_RESET");
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-3xl font-bold">Choose a new password</h1>
      {account && token ? (
        <>
          <p>
            For <strong>{account.email}</strong>. Saving it signs you out everywhere else.
          </p>
          <SetPasswordForm action={resetPasswordAction} token={token} email={account.email} />
        </>
      ) : (
        <ExpiredLink />
      )}
    </div>
  );
}
