import Link from "next/link";
import { guardPage } from "@/lib/auth/page-guards";
import { listDepartmentsForAdmin } from "@/lib/departments/queries";
import { AdminPageHeader } from "@/components/admin/page-header";

export const metadata = { title: "Departments" };

export default async function AdminDepartmentsPage() {
  const departments = await guardPage("/admin/departments", (user) => listDepartmentsForAdmin(user));
  return (
    <div className="space-y-5">
      <AdminPageHeader
        title="Departments"
        create={{ href: "/admin/departments/new", label: "New department" }}
      />
      <ul className="divide-y divide-slate-200">
        {departments.map((d) => (
          <li key={d.id} className="py-2">
            <Link href={`/admin/departments/${d.id}`} className="font-semibold">
              {d.name}
            </Link>{" "}
            <span className="text-slate-700">
              {d.city}, {d.state}
            </span>
            <div className="text-sm text-slate-700">
              {d._count.memberships} {d._count.memberships === 1 ? "member" : "members"} · verified domains:{" "}
              {d.verifiedDomains.join(", ") || "none"}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
