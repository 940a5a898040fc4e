import Link from "next/link";
import { guardPage } from "@/lib/auth/page-guards";
import { listAuditEntries } from "@/lib/audit/queries";
import { AuditChanges } from "@/components/admin/audit-changes";

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
  return base ? <Link href={`${base}${entityId}`}>{entityType}</Link> : <span>{entityType}</span>;
}

export default async function AuditPage({ searchParams }: Props) {
  const page = Number((await searchParams).page ?? "1") || 1;
  const log = await guardPage("/admin/audit", (user) => listAuditEntries(user, { page }));
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Audit log</h1>
      <p className="text-slate-700">
        {log.scope === "all" ? "Every change on the site" : "Changes to your departments' records"}, newest
        first. Times in UTC.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left align-top">
          <caption className="sr-only">
            Audit log, page {log.page} of {log.pages}
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="py-2 pr-3">
                When (UTC)
              </th>
              <th scope="col" className="py-2 pr-3">
                Who
              </th>
              <th scope="col" className="py-2 pr-3">
                What
              </th>
              <th scope="col" className="py-2">
                Changes
              </th>
            </tr>
          </thead>
          <tbody>
            {log.entries.map((entry) => (
              <tr key={entry.id} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-3 whitespace-nowrap">
                  <time dateTime={entry.createdAt.toISOString()}>
                    {entry.createdAt.toISOString().replace("T", " ").slice(0, 19)}
                  </time>
                </td>
                <td className="py-2 pr-3">
                  {entry.actor ? `${entry.actor.name} (${entry.actor.email})` : "—"}
                </td>
                <td className="py-2 pr-3">
                  <code>{entry.action}</code>
                  <div className="text-sm">
                    {recordLink(entry.entityType, entry.entityId)}
                    {entry.departmentName && ` · ${entry.departmentName}`}
                  </div>
                </td>
                <td className="py-2">
                  <AuditChanges before={entry.before} after={entry.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {log.entries.length === 0 && <p>No entries yet.</p>}
      <nav aria-label="Audit log pages" className="flex gap-4">
        {log.page > 1 && <Link href={`/admin/audit?page=${log.page - 1}`}>← Newer</Link>}
        {log.page < log.pages && <Link href={`/admin/audit?page=${log.page + 1}`}>Older →</Link>}
      </nav>
    </div>
  );
}
