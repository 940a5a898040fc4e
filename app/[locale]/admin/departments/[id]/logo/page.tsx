import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StaffLink } from "@/components/admin/staff-link";
import { notFound } from "next/navigation";
import { guardPage } from "@/lib/auth/page-guards";
import { getDepartmentForLogo } from "@/lib/departments/queries";
import { removeDepartmentLogoAction, uploadDepartmentLogoAction } from "@/lib/departments/actions";
import { LOGO_MAX_LABEL } from "@/lib/departments/limits";
import { DepartmentLogoForm } from "@/components/admin/department-logo-form";
import { DepartmentLogo } from "@/components/departments/department-logo";
import { ButtonForm } from "@/components/forms/button-form";
import { Notice } from "@/components/admin/notice";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminDepartments.logo");
  return { title: t("metaTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

export default async function DepartmentLogoPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { notice } = await searchParams;
  const department = await guardPage(`/admin/departments/${id}/logo`, (user) =>
    getDepartmentForLogo(user, id),
  );
  if (!department) notFound();
  const t = await getTranslations("AdminDepartments");
  const hasLogo = Boolean(department.logoHash);
  return (
    <div className="space-y-5">
      <Notice code={notice} />
      <p>
        <StaffLink href="/admin/departments">{t("back")}</StaffLink>
      </p>
      <h1 className="text-3xl font-bold">{t("logo.title", { name: department.name })}</h1>
      <p>
        {t.rich("logo.intro", {
          link: (chunks) => <StaffLink href={`/departments/${department.slug}`}>{chunks}</StaffLink>,
        })}
      </p>
      <section aria-labelledby="current-logo" className="space-y-2">
        <h2 id="current-logo" className="text-xl font-bold">
          {t("logo.current")}
        </h2>
        {hasLogo ? (
          <>
            <div className="flex items-end gap-4">
              <DepartmentLogo department={department} size={128} className="border border-slate-300" />
              <DepartmentLogo department={department} size={64} className="border border-slate-300" />
            </div>
            <ButtonForm
              action={removeDepartmentLogoAction}
              hidden={{ departmentId: department.id }}
              label={t("logo.remove")}
              variant="danger"
            />
          </>
        ) : (
          <p>{t("logo.none")}</p>
        )}
      </section>
      <section aria-labelledby="upload-logo" className="space-y-2">
        <h2 id="upload-logo" className="text-xl font-bold">
          {hasLogo ? t("logo.replaceHeading") : t("logo.uploadHeading")}
        </h2>
        <DepartmentLogoForm
          action={uploadDepartmentLogoAction}
          departmentId={department.id}
          labels={{
            logo: t("logo.field"),
            hint: t("logo.hint", { max: LOGO_MAX_LABEL }),
            submit: hasLogo ? t("logo.replace") : t("logo.upload"),
          }}
        />
      </section>
    </div>
  );
}
