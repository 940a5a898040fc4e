"use client";
import { useState, type ComponentType } from "react";
import { MAP_BOX_CLASS, type MapLabels, type MapPlace } from "./map-place";

type MapView = ComponentType<{ places: MapPlace[]; labels: MapLabels }>;

/**
 * A "Show map" toggle. It is in the page's HTML, so that it takes its place before the
 * page hydrates and nothing below it moves (Lighthouse counted the shift); CSS hides it
 * where scripting is off (`noscript:`, the `scripting: none` media query), since it
 * does nothing without JavaScript.
 */
export function MapToggleButton({ places, labels }: { places: MapPlace[]; labels: MapLabels }) {
  const [open, setOpen] = useState(false);
  const [EventsMap, setEventsMap] = useState<MapView | "failed" | null>(null);

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

  return (
    <div className="noscript:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="events-map"
        onClick={toggle}
        className="min-h-11 rounded border-2 border-brand-800 bg-white px-4 py-2 font-semibold text-brand-800"
      >
        {open ? labels.hide : labels.show}
      </button>
      <div id="events-map" hidden={!open} className="mt-3">
        <p className="mb-2 text-sm text-slate-700">{labels.about}</p>
        {open &&
          (typeof EventsMap === "function" ? (
            <EventsMap places={places} labels={labels} />
          ) : (
            <div role="status" className={`${MAP_BOX_CLASS} grid place-items-center text-slate-700`}>
              {EventsMap === "failed" ? labels.failed : labels.loading}
            </div>
          ))}
      </div>
    </div>
  );
}
