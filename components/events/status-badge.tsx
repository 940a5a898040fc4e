import type { EventStatus } from "@/lib/events/labels";

export function CancelledBadge({ status }: { status: EventStatus }) {
  if (status !== "CANCELLED") return null;
  return (
    <span className="inline-block rounded bg-red-100 px-2 py-0.5 text-sm font-bold uppercase tracking-wide text-red-800">
      Cancelled
    </span>
  );
}
