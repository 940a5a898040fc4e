import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StaffLink } from "@/components/admin/staff-link";
import { notFound } from "next/navigation";
import { guardPage } from "@/lib/auth/page-guards";
import { getPerson } from "@/lib/users/queries";
import { listDepartmentOptions } from "@/lib/departments/queries";
import {
  addMembershipAction,
  deactivateUserAction,
  reactivateUserAction,
  revokeMembershipAction,
} from "@/lib/users/actions";
import { RoleForm } from "@/components/admin/invite-user-form";
import { roleFormLabels } from "@/components/admin/invite-user-form-labels";
import { ButtonForm } from "@/components/forms/button-form";
import { Notice } from "@/components/admin/notice";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminPeople");
  return { title: t("person") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

export default async function PersonPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { notice } = await searchParams;
  const person = await guardPage(`/admin/users/${id}`, (user) => getPerson(user, id));
  if (!person) notFound();
  const departments = await listDepartmentOptions();
  const t = await getTranslations("AdminPeople");
  return (
    <div className="space-y-8">
      <Notice code={notice} />
      <div>
        <p>
          <StaffLink href="/admin/users">{t("back")}</StaffLink>
        </p>
        <h1 className="mt-2 text-3xl font-bold">{person.name}</h1>
        <p>{person.email}</p>
        {person.invitationPending && <p className="mt-1 text-slate-700">{t("notAccepted")}</p>}
        {person.deactivatedAt && <p className="mt-1 font-semibold text-red-900">{t("deactivatedNote")}</p>}
      </div>

      <section aria-labelledby="roles-heading" className="space-y-3">
        <h2 id="roles-heading" className="text-xl font-bold">
          {t("roles")}
        </h2>
        {person.memberships.length === 0 && <p>{t("noRolesYet")}</p>}
        <ul className="space-y-3">
          {person.memberships.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center gap-4 rounded border border-slate-300 p-3">
              <span className="flex-1">
                <strong>{m.department.name}</strong> — {t(`role.${m.role}`)}
              </span>
              <ButtonForm
                action={revokeMembershipAction}
                hidden={{ membershipId: m.id }}
                label={t("removeRole")}
              />
            </li>
          ))}
        </ul>
        <h3 className="pt-2 text-lg font-bold">{t("addRole")}</h3>
        <RoleForm
          action={addMembershipAction}
          departments={departments}
          userId={person.id}
          labels={await roleFormLabels()}
        />
      </section>

      <section aria-labelledby="account-heading" className="space-y-3">
        <h2 id="account-heading" className="text-xl font-bold">
          {t("account")}
        </h2>
        {person.deactivatedAt ? (
          <ButtonForm
            action={reactivateUserAction}
            hidden={{ userId: person.id }}
            label={t("reactivate")}
            variant="primary"
          />
        ) : (
          <ButtonForm
            action={deactivateUserAction}
            hidden={{ userId: person.id }}
            label={t("deactivate")}
            variant="danger"
            confirmText={t("deactivateConfirm")}
          />
        )}
      </section>
    </div>
  );
}
