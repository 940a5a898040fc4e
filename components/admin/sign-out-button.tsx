import { getLocale, getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/auth/sign-out";

export async function SignOutButton() {
  const t = await getTranslations("Admin");
  return (
    <form action={signOutAction}>
      <input type="hidden" name="locale" value={await getLocale()} />
      <button
        type="submit"
        className="rounded border border-white/70 px-3 py-1 text-white hover:bg-brand-900"
      >
        {t("signOut")}
      </button>
    </form>
  );
}
