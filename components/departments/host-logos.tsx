import type { Locale } from "@/lib/i18n/routing";
import { DepartmentLogo } from "./department-logo";

type Host = { department: { slug: string; name: string; logoHash: string | null } };

/** The logos of an event's hosts that have one, side by side; nothing when none has. */
export function HostLogos({
  hosts,
  size = 64,
  locale,
}: {
  hosts: Host[];
  size?: 64 | 128;
  /** The page's language: its parent may render inside a 'use cache' scope, where it cannot be read (English when not given). */
  locale?: Locale;
}) {
  const withLogo = hosts.filter((host) => host.department.logoHash);
  if (withLogo.length === 0) return null;
  return (
    <ul className="flex flex-wrap items-center gap-3">
      {withLogo.map(({ department }) => (
        <li key={department.slug}>
          <DepartmentLogo department={department} size={size} locale={locale} />
        </li>
      ))}
    </ul>
  );
}
