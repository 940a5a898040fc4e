"use client";
import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { MAP_BOX_CLASS, type MapPlace } from "./map-place";

// Leaflet, its styles and the map's own code load when the map is first opened, not
// with the page: most visitors read the list and never open it.
const EventsMap = dynamic(() => import("./events-map").then((m) => m.EventsMap), {
  ssr: false,
  loading: () => (
    <div role="status" className={`${MAP_BOX_CLASS} grid place-items-center text-slate-700`}>
      Loading the map…
    </div>
  ),
});

/** A "Show map" toggle, rendered only once JavaScript runs. */
export function MapToggleButton({ places }: { places: MapPlace[] }) {
  const [ready, setReady] = useState(false);
  const [open, setOpen] = useState(false);
  useEffect(() => setReady(true), []);

  if (!ready) return null;
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="events-map"
        onClick={() => setOpen(!open)}
        className="min-h-11 rounded border-2 border-brand-800 bg-white px-4 py-2 font-semibold text-brand-800"
      >
        {open ? "Hide map" : "Show map"}
      </button>
      <div id="events-map" hidden={!open} className="mt-3">
        <p className="mb-2 text-sm text-slate-700">
          The map shows the events on this page; the list below has every detail.
        </p>
        {open && <EventsMap places={places} />}
      </div>
    </div>
  );
}
