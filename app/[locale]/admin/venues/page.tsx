import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StaffLink } from "@/components/admin/staff-link";
import { requireStaff } from "@/lib/auth/guards";
import { guardPage } from "@/lib/auth/page-guards";
import { listVenuesForStaff } from "@/lib/venues/queries";
import { VenueList } from "@/components/admin/venue-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminVenues");
  return { title: t("title") };
}

export default async function AdminVenuesPage() {
  const venues = await listVenuesForStaff(await guardPage("/admin/venues", requireStaff));
  const t = await getTranslations("AdminVenues");
  const editable = venues.filter((v) => v.canEdit);
  const usedOnly = venues.filter((v) => !v.canEdit);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">
        {t.rich("intro", {
          link: (chunks) => <StaffLink href="/admin/events/new">{chunks}</StaffLink>,
        })}
      </p>
      <VenueList id="editable-venues" heading={t("editable")} venues={editable} empty={t("editableEmpty")} />
      {usedOnly.length > 0 && (
        <VenueList id="other-venues" heading={t("others")} hint={t("othersHint")} venues={usedOnly} />
      )}
    </div>
  );
}
