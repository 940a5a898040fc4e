import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { guardPage } from "@/lib/auth/page-guards";
import { requireAdmin } from "@/lib/auth/guards";
import { createDepartmentAction } from "@/lib/departments/actions";
import { DepartmentForm } from "@/components/admin/department-form";
import { departmentFormLabels } from "@/components/admin/department-form-labels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminDepartments");
  return { title: t("new") };
}

export default async function NewDepartmentPage() {
  await guardPage("/admin/departments/new", (user) => requireAdmin(user));
  const t = await getTranslations("AdminDepartments");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("new")}</h1>
      <DepartmentForm
        action={createDepartmentAction}
        labels={await departmentFormLabels()}
        defaults={{
          name: "",
          slug: "",
          kind: "CITY_POLICE",
          city: "",
          state: "",
          timeZone: "America/New_York",
          phone: "",
          website: "",
          contactUrl: "",
          about: "",
          aboutEs: "",
          verifiedDomains: "",
        }}
      />
    </div>
  );
}
