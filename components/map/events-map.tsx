"use client";
import { useEffect, useRef, useState } from "react";
import "leaflet/dist/leaflet.css";
import "./events-map.css";
import { MAP_TILE_URL } from "@/lib/geo/map-tiles";

export type MapPlace = {
  name: string;
  latitude: number;
  longitude: number;
  events: { href: string; title: string; when: string }[];
};

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

const eventCount = (place: MapPlace) =>
  `${place.events.length} ${place.events.length === 1 ? "event" : "events"}`;

function popupHtml(place: MapPlace): string {
  const items = place.events
    .map(
      (e) => `<li><a href="${escapeHtml(e.href)}">${escapeHtml(e.title)}</a><br>${escapeHtml(e.when)}</li>`,
    )
    .join("");
  return `<strong>${escapeHtml(place.name)}</strong><ul class="events-map-popup">${items}</ul>`;
}

/**
 * A "Show map" toggle, rendered only once JavaScript runs. Markers are styled
 * elements (no marker images to fetch), reachable with Tab and opened with Enter;
 * when OpenStreetMap tiles cannot load the markers still show, and the list below
 * the map keeps every detail.
 */
export function EventsMap({ places }: { places: MapPlace[] }) {
  const [ready, setReady] = useState(false);
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => setReady(true), []);

  useEffect(() => {
    if (!open || !container.current) return;
    let map: import("leaflet").Map | undefined;
    let cancelled = false;
    void import("leaflet").then((L) => {
      if (cancelled || !container.current) return;
      map = L.map(container.current, { scrollWheelZoom: false });
      L.tileLayer(MAP_TILE_URL, {
        maxZoom: 18,
        attribution:
          '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
      }).addTo(map);
      const markers = places.map((place) =>
        L.marker([place.latitude, place.longitude], {
          keyboard: true,
          title: place.name,
          icon: L.divIcon({
            className: "events-map-marker",
            html: `<span class="sr-only">${escapeHtml(`${place.name}: ${eventCount(place)}`)}</span>`,
            iconSize: [20, 20],
          }),
        })
          .bindPopup(popupHtml(place))
          .addTo(map!),
      );
      map.fitBounds(L.featureGroup(markers).getBounds().pad(0.2), { maxZoom: 14 });
    });
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [open, places]);

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
        <div
          ref={container}
          role="region"
          aria-label="Map of the events on this page"
          data-testid="events-map"
          className="h-80 w-full rounded-lg border border-slate-300 bg-slate-100"
        />
      </div>
    </div>
  );
}
