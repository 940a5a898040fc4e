import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StaffLink } from "@/components/admin/staff-link";
import { notFound } from "next/navigation";
import { guardPage } from "@/lib/auth/page-guards";
import { getDepartmentForEditing } from "@/lib/departments/queries";
import { updateDepartmentAction } from "@/lib/departments/actions";
import { DepartmentForm } from "@/components/admin/department-form";
import { departmentFormLabels } from "@/components/admin/department-form-labels";
import { Notice } from "@/components/admin/notice";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminDepartments");
  return { title: t("one") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

export default async function EditDepartmentPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { notice } = await searchParams;
  const department = await guardPage(`/admin/departments/${id}`, (user) => getDepartmentForEditing(user, id));
  if (!department) notFound();
  const t = await getTranslations("AdminDepartments");
  return (
    <div className="space-y-4">
      <Notice code={notice} />
      <p>
        <StaffLink href="/admin/departments">{t("back")}</StaffLink>
      </p>
      <h1 className="text-3xl font-bold">{department.name}</h1>
      <p>
        <StaffLink href={`/departments/${department.slug}`}>{t("viewPublic")}</StaffLink> ·{" "}
        <StaffLink href={`/admin/departments/${department.id}/logo`}>{t("logo.field")}</StaffLink>
      </p>
      <DepartmentForm
        action={updateDepartmentAction}
        labels={await departmentFormLabels()}
        defaults={{
          departmentId: department.id,
          name: department.name,
          slug: department.slug,
          kind: department.kind,
          city: department.city,
          state: department.state,
          timeZone: department.timeZone,
          phone: department.phone ?? "",
          website: department.website ?? "",
          contactUrl: department.contactUrl ?? "",
          about: department.about ?? "",
          aboutEs: department.aboutEs ?? "",
          verifiedDomains: department.verifiedDomains.join(", "),
        }}
      />
    </div>
  );
}
