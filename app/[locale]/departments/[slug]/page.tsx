import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { DepartmentProfile } from "@/lib/departments/select";
import { findDepartment, isVerifiedDepartment } from "@/lib/departments/queries";
import { DEPARTMENT_KIND_LABELS } from "@/lib/departments/labels";
import { listDepartmentEvents } from "@/lib/events/queries";
import { BUILD_PLACEHOLDER_SLUG } from "@/lib/http/slug-param";
import { UpcomingAndPast } from "@/components/events/upcoming-and-past";
import { Paragraphs } from "@/components/prose";
import { SubscribeLinks } from "@/components/feeds/subscribe-links";
import { EmbedSnippet } from "@/components/feeds/embed-snippet";
import { listOpenFollowUps } from "@/lib/recaps/queries";
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
  if (!department) return { title: "Department not found" };
  return {
    title: department.name,
    alternates: {
      types: {
        "application/rss+xml": `/departments/${department.slug}/feed.xml`,
        "text/calendar": `/departments/${department.slug}/events.ics`,
      },
    },
  };
}

export default async function DepartmentPage({ params }: Props) {
  const department = await findDepartment((await params).slug);
  if (!department) notFound();
  return <DepartmentBody department={department} />;
}

/** The page itself, kept with the reads it makes (their tags and lifetimes) until a write drops them. */
async function DepartmentBody({ department }: { department: DepartmentProfile }) {
  "use cache";
  const [{ upcoming, past }, verified, followUps] = await Promise.all([
    listDepartmentEvents(department),
    isVerifiedDepartment(department),
    listOpenFollowUps(department.id),
  ]);

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <div className="flex items-center gap-4">
          <DepartmentLogo department={department} size={128} className="max-sm:h-16 max-sm:w-16" />
          <div>
            <h1 className="text-3xl font-bold">{department.name}</h1>
            <p className="text-slate-700">
              {DEPARTMENT_KIND_LABELS[department.kind]} · {department.city}, {department.state}
            </p>
          </div>
        </div>
        {verified && <VerifiedMark />}
      </header>
      <section aria-label="About the department" className="space-y-3">
        {department.about && <Paragraphs text={department.about} />}
        <ul className="space-y-1">
          {department.phone && (
            <li>
              Non-emergency line:{" "}
              <a href={`tel:${department.phone.replace(/[^\d+]/g, "")}`}>{department.phone}</a>{" "}
              <span className="text-slate-700">(for emergencies, call 911)</span>
            </li>
          )}
          {department.website && (
            <li>
              Website: <a href={department.website}>{department.website.replace(/^https?:\/\//, "")}</a>
            </li>
          )}
        </ul>
      </section>
      <UpcomingAndPast
        upcoming={upcoming}
        past={past}
        upcomingHeading="Upcoming events"
        pastHeading="Past events"
        upcomingEmpty={`${department.name} has no upcoming events announced.`}
        pastEmpty="No past events yet."
      />
      <OpenFollowUps followUps={followUps} departmentName={department.name} />
      <p>
        <Link href={`/events/past?department=${department.slug}`}>All past events of {department.name}</Link>
      </p>
      <SubscribeLinks
        query=""
        icsPath={`/departments/${department.slug}/events.ics`}
        feedPath={`/departments/${department.slug}/feed.xml`}
        label="Follow these events in your calendar or feed reader"
      />
      <EmbedSnippet slug={department.slug} />
    </div>
  );
}
