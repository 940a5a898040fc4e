"use client";
import { useEffect, useRef } from "react";
import "leaflet/dist/leaflet.css";
import "./events-map.css";
import { MAP_TILE_URL } from "@/lib/geo/map-tiles";
import { MAP_BOX_CLASS, type MapLabels, type MapPlace } from "./map-place";

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

function popupHtml(place: MapPlace): string {
  const items = place.events
    .map(
      (e) => `<li><a href="${escapeHtml(e.href)}">${escapeHtml(e.title)}</a><br>${escapeHtml(e.when)}</li>`,
    )
    .join("");
  const address = place.address ? `<br>${escapeHtml(place.address)}` : "";
  const list = items ? `<ul class="events-map-popup">${items}</ul>` : "";
  return `<strong>${escapeHtml(place.name)}</strong>${address}${list}`;
}

/**
 * The map itself, loaded (with its styles, then Leaflet) only when "Show map" is pressed:
 * see ./map-toggle-button.tsx. Markers are styled elements (no marker images to fetch),
 * reachable with Tab and opened with Enter; when OpenStreetMap tiles cannot load the
 * markers still show, and the list below the map keeps every detail.
 */
export function EventsMap({ places, labels }: { places: MapPlace[]; labels: MapLabels }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!container.current) return;
    let map: import("leaflet").Map | undefined;
    let cancelled = false;
    void import("leaflet").then((L) => {
      if (cancelled || !container.current) return;
      map = L.map(container.current, { scrollWheelZoom: false, zoomControl: false });
      L.control.zoom({ zoomInTitle: labels.zoomIn, zoomOutTitle: labels.zoomOut }).addTo(map);
      L.tileLayer(MAP_TILE_URL, {
        maxZoom: 18,
        attribution: `&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> ${escapeHtml(labels.contributors)}`,
      }).addTo(map);
      const markers = places.map((place) =>
        L.marker([place.latitude, place.longitude], {
          keyboard: true,
          title: place.name,
          icon: L.divIcon({
            className: "events-map-marker",
            html: `<span class="sr-only">${escapeHtml(place.summary)}</span>`,
            iconSize: [20, 20],
          }),
        })
          .bindPopup(popupHtml(place))
          .addTo(map!),
      );
      // One place (a venue's or an event's map) is shown at street level.
      const maxZoom = places.length === 1 ? 16 : 14;
      map.fitBounds(L.featureGroup(markers).getBounds().pad(0.2), { maxZoom });
    });
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [places, labels.contributors, labels.zoomIn, labels.zoomOut]);

  return (
    <div
      ref={container}
      role="region"
      aria-label={labels.region}
      data-testid="events-map"
      className={MAP_BOX_CLASS}
    />
  );
}
