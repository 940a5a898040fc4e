import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { StaffLink } from "@/components/admin/staff-link";
import { guardPage } from "@/lib/auth/page-guards";
import { eventFormOptions, getEventForEditing } from "@/lib/events/staff-queries";
import { storedEventDefaults } from "@/lib/events/form-defaults";
import { updateEventAction } from "@/lib/events/actions";
import { EventForm } from "@/components/admin/event-form";
import { EventStatusActions } from "@/components/admin/event-status-actions";
import { StatusTag } from "@/components/admin/admin-event-table";
import { Notice } from "@/components/admin/notice";
import { EventWhen } from "@/components/events/event-when";
import { recapIsDue } from "@/lib/recaps/due";
import type { Locale } from "@/lib/i18n/routing";
import { eventFormLabels } from "@/components/admin/event-form-labels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminEvents.page");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

export default async function AdminEventPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { notice } = await searchParams;
  const { user, event } = await guardPage(`/admin/events/${id}`, async (user) => ({
    user,
    event: await getEventForEditing(user, id),
  }));
  const options = await eventFormOptions(user, (await getLocale()) as Locale);
  const isPublic = event.status !== "DRAFT";
  const recapDue = recapIsDue(event);
  const t = await getTranslations("AdminEvents.page");
  const locale = (await getLocale()) as Locale;
  const labels = await eventFormLabels();

  return (
    <div className="space-y-6">
      <Notice code={notice} />
      <div>
        <p>
          <StaffLink href="/admin/events">{t("allEvents")}</StaffLink>
        </p>
        <h1 className="mt-2 text-3xl font-bold">
          {event.title} <StatusTag status={event.status} />
        </h1>
        <p className="mt-1">
          <EventWhen
            startsAt={event.startsAt}
            endsAt={event.endsAt}
            timeZone={event.timeZone}
            locale={locale}
          />
        </p>
        {event.series && (
          <p className="mt-1 text-slate-700">{t("partOfSeries", { series: event.series.title })}</p>
        )}
        {event.status === "CANCELLED" && (
          <p className="mt-1 font-semibold text-red-900">
            {t("cancelled", { reason: event.cancellationReason ?? "" })}
          </p>
        )}
        <p className="mt-2 flex flex-wrap gap-4">
          {isPublic && <StaffLink href={`/events/${event.slug}`}>{t("publicPage")}</StaffLink>}
          {event.status === "PUBLISHED" && (
            <StaffLink href={`/events/${event.slug}/flyer`}>{t("flyer")}</StaffLink>
          )}
          <StaffLink href={`/admin/events/new?from=${event.id}`}>{t("duplicate")}</StaffLink>
        </p>
      </div>

      {recapDue && (
        <section
          aria-labelledby="recap-heading"
          className="space-y-2 rounded-lg border-2 border-brand-700 p-4"
        >
          <h2 id="recap-heading" className="text-xl font-bold">
            {t("recapHeading")}
          </h2>
          <p>{t("recapIntro")}</p>
          <p>
            <StaffLink href={`/admin/events/${event.id}/recap`} className="font-semibold">
              {t("recapLink")}
            </StaffLink>
          </p>
        </section>
      )}

      <section
        aria-labelledby="status-heading"
        className="space-y-4 rounded-lg border-2 border-slate-300 p-4"
      >
        <h2 id="status-heading" className="text-xl font-bold">
          {t("statusHeading")}
        </h2>
        <EventStatusActions eventId={event.id} status={event.status} labels={labels.status} />
      </section>

      <section aria-labelledby="edit-heading" className="space-y-4">
        <h2 id="edit-heading" className="text-2xl font-bold">
          {t("editHeading")}
        </h2>
        <EventForm
          action={updateEventAction}
          defaults={storedEventDefaults(event)}
          options={options}
          labels={labels.form}
        />
      </section>
    </div>
  );
}
