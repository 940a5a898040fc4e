import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { StaffLink } from "@/components/admin/staff-link";
import { Notice } from "@/components/admin/notice";
import { DepartmentForm } from "@/components/admin/department-form";
import { departmentFormLabels } from "@/components/admin/department-form-labels";
import { guardPage } from "@/lib/auth/page-guards";
import { updateDepartmentContactAction } from "@/lib/departments/actions";
import { getDepartmentForContact } from "@/lib/departments/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminDepartments.contact");
  return { title: t("metaTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

/** A department's own staff keep its phone line, website, contact page and description current. */
export default async function DepartmentContactPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { notice } = await searchParams;
  const department = await guardPage(`/admin/departments/${id}/contact`, (user) =>
    getDepartmentForContact(user, id),
  );
  if (!department) notFound();
  const t = await getTranslations("AdminDepartments");
  return (
    <div className="space-y-4">
      <Notice code={notice} />
      <p>
        <StaffLink href="/admin/departments">{t("back")}</StaffLink>
      </p>
      <h1 className="text-3xl font-bold">{t("contact.title", { name: department.name })}</h1>
      <p>
        {t.rich("contact.intro", {
          link: (chunks) => <StaffLink href={`/departments/${department.slug}`}>{chunks}</StaffLink>,
        })}
      </p>
      <DepartmentForm
        action={updateDepartmentContactAction}
        labels={await departmentFormLabels()}
        part="contact"
        submit={t("contact.save")}
        defaults={{
          departmentId: department.id,
          name: "",
          slug: "",
          kind: "",
          city: "",
          state: "",
          timeZone: "",
          phone: department.phone ?? "",
          website: department.website ?? "",
          contactUrl: department.contactUrl ?? "",
          about: department.about ?? "",
          aboutEs: department.aboutEs ?? "",
          verifiedDomains: "",
        }}
      />
    </div>
  );
}
