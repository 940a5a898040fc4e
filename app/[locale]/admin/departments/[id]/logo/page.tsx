import { StaffLink } from "@/components/admin/staff-link";
import { notFound } from "next/navigation";
import { guardPage } from "@/lib/auth/page-guards";
import { getDepartmentForLogo } from "@/lib/departments/queries";
import { removeDepartmentLogoAction, uploadDepartmentLogoAction } from "@/lib/departments/actions";
import { DepartmentLogoForm } from "@/components/admin/department-logo-form";
import { DepartmentLogo } from "@/components/departments/department-logo";
import { ButtonForm } from "@/components/forms/button-form";
import { Notice } from "@/components/admin/notice";

export const metadata = { title: "Department logo" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

export default async function DepartmentLogoPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { notice } = await searchParams;
  const department = await guardPage(`/admin/departments/${id}/logo`, (user) =>
    getDepartmentForLogo(user, id),
  );
  if (!department) notFound();
  return (
    <div className="space-y-5">
      <Notice code={notice} />
      <p>
        <StaffLink href="/admin/departments">← Departments</StaffLink>
      </p>
      <h1 className="text-3xl font-bold">{department.name}: logo or seal</h1>
      <p>
        It shows on <StaffLink href={`/departments/${department.slug}`}>the department’s page</StaffLink>, on its
        events’ pages and printable flyers, and in the widget on the department’s website.
      </p>
      <section aria-labelledby="current-logo" className="space-y-2">
        <h2 id="current-logo" className="text-xl font-bold">
          Current logo
        </h2>
        {department.logoHash ? (
          <>
            <div className="flex items-end gap-4">
              <DepartmentLogo department={department} size={128} className="border border-slate-300" />
              <DepartmentLogo department={department} size={64} className="border border-slate-300" />
            </div>
            <ButtonForm
              action={removeDepartmentLogoAction}
              hidden={{ departmentId: department.id }}
              label="Remove the logo"
              variant="danger"
            />
          </>
        ) : (
          <p>None yet: pages show the department’s name only.</p>
        )}
      </section>
      <section aria-labelledby="upload-logo" className="space-y-2">
        <h2 id="upload-logo" className="text-xl font-bold">
          {department.logoHash ? "Replace it" : "Upload one"}
        </h2>
        <DepartmentLogoForm
          action={uploadDepartmentLogoAction}
          departmentId={department.id}
          hasLogo={Boolean(department.logoHash)}
        />
      </section>
    </div>
  );
}
