import Link from "next/link";
import { requireStaff } from "@/lib/auth/guards";
import { guardPage } from "@/lib/auth/page-guards";
import { listEditableVenues } from "@/lib/venues/admin-queries";

export const metadata = { title: "Venues" };

export default async function AdminVenuesPage() {
  const venues = await listEditableVenues(await guardPage("/admin/venues", requireStaff));
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Venues</h1>
      <p className="text-slate-700">
        Venues where your departments hold events. New venues are added from the event form.
      </p>
      {venues.length === 0 && <p>No venues yet.</p>}
      <ul className="divide-y divide-slate-200">
        {venues.map((v) => (
          <li key={v.id} className="py-2">
            <Link href={`/admin/venues/${v.id}`} className="font-semibold">
              {v.name}
            </Link>{" "}
            <span className="text-slate-700">
              {v.streetAddress}, {v.city}, {v.state}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
