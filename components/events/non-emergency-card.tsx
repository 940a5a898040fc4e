import type { EventDetail } from "@/lib/events/select";

/** The hosts' non-emergency numbers, and the reminder that emergencies go to 911. */
export function NonEmergencyCard({ hosts }: { hosts: EventDetail["hosts"] }) {
  const withPhone = hosts.filter((h) => h.department.phone);
  return (
    <aside
      aria-labelledby="not-an-emergency"
      className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4 text-amber-950"
    >
      <h2 id="not-an-emergency" className="text-lg font-bold">
        Not an emergency?
      </h2>
      {withPhone.length > 0 && (
        <ul className="mt-1 space-y-1">
          {withPhone.map(({ department }) => (
            <li key={department.slug}>
              {department.name} non-emergency line:{" "}
              <a href={`tel:${department.phone!.replace(/[^\d+]/g, "")}`} className="font-semibold">
                {department.phone}
              </a>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2 font-bold">
        In an emergency, call <a href="tel:911">911</a>.
      </p>
    </aside>
  );
}
