import { StaffLink } from "@/components/admin/staff-link";
import type { CurrentUser } from "@/lib/auth/current-user";
import { SignOutButton } from "./sign-out-button";

export function AdminNav({ user }: { user: CurrentUser }) {
  const isStaff = user.isSiteAdmin || user.memberships.some((m) => m.role === "STAFF");
  const isModerator = user.isSiteAdmin || user.memberships.some((m) => m.role === "MODERATOR");
  const links = [
    { href: "/admin", label: "Dashboard", show: true },
    { href: "/admin/events", label: "Events", show: isStaff },
    { href: "/admin/series", label: "Series", show: isStaff },
    { href: "/admin/venues", label: "Venues", show: isStaff },
    { href: "/admin/moderation", label: "Moderation", show: isModerator },
    { href: "/admin/departments", label: user.isSiteAdmin ? "Departments" : "My departments", show: isStaff },
    { href: "/admin/users", label: "People", show: user.isSiteAdmin },
    { href: "/admin/reports", label: "Reports", show: isStaff },
    { href: "/admin/audit", label: "Audit log", show: isStaff },
    { href: "/admin/outbox", label: "Outbox", show: user.isSiteAdmin },
    { href: "/admin/account", label: "My account", show: true },
  ].filter((link) => link.show);
  return (
    <div className="mb-6 rounded-lg bg-brand-800 px-4 py-3 text-white">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p>
          Signed in as <strong>{user.name}</strong> ({user.email})
        </p>
        <SignOutButton />
      </div>
      <nav aria-label="Admin" className="mt-2">
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
