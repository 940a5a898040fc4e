import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { requireStaff } from "@/lib/auth/guards";
import { guardPage } from "@/lib/auth/page-guards";
import { eventFormOptions, getEventForEditing } from "@/lib/events/staff-queries";
import { duplicateDefaults, newEventDefaults } from "@/lib/events/form-defaults";
import { createEventAction } from "@/lib/events/actions";
import { EventForm } from "@/components/admin/event-form";
import { eventFormLabels } from "@/components/admin/event-form-labels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminEvents");
  return { title: t("newEvent") };
}

type Props = { searchParams: Promise<{ from?: string }> };

export default async function NewEventPage({ searchParams }: Props) {
  const { from } = await searchParams;
  const { user, source } = await guardPage("/admin/events/new", async (current) => {
    const user = await requireStaff(current);
    return { user, source: from ? await getEventForEditing(user, from) : null };
  });
  const options = await eventFormOptions(user, (await getLocale()) as Locale);
  const defaults = source ? duplicateDefaults(user, source) : newEventDefaults(options);
  const t = await getTranslations("AdminEvents");
  const labels = await eventFormLabels();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{source ? t("copyOf", { title: source.title }) : t("newEvent")}</h1>
      {source && <p className="text-slate-700">{t("copyIntro")}</p>}
      <EventForm action={createEventAction} defaults={defaults} options={options} labels={labels.form} />
    </div>
  );
}
