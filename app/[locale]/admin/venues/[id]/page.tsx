import { StaffLink } from "@/components/admin/staff-link";
import { guardPage } from "@/lib/auth/page-guards";
import { getVenueForEditing } from "@/lib/venues/queries";
import { updateVenueAction } from "@/lib/venues/actions";
import { VenueForm } from "@/components/admin/venue-form";
import { Notice } from "@/components/admin/notice";

export const metadata = { title: "Venue" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

export default async function AdminVenuePage({ params, searchParams }: Props) {
  const { id } = await params;
  const { notice } = await searchParams;
  const venue = await guardPage(`/admin/venues/${id}`, (user) => getVenueForEditing(user, id));
  return (
    <div className="space-y-4">
      <Notice code={notice} />
      <p>
        <StaffLink href="/admin/venues">← Venues</StaffLink>
      </p>
      <h1 className="text-3xl font-bold">{venue.name}</h1>
      <p className="text-slate-700">
        {venue.ownerDepartment
          ? `Kept by ${venue.ownerDepartment.name}. Changes show on every event held here, whichever department hosts it.`
          : "Kept by site admins. Changes show on every event held here."}
      </p>
      <p>
        <StaffLink href={`/venues/${venue.slug}`}>
          View the public page
        </StaffLink>
      </p>
      <VenueForm
        action={updateVenueAction}
        zone={venue.timeZone}
        defaults={{
          venueId: venue.id,
          venueName: venue.name,
          streetAddress: venue.streetAddress,
          city: venue.city,
          state: venue.state,
          postalCode: venue.postalCode,
          latitude: String(venue.latitude),
          longitude: String(venue.longitude),
          venueAccessibilityNotes: venue.accessibilityNotes ?? "",
          parkingNotes: venue.parkingNotes ?? "",
        }}
      />
    </div>
  );
}
