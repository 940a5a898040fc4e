import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { StaffLink } from "@/components/admin/staff-link";
import { guardPage } from "@/lib/auth/page-guards";
import { listAuditEntries } from "@/lib/audit/queries";
import { AuditLogParamsSchema } from "@/lib/audit/schemas";
import { AuditChanges } from "@/components/admin/audit-changes";
import { formatUtcMoment } from "@/lib/time/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin.audit");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ page?: string }> };

function recordLink(entityType: string, entityId: string, name: string) {
  const paths: Record<string, string> = {
    Event: "/admin/events/",
    User: "/admin/users/",
    Department: "/admin/departments/",
    EventSeries: "/admin/series/",
  };
  const base = paths[entityType];
  return base ? <StaffLink href={`${base}${entityId}`}>{name}</StaffLink> : <span>{name}</span>;
}

export default async function AuditPage({ searchParams }: Props) {
  const { page } = AuditLogParamsSchema.parse(await searchParams);
  const log = await guardPage("/admin/audit", (user) => listAuditEntries(user, { page }));
  const t = await getTranslations("Admin.audit");
  const locale = (await getLocale()) as Locale;
  // The record's kind in the page's language; a kind the catalogs do not name shows as stored.
  const kind = (type: string) => (t.has(`entity.${type}`) ? t(`entity.${type}`) : type);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{log.scope === "all" ? t("introAll") : t("introDepartments")}</p>
      <ol
        className="divide-y divide-slate-200"
        aria-label={t("listLabel", { page: log.page, pages: log.pages })}
      >
        {log.entries.map((entry) => (
          <li key={entry.id} className="py-3">
            <p>
              <time dateTime={entry.createdAt.toISOString()} className="font-semibold">
                {formatUtcMoment(entry.createdAt, locale)}
              </time>{" "}
              {"— "}
              {entry.actor ? `${entry.actor.name} (${entry.actor.email})` : t("formerUser")}
            </p>
            <p>
              <code>{entry.action}</code> ·{" "}
              {recordLink(entry.entityType, entry.entityId, kind(entry.entityType))}
              {entry.departmentName && ` · ${entry.departmentName}`}
            </p>
            {entry.reason && (
              <p>
                <span className="font-semibold">{t("reason")}</span> {entry.reason}
              </p>
            )}
            <details className="mt-1">
              <summary className="cursor-pointer text-brand-700">{t("changedFields")}</summary>
              <div className="mt-2 max-w-full overflow-x-auto">
                <AuditChanges before={entry.before} after={entry.after} />
              </div>
            </details>
          </li>
        ))}
      </ol>
      {log.entries.length === 0 && <p>{t("empty")}</p>}
      <nav aria-label={t("pagesLabel")} className="flex gap-4">
        {log.page > 1 && <StaffLink href={`/admin/audit?page=${log.page - 1}`}>{t("newer")}</StaffLink>}
        {log.page < log.pages && (
          <StaffLink href={`/admin/audit?page=${log.page + 1}`}>{t("older")}</StaffLink>
        )}
      </nav>
    </div>
  );
}
