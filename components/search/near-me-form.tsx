import { RADIUS_CHOICES, DEFAULT_RADIUS } from "@/lib/events/search-params";

/** The short "events near me" form for the home page; /events has every filter. */
export function NearMeForm({ zip = "", radius = String(DEFAULT_RADIUS) }: { zip?: string; radius?: string }) {
  return (
    <form
      action="/events/search"
      method="get"
      role="search"
      aria-label="Events near me"
      className="mt-4 flex flex-wrap items-end gap-3"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="home-zip" className="font-semibold">
          Your ZIP code
        </label>
        <input
          id="home-zip"
          name="zip"
          type="text"
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={10}
          defaultValue={zip}
          className="min-h-11 w-32 rounded border border-slate-500 bg-white px-3 py-2 text-base"
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="home-radius" className="font-semibold">
          Within
        </label>
        <select
          id="home-radius"
          name="radius"
          defaultValue={radius}
          className="min-h-11 rounded border border-slate-500 bg-white px-3 py-2 text-base"
        >
          {RADIUS_CHOICES.map((miles) => (
            <option key={miles} value={miles}>
              {miles} miles
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="min-h-11 rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900"
      >
        Find events near me
      </button>
    </form>
  );
}
