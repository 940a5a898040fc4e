import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { findDepartment, isVerifiedDepartment } from "@/lib/departments/queries";
import { listDepartmentEvents } from "@/lib/events/queries";
import { BUILD_PLACEHOLDER_SLUG } from "@/lib/http/slug-param";
import { pageAlternates } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import { listDepartmentFollowUps } from "@/lib/recaps/queries";
import { UpcomingAndPast } from "@/components/events/upcoming-and-past";
import { Paragraphs } from "@/components/prose";
import { SubscribeLinks } from "@/components/feeds/subscribe-links";
import { EmbedSnippet } from "@/components/feeds/embed-snippet";
import { OpenFollowUps } from "@/components/recaps/open-follow-ups";
import { DepartmentLogo } from "@/components/departments/department-logo";
import { VerifiedMark } from "@/components/departments/verified-mark";

type Props = { params: Promise<{ slug: string }> };

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

/**
 * Kept per language until a write drops the tags of its reads: each read is cached
 * (in the domains' queries.ts), and the page itself is not a 'use cache' scope, where the
 * language cannot be read (decision 0021).
 */
export default async function DepartmentPage({ params }: Props) {
  const department = await findDepartment((await params).slug);
  if (!department) notFound();
  const [t, { upcoming, past }, verified, followUps] = await Promise.all([
    getTranslations("Departments"),
    listDepartmentEvents(department),
    isVerifiedDepartment(department),
    listDepartmentFollowUps(department),
  ]);

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <div className="flex items-center gap-4">
          <DepartmentLogo department={department} size={128} className="max-sm:h-16 max-sm:w-16" />
          <div>
            <h1 className="text-3xl font-bold">{department.name}</h1>
            <p className="text-slate-700">
              {t(`kind.${department.kind}`)} · {department.city}, {department.state}
            </p>
          </div>
        </div>
        {verified && <VerifiedMark />}
      </header>
      <section aria-label={t("about")} className="space-y-3">
        {department.about && <Paragraphs text={department.about} />}
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
      />
      <OpenFollowUps followUps={followUps} departmentName={department.name} />
      <p>
        <Link href={`/events/past?department=${department.slug}`}>
          {t("allPast", { name: department.name })}
        </Link>
      </p>
      <SubscribeLinks
        query=""
        icsPath={`/departments/${department.slug}/events.ics`}
        feedPath={`/departments/${department.slug}/feed.xml`}
        label={t("follow")}
      />
      <EmbedSnippet slug={department.slug} />
    </div>
  );
}
