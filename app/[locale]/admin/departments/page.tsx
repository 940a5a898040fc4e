import { StaffLink } from "@/components/admin/staff-link";
import { guardPage } from "@/lib/auth/page-guards";
import { listDepartmentsForAdmin, listDepartmentsForStaff } from "@/lib/departments/queries";
import { AdminPageHeader } from "@/components/admin/page-header";

export const metadata = { title: "Departments" };

/** Site admins: every department, to edit. Staff: their own, for the logo. */
export default async function AdminDepartmentsPage() {
  const { isSiteAdmin, departments } = await guardPage("/admin/departments", async (user) =>
    user.isSiteAdmin
      ? { isSiteAdmin: true, departments: await listDepartmentsForAdmin(user) }
      : { isSiteAdmin: false, departments: await listDepartmentsForStaff(user) },
  );
  return (
    <div className="space-y-5">
      <AdminPageHeader
        title={isSiteAdmin ? "Departments" : "My departments"}
        create={isSiteAdmin ? { href: "/admin/departments/new", label: "New department" } : undefined}
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
              {d._count.memberships} {d._count.memberships === 1 ? "member" : "members"} · verified domains:{" "}
              {d.verifiedDomains.join(", ") || "none"} ·{" "}
              <StaffLink href={`/admin/departments/${d.id}/logo`}>
                {d.logoHash ? "Logo" : "Add a logo"}
                <span className="sr-only"> for {d.name}</span>
              </StaffLink>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
