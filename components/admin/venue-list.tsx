// A list of venues in /admin/venues: editable ones link to their form; the others name
// the department that owns them.
import { getTranslations } from "next-intl/server";
import { StaffLink } from "@/components/admin/staff-link";
import type { AdminVenueRow } from "@/lib/venues/queries";

type Props = { id: string; heading: string; venues: AdminVenueRow[]; hint?: string; empty?: string };

export async function VenueList({ id, heading, venues, hint, empty }: Props) {
  const t = await getTranslations("AdminVenues");
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-xl font-bold">
        {heading}
      </h2>
      {hint && <p className="text-sm text-slate-700">{hint}</p>}
      {venues.length === 0 && empty && <p>{empty}</p>}
      <ul className="divide-y divide-slate-200">
        {venues.map((v) => (
          <li key={v.id} className="py-2">
            {v.canEdit ? (
              <StaffLink href={`/admin/venues/${v.id}`} className="font-semibold">
                {v.name}
              </StaffLink>
            ) : (
              <span className="font-semibold">{v.name}</span>
            )}{" "}
            <span className="text-slate-700">
              {v.streetAddress}, {v.city}, {v.state}
            </span>
            <div className="text-sm text-slate-700">
              {v.ownerDepartment
                ? t("keptBy", { department: v.ownerDepartment.name })
                : t("keptBySiteAdmins")}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
