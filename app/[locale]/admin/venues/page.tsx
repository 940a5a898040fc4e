import { StaffLink } from "@/components/admin/staff-link";
import { requireStaff } from "@/lib/auth/guards";
import { guardPage } from "@/lib/auth/page-guards";
import { listVenuesForStaff } from "@/lib/venues/queries";
import { VenueList } from "@/components/admin/venue-list";

export const metadata = { title: "Venues" };

export default async function AdminVenuesPage() {
  const venues = await listVenuesForStaff(await guardPage("/admin/venues", requireStaff));
  const editable = venues.filter((v) => v.canEdit);
  const usedOnly = venues.filter((v) => !v.canEdit);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Venues</h1>
      <p className="text-slate-700">
        A venue belongs to the department that added it: its staff keep it up to date. Any department may hold
        events there. New venues are added from the <StaffLink href="/admin/events/new">event form</StaffLink>.
      </p>
      <VenueList
        id="editable-venues"
        heading="Venues you can edit"
        venues={editable}
        empty="None yet: venues your departments add will be listed here."
      />
      {usedOnly.length > 0 && (
        <VenueList
          id="other-venues"
          heading="Venues of other departments your events use"
          hint="To correct one of these, ask its department (or a site admin)."
          venues={usedOnly}
        />
      )}
    </div>
  );
}
