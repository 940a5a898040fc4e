import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StaffLink } from "@/components/admin/staff-link";
import { guardPage } from "@/lib/auth/page-guards";
import { listDepartmentsForAdmin, listDepartmentsForStaff } from "@/lib/departments/queries";
import { AdminPageHeader } from "@/components/admin/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminDepartments");
  return { title: t("title") };
}

/** Site admins: every department, to edit. Staff: their own, for the logo and contact details. */
export default async function AdminDepartmentsPage() {
  const { isSiteAdmin, departments } = await guardPage("/admin/departments", async (user) =>
    user.isSiteAdmin
      ? { isSiteAdmin: true, departments: await listDepartmentsForAdmin(user) }
      : { isSiteAdmin: false, departments: await listDepartmentsForStaff(user) },
  );
  const t = await getTranslations("AdminDepartments");
  return (
    <div className="space-y-5">
      <AdminPageHeader
        title={isSiteAdmin ? t("title") : t("mine")}
        create={isSiteAdmin ? { href: "/admin/departments/new", label: t("new") } : undefined}
      />
      <ul className="divide-y divide-slate-200">
        {departments.map((d) => (
          <li key={d.id} className="py-2">
            {isSiteAdmin ? (
              <StaffLink href={`/admin/departments/${d.id}`} className="font-semibold">
                {d.name}
              </StaffLink>
            ) : (
              <strong>{d.name}</strong>
            )}{" "}
            <span className="text-slate-700">
              {d.city}, {d.state}
            </span>
            <div className="text-sm text-slate-700">
              {t("members", { count: d._count.memberships })} ·{" "}
              {t("verifiedDomains", { domains: d.verifiedDomains.join(", ") || t("noDomains") })} ·{" "}
              <StaffLink href={`/admin/departments/${d.id}/logo`}>
                {d.logoHash ? t("logoLink") : t("addLogo")}
                <span className="sr-only"> {t("logoFor", { name: d.name })}</span>
              </StaffLink>{" "}
              ·{" "}
              <StaffLink href={`/admin/departments/${d.id}/contact`}>
                {t("contactLink")}
                <span className="sr-only"> {t("contactOf", { name: d.name })}</span>
              </StaffLink>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
