import { StaffLink } from "@/components/admin/staff-link";
import { guardPage } from "@/lib/auth/page-guards";
import { listAuditEntries } from "@/lib/audit/queries";
import { AuditLogParamsSchema } from "@/lib/audit/schemas";
import { AuditChanges } from "@/components/admin/audit-changes";
import { formatUtcMoment } from "@/lib/time/format";

export const metadata = { title: "Audit log" };

type Props = { searchParams: Promise<{ page?: string }> };

function recordLink(entityType: string, entityId: string) {
  const paths: Record<string, string> = {
    Event: "/admin/events/",
    User: "/admin/users/",
    Department: "/admin/departments/",
    EventSeries: "/admin/series/",
  };
  const base = paths[entityType];
  return base ? <StaffLink href={`${base}${entityId}`}>{entityType}</StaffLink> : <span>{entityType}</span>;
}

export default async function AuditPage({ searchParams }: Props) {
  const { page } = AuditLogParamsSchema.parse(await searchParams);
  const log = await guardPage("/admin/audit", (user) => listAuditEntries(user, { page }));
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Audit log</h1>
      <p className="text-slate-700">
        {log.scope === "all" ? "Every change on the site" : "Changes to your departments' records"}, newest
        first. Times in UTC.
      </p>
      <ol className="divide-y divide-slate-200" aria-label={`Audit log, page ${log.page} of ${log.pages}`}>
        {log.entries.map((entry) => (
          <li key={entry.id} className="py-3">
            <p>
              <time dateTime={entry.createdAt.toISOString()} className="font-semibold">
                {formatUtcMoment(entry.createdAt)}
              </time>{" "}
              — {entry.actor ? `${entry.actor.name} (${entry.actor.email})` : "someone no longer on the site"}
            </p>
            <p>
              <code>{entry.action}</code> · {recordLink(entry.entityType, entry.entityId)}
              {entry.departmentName && ` · ${entry.departmentName}`}
            </p>
            {entry.reason && (
              <p>
                <span className="font-semibold">Reason:</span> {entry.reason}
              </p>
            )}
            <details className="mt-1">
              <summary className="cursor-pointer text-brand-700">Changed fields</summary>
              <div className="mt-2 max-w-full overflow-x-auto">
                <AuditChanges before={entry.before} after={entry.after} />
              </div>
            </details>
          </li>
        ))}
      </ol>
      {log.entries.length === 0 && <p>No entries yet.</p>}
      <nav aria-label="Audit log pages" className="flex gap-4">
        {log.page > 1 && <StaffLink href={`/admin/audit?page=${log.page - 1}`}>← Newer</StaffLink>}
        {log.page < log.pages && <StaffLink href={`/admin/audit?page=${log.page + 1}`}>Older →</StaffLink>}
      </nav>
    </div>
  );
}
