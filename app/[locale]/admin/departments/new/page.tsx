import { guardPage } from "@/lib/auth/page-guards";
import { requireAdmin } from "@/lib/auth/guards";
import { createDepartmentAction } from "@/lib/departments/actions";
import { DepartmentForm } from "@/components/admin/department-form";

export const metadata = { title: "New department" };

export default async function NewDepartmentPage() {
  await guardPage("/admin/departments/new", (user) => requireAdmin(user));
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">New department</h1>
      <DepartmentForm
        action={createDepartmentAction}
        defaults={{
          name: "",
          slug: "",
          kind: "CITY_POLICE",
          city: "",
          state: "",
          timeZone: "America/New_York",
          phone: "",
          website: "",
          about: "",
          aboutEs: "",
          verifiedDomains: "",
        }}
      />
    </div>
  );
}
