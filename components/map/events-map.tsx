"use client";
import { useEffect, useRef, useState } from "react";
import "leaflet/dist/leaflet.css";

export type MapPoint = {
  href: string;
  title: string;
  place: string;
  when: string;
  latitude: number;
  longitude: number;
};

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/**
 * A "Show map" toggle, rendered only once JavaScript runs. Markers are drawn as
 * circles (no marker images to fetch); when OpenStreetMap tiles cannot load the
 * markers still show, and the list below the map keeps every detail.
 */
export function EventsMap({ points }: { points: MapPoint[] }) {
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
      L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
        maxZoom: 18,
        attribution:
          '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
      }).addTo(map);
      const markers = points.map((p) =>
        L.circleMarker([p.latitude, p.longitude], {
          radius: 9,
          color: "#173f63",
          fillColor: "#f59e0b",
          fillOpacity: 0.9,
        })
          .bindPopup(
            `<a href="${escapeHtml(p.href)}">${escapeHtml(p.title)}</a><br>${escapeHtml(p.when)}<br>${escapeHtml(p.place)}`,
          )
          .addTo(map!),
      );
      map.fitBounds(L.featureGroup(markers).getBounds().pad(0.2), { maxZoom: 14 });
    });
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [open, points]);

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
