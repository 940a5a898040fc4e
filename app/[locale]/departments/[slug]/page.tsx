import type { Metadata } from "next";
import type { DepartmentProfile } from "@/lib/departments/select";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { findDepartment, isVerifiedDepartment } from "@/lib/departments/queries";
import { listDepartmentEvents } from "@/lib/events/queries";
import { BUILD_PLACEHOLDER_SLUG } from "@/lib/http/slug-param";
import { pageAlternates } from "@/lib/i18n/alternates";
import { textFor } from "@/lib/i18n/content";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { listDepartmentFollowUps } from "@/lib/recaps/queries";
import { UpcomingAndPast } from "@/components/events/upcoming-and-past";
import { Paragraphs } from "@/components/prose";
import { SubscribeLinks } from "@/components/feeds/subscribe-links";
import { AlertsLink } from "@/components/alerts/alerts-link";
import { EmbedSnippet } from "@/components/feeds/embed-snippet";
import { OpenFollowUps } from "@/components/recaps/open-follow-ups";
import { DepartmentLogo } from "@/components/departments/department-logo";
import { VerifiedMark } from "@/components/departments/verified-mark";

type Props = { params: Promise<{ locale: string; slug: string }> };

/**
 * Pages are rendered on their first visit and then kept (ISR) until a write drops their
 * tags. Next.js needs one path to prerender at build: a slug that can never exist,
 * which renders the "not found" page without reading the database.
 */
export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER_SLUG }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const department = await findDepartment((await params).slug);
  const t = await getTranslations("Departments");
  if (!department) return { title: t("notFound") };
  return {
    title: department.name,
    description: t("description", { name: department.name }),
    alternates: {
      ...(await pageAlternates(`/departments/${department.slug}`)),
      types: {
        "application/rss+xml": `/departments/${department.slug}/feed.xml`,
        "text/calendar": `/departments/${department.slug}/events.ics`,
      },
    },
  };
}

export default async function DepartmentPage({ params }: Props) {
  const { locale, slug } = await params;
  const department = await findDepartment(slug);
  if (!department) notFound();
  return <DepartmentBody department={department} locale={locale as Locale} />;
}

/**
 * The page itself, kept per language with the reads it makes (their tags and lifetimes)
 * until a write drops them. Inside 'use cache' the language is an argument (decision 0021).
 */
async function DepartmentBody({ department, locale }: { department: DepartmentProfile; locale: Locale }) {
  "use cache";
  const [t, proposals, { upcoming, past }, verified, followUps] = await Promise.all([
    getTranslations({ locale, namespace: "Departments" }),
    getTranslations({ locale, namespace: "Proposals" }),
    listDepartmentEvents(department),
    isVerifiedDepartment(department),
    listDepartmentFollowUps(department),
  ]);
  const about = department.about ? textFor(locale, department.about, department.aboutEs) : null;

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <div className="flex items-center gap-4">
          <DepartmentLogo
            department={department}
            size={128}
            className="max-sm:h-16 max-sm:w-16"
            locale={locale}
          />
          <div>
            <h1 className="text-3xl font-bold">{department.name}</h1>
            <p className="text-slate-700">
              {t(`kind.${department.kind}`)} · {department.city}, {department.state}
            </p>
          </div>
        </div>
        {verified && <VerifiedMark locale={locale} />}
      </header>
      <section aria-label={t("about")} className="space-y-3">
        {about && (
          <div lang={about.lang}>
            <Paragraphs text={about.text} />
          </div>
        )}
        <ul className="space-y-1">
          {department.phone && (
            <li>
              {t("nonEmergency")}{" "}
              <a href={`tel:${department.phone.replace(/[^\d+]/g, "")}`}>{department.phone}</a>{" "}
              <span className="text-slate-700">{t("forEmergencies")}</span>
            </li>
          )}
          {department.website && (
            <li>
              {t("website")} <a href={department.website}>{department.website.replace(/^https?:\/\//, "")}</a>
            </li>
          )}
        </ul>
      </section>
      <UpcomingAndPast
        upcoming={upcoming}
        past={past}
        upcomingHeading={t("upcoming")}
        pastHeading={t("past")}
        upcomingEmpty={t("upcomingEmpty", { name: department.name })}
        pastEmpty={t("pastEmpty")}
        locale={locale}
      />
      <OpenFollowUps followUps={followUps} departmentName={department.name} locale={locale} />
      <p>
        <Link href={`/events/past?department=${department.slug}`} locale={locale}>
          {t("allPast", { name: department.name })}
        </Link>
      </p>
      <p>
        <Link href={`/propose?department=${department.slug}`} locale={locale} className="font-semibold">
          {proposals("departmentLink")}
        </Link>
      </p>
      <SubscribeLinks
        query=""
        icsPath={`/departments/${department.slug}/events.ics`}
        feedPath={`/departments/${department.slug}/feed.xml`}
        label={t("follow")}
        locale={locale}
        alerts={<AlertsLink department={department.slug} locale={locale} />}
      />
      <EmbedSnippet slug={department.slug} locale={locale} />
    </div>
  );
}
