import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StaffLink } from "@/components/admin/staff-link";
import { guardPage } from "@/lib/auth/page-guards";
import { requireAdmin } from "@/lib/auth/guards";
import { listPeople } from "@/lib/users/queries";
import { listDepartmentOptions } from "@/lib/departments/queries";
import { inviteUserAction } from "@/lib/users/actions";
import { RoleForm } from "@/components/admin/invite-user-form";
import { roleFormLabels } from "@/components/admin/invite-user-form-labels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminPeople");
  return { title: t("title") };
}

export default async function PeoplePage() {
  const people = await guardPage("/admin/users", async (user) => listPeople(await requireAdmin(user)));
  const departments = await listDepartmentOptions();
  const t = await getTranslations("AdminPeople");
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <section
        aria-labelledby="invite-heading"
        className="space-y-3 rounded-lg border-2 border-slate-300 p-4"
      >
        <h2 id="invite-heading" className="text-xl font-bold">
          {t("invite")}
        </h2>
        <p className="text-slate-700">{t("inviteIntro")}</p>
        <RoleForm action={inviteUserAction} departments={departments} labels={await roleFormLabels()} />
      </section>
      <section aria-labelledby="people-heading">
        <h2 id="people-heading" className="mb-2 text-xl font-bold">
          {t("everyone")}
        </h2>
        <ul className="divide-y divide-slate-200">
          {people.map((person) => (
            <li key={person.id} className="py-2">
              <StaffLink href={`/admin/users/${person.id}`} className="font-semibold">
                {person.name}
              </StaffLink>{" "}
              <span className="break-all text-slate-700">{person.email}</span>
              {person.isSiteAdmin && (
                <span className="ml-2 inline-block rounded bg-brand-100 px-2 text-sm">{t("siteAdmin")}</span>
              )}
              {person.deactivatedAt && (
                <span className="ml-2 inline-block rounded bg-red-100 px-2 text-sm text-red-900">
                  {t("deactivated")}
                </span>
              )}
              {person.invitationPending && (
                <span className="ml-2 inline-block rounded bg-amber-100 px-2 text-sm">
                  {t("invitationPending")}
                </span>
              )}
              <div className="text-sm text-slate-700">
                {person.memberships
                  .map((m) => t("membership", { department: m.department.name, role: m.role }))
                  .join(", ") || t("noRoles")}
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
