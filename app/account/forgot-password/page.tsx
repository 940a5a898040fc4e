import Link from "next/link";
import { connection } from "next/server";
import { requestPasswordResetAction } from "@/lib/users/actions";
import { ForgotPasswordForm } from "@/components/forms/password-forms";

export const metadata = { title: "Forgot your password?", robots: { index: false } };

export default async function ForgotPasswordPage() {
  // Rendered per request: a form posted without JavaScript to a prerendered page comes back
  // without its answer under cacheComponents (vercel/next.js#97784).
  await connection();
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-3xl font-bold">Forgot your password?</h1>
      <p>Enter the email you sign in with. We will send a link to choose a new password.</p>
      <ForgotPasswordForm action={requestPasswordResetAction} />
      <p>
        <Link href="/signin">Back to sign in</Link>
      </p>
    </div>
  );
}
