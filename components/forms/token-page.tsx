import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function ExpiredLink({ children }: { children?: ReactNode }) {
  const t = await getTranslations("Forms.password");
  return (
    <div className="space-y-3">
      <p role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-3 text-red-900">
        {t("expired")}
      </p>
      {children ?? (
        <p>{t.rich("askNewLink", { link: (chunks) => <Link href="/account/forgot-password">{chunks}</Link> })}</p>
      )}
    </div>
  );
}
