import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { userForPage } from "@/lib/auth/page-guards";
import { changePasswordAction } from "@/lib/users/actions";
import { ChangePasswordForm } from "@/components/forms/password-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin.account");
  return { title: t("title") };
}

export default async function AccountPage() {
  const user = await userForPage("/admin/account");
  const t = await getTranslations("Admin.account");
  return (
    <div className="max-w-md space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>
        {user.name} · {user.email}
      </p>
      <h2 className="text-xl font-bold">{t("changePassword")}</h2>
      <ChangePasswordForm action={changePasswordAction} email={user.email} />
    </div>
  );
}
