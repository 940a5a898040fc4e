// An admin page's title, with the link to create a new record (when the person may).
import { StaffLink } from "@/components/admin/staff-link";

type Props = {
  title: string;
  /** The "New …" link beside the title. */
  create?: { href: string; label: string };
};

export function AdminPageHeader({ title, create }: Props) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <h1 className="text-3xl font-bold">{title}</h1>
      {create && (
        <StaffLink
          href={create.href}
          className="rounded-md bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
        >
          {create.label}
        </StaffLink>
      )}
    </div>
  );
}
