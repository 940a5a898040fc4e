import { getTranslations } from "next-intl/server";
import { StaffLink } from "@/components/admin/staff-link";
import type { CurrentUser } from "@/lib/auth/current-user";
import { SignOutButton } from "./sign-out-button";

export async function AdminNav({ user }: { user: CurrentUser }) {
  const t = await getTranslations("Admin.nav");
  const site = await getTranslations("AdminSite");
  const isStaff = user.isSiteAdmin || user.memberships.some((m) => m.role === "STAFF");
  const isModerator = user.isSiteAdmin || user.memberships.some((m) => m.role === "MODERATOR");
  const links = [
    { href: "/admin", label: t("dashboard"), show: true },
    { href: "/admin/events", label: t("events"), show: isStaff },
    { href: "/admin/proposals", label: t("proposals"), show: isStaff },
    { href: "/admin/series", label: t("series"), show: isStaff },
    { href: "/admin/venues", label: t("venues"), show: isStaff },
    { href: "/admin/moderation", label: t("moderation"), show: isModerator },
    {
      href: "/admin/departments",
      label: user.isSiteAdmin ? t("departments") : t("myDepartments"),
      show: isStaff,
    },
    { href: "/admin/users", label: t("people"), show: user.isSiteAdmin },
    { href: "/admin/reports", label: t("reports"), show: isStaff },
    { href: "/admin/audit", label: t("audit"), show: isStaff },
    { href: "/admin/outbox", label: t("outbox"), show: user.isSiteAdmin },
    { href: "/admin/site", label: site("nav"), show: user.isSiteAdmin },
    { href: "/admin/account", label: t("account"), show: true },
  ].filter((link) => link.show);
  return (
    <div className="mb-6 rounded-lg bg-brand-800 px-4 py-3 text-white">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p>
          {t.rich("signedInAs", {
            name: user.name,
            email: user.email,
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
        <SignOutButton />
      </div>
      <nav aria-label={t("label")} className="mt-2">
        <ul className="flex flex-wrap gap-x-5 gap-y-1">
          {links.map((link) => (
            <li key={link.href}>
              <StaffLink href={link.href} className="text-white hover:text-brand-100">
                {link.label}
              </StaffLink>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
