import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { AdminNav } from "@/components/admin/admin-nav";

// Staff pages read the session: they render per request and are never cached.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin");
  return {
    title: { default: t("title"), template: t("titleTemplate") },
    robots: { index: false },
  };
}

// For convenience only: every admin page and action checks rights itself (each page
// sends anonymous visitors to sign in, with its own path to come back to).
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <>
      {user && <AdminNav user={user} />}
      {children}
    </>
  );
}
