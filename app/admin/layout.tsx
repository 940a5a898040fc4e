import type { Metadata } from "next";
import type { ReactNode } from "react";
import { userForPage } from "@/lib/auth/page-guards";
import { AdminNav } from "@/components/admin/admin-nav";

export const metadata: Metadata = {
  title: { default: "Admin", template: "%s · Admin · Coffee with a Cop" },
  robots: { index: false },
};

// For convenience only: every admin page and action checks rights itself.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await userForPage("/admin");
  return (
    <>
      <AdminNav user={user} />
      {children}
    </>
  );
}
