"use client";
import { useEffect, useState, type ComponentType } from "react";
import { MAP_BOX_CLASS, type MapPlace } from "./map-place";

type MapView = ComponentType<{ places: MapPlace[] }>;

/** A "Show map" toggle, rendered only once JavaScript runs. */
export function MapToggleButton({ places }: { places: MapPlace[] }) {
  const [ready, setReady] = useState(false);
  const [open, setOpen] = useState(false);
  const [EventsMap, setEventsMap] = useState<MapView | "failed" | null>(null);
  useEffect(() => setReady(true), []);

  // The map's code, its styles and Leaflet load on the first "Show map", not with the
  // page: most visitors read the list and never open the map.
  function toggle() {
    setOpen(!open);
    if (EventsMap === null || EventsMap === "failed") {
      import("./events-map").then(
        (loaded) => setEventsMap(() => loaded.EventsMap),
        () => setEventsMap("failed"),
      );
    }
  }

  if (!ready) return null;
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="events-map"
        onClick={toggle}
        className="min-h-11 rounded border-2 border-brand-800 bg-white px-4 py-2 font-semibold text-brand-800"
      >
        {open ? "Hide map" : "Show map"}
      </button>
      <div id="events-map" hidden={!open} className="mt-3">
        <p className="mb-2 text-sm text-slate-700">
          The map shows the events on this page; the list below has every detail.
        </p>
        {open &&
          (typeof EventsMap === "function" ? (
            <EventsMap places={places} />
          ) : (
            <div role="status" className={`${MAP_BOX_CLASS} grid place-items-center text-slate-700`}>
              {EventsMap === "failed" ? "The map could not be loaded." : "Loading the map…"}
            </div>
          ))}
      </div>
    </div>
  );
}
