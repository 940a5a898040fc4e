import Link from "next/link";
import { requestPasswordResetAction } from "@/lib/users/actions";
import { ForgotPasswordForm } from "@/components/forms/password-forms";

export const metadata = { title: "Forgot your password?", robots: { index: false } };

type Props = { searchParams: Promise<{ sent?: string | string[] }> };

export default async function ForgotPasswordPage({ searchParams }: Props) {
  const { sent } = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-3xl font-bold">Forgot your password?</h1>
      {sent === "1" && (
        <p role="status" className="rounded-lg border-2 border-green-700 bg-green-50 p-3 text-green-900">
          If an account uses this email, a link to choose a new password is on its way. It works for one hour.
        </p>
      )}
      <p>Enter the email you sign in with. We will send a link to choose a new password.</p>
      <ForgotPasswordForm action={requestPasswordResetAction} />
      <p>
        <Link href="/signin">Back to sign in</Link>
      </p>
    </div>
  );
}
