import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StaffLink } from "@/components/admin/staff-link";
import { guardPage } from "@/lib/auth/page-guards";
import { getVenueForEditing } from "@/lib/venues/queries";
import { updateVenueAction } from "@/lib/venues/actions";
import { VenueForm } from "@/components/admin/venue-form";
import { venueFormLabels } from "@/components/admin/venue-form-labels";
import { Notice } from "@/components/admin/notice";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminVenues.page");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

export default async function AdminVenuePage({ params, searchParams }: Props) {
  const { id } = await params;
  const { notice } = await searchParams;
  const venue = await guardPage(`/admin/venues/${id}`, (user) => getVenueForEditing(user, id));
  const t = await getTranslations("AdminVenues.page");
  const labels = await venueFormLabels(venue.timeZone);
  return (
    <div className="space-y-4">
      <Notice code={notice} />
      <p>
        <StaffLink href="/admin/venues">{t("allVenues")}</StaffLink>
      </p>
      <h1 className="text-3xl font-bold">{venue.name}</h1>
      <p className="text-slate-700">
        {venue.ownerDepartment
          ? t("keptBy", { department: venue.ownerDepartment.name })
          : t("keptBySiteAdmins")}
      </p>
      <p>
        <StaffLink href={`/venues/${venue.slug}`}>{t("publicPage")}</StaffLink>
      </p>
      <VenueForm
        action={updateVenueAction}
        labels={labels}
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
