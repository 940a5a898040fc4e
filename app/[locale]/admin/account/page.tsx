import { userForPage } from "@/lib/auth/page-guards";
import { changePasswordAction } from "@/lib/users/actions";
import { ChangePasswordForm } from "@/components/forms/password-forms";

export const metadata = { title: "My account" };

export default async function AccountPage() {
  const user = await userForPage("/admin/account");
  return (
    <div className="max-w-md space-y-4">
      <h1 className="text-3xl font-bold">My account</h1>
      <p>
        {user.name} · {user.email}
      </p>
      <h2 className="text-xl font-bold">Change password</h2>
      <ChangePasswordForm action={changePasswordAction} email={user.email} />
    </div>
  );
}
