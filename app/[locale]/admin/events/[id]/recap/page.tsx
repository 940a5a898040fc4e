import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { StaffLink } from "@/components/admin/staff-link";
import { guardPage } from "@/lib/auth/page-guards";
import { getRecapForEditing } from "@/lib/recaps/queries";
import { recapIsDue } from "@/lib/recaps/due";
import { localizedPath, type Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/admin/notice";
import { EventWhen } from "@/components/events/event-when";
import { FollowUpCard } from "@/components/recaps/follow-up-card";
import { RecapForm } from "@/components/recaps/admin/recap-form";
import { AddFollowUpForm } from "@/components/recaps/admin/add-follow-up-form";
import { UpdateFollowUpForm } from "@/components/recaps/admin/update-follow-up-form";
import { recapFormLabels } from "@/components/recaps/admin/labels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminRecaps");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

export default async function AdminRecapPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { notice } = await searchParams;
  const { event, recap, questions } = await guardPage(`/admin/events/${id}/recap`, (user) =>
    getRecapForEditing(user, id),
  );
  const due = recapIsDue(event);
  const t = await getTranslations("AdminRecaps");
  const locale = (await getLocale()) as Locale;
  const labels = due ? await recapFormLabels() : null;

  return (
    <div className="space-y-8">
      <Notice code={notice} />
      <div>
        <p>
          <StaffLink href={`/admin/events/${event.id}`}>{t("back")}</StaffLink>
        </p>
        <h1 className="mt-2 text-3xl font-bold">{t("heading", { title: event.title })}</h1>
        <p className="mt-1">
          <EventWhen
            startsAt={event.startsAt}
            endsAt={event.endsAt}
            timeZone={event.timeZone}
            locale={locale}
          />
        </p>
        {recap && (
          <p className="mt-2">
            <StaffLink href={`/events/${event.slug}`}>{t("viewPublic")}</StaffLink>
          </p>
        )}
      </div>

      {!labels ? (
        <p className="rounded-lg border-2 border-slate-300 p-4">{t("error.notDue")}</p>
      ) : (
        <>
          <section aria-labelledby="recap-form-heading" className="space-y-4">
            <h2 id="recap-form-heading" className="text-2xl font-bold">
              {recap ? t("theRecap") : t("write")}
            </h2>
            {!recap && <p className="text-slate-700">{t("writeIntro")}</p>}
            <RecapForm
              eventId={event.id}
              stored={recap && { attendance: String(recap.attendance), summary: recap.summary }}
              labels={labels.recap}
            />
          </section>

          {recap && (
            <section aria-labelledby="follow-ups-heading" className="space-y-4">
              <h2 id="follow-ups-heading" className="text-2xl font-bold">
                {t("followUps")}
              </h2>
              {recap.followUps.length === 0 && <p>{t("noFollowUps")}</p>}
              <ol className="space-y-6">
                {recap.followUps.map((followUp) => (
                  <li key={followUp.id}>
                    <FollowUpCard
                      followUp={followUp}
                      timeZone={event.timeZone}
                      heading="h3"
                      locale={locale}
                      questionHref={(commentId) =>
                        localizedPath(locale, `/events/${event.slug}#comment-${commentId}`)
                      }
                    >
                      <UpdateFollowUpForm
                        headingId={`follow-up-${followUp.id}-title`}
                        followUp={{
                          id: followUp.id,
                          title: followUp.title,
                          state: followUp.state,
                          questionIds: followUp.questions.map((q) => q.commentId),
                        }}
                        questions={questions}
                        labels={labels.updateFollowUp}
                      />
                    </FollowUpCard>
                  </li>
                ))}
              </ol>
            </section>
          )}

          {recap && (
            <section aria-labelledby="add-follow-up-heading" className="space-y-4 rounded-lg bg-slate-50 p-4">
              <h2 id="add-follow-up-heading" className="text-2xl font-bold">
                {t("addFollowUp")}
              </h2>
              <AddFollowUpForm eventId={event.id} questions={questions} labels={labels.addFollowUp} />
            </section>
          )}
        </>
      )}
    </div>
  );
}
