// Before → after for each field an audit entry recorded.
import type { AuditEntryView } from "@/lib/audit/queries";

type Json = AuditEntryView["before"];

function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 240 ? `${text.slice(0, 240)}…` : text;
}

function asRecord(value: Json): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? value : {};
}

export function AuditChanges({ before, after }: { before: Json; after: Json }) {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  if (fields.length === 0) return <span className="text-slate-700">—</span>;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
      {fields.map((field) => (
        <div key={field} className="contents">
          <dt className="font-semibold">{field}</dt>
          <dd className="break-words">
            {field in b && <del className="text-red-900">{show(b[field])}</del>}
            {field in b && field in a && " → "}
            {field in a && <ins className="text-green-900 no-underline">{show(a[field])}</ins>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
