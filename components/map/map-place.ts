// What the map toggle (in every search page's first load) and the map (loaded when opened) share.

export type MapPlace = {
  name: string;
  /** The marker's words for screen readers: "Name: 2 events". */
  summary: string;
  latitude: number;
  longitude: number;
  /** The street address, shown in the marker's popup (a venue's own map). */
  address?: string;
  events: { href: string; title: string; when: string }[];
};

/** The map's words, translated by the server parent (no i18n runtime in the browser). */
export type MapLabels = {
  show: string;
  hide: string;
  about: string;
  failed: string;
  loading: string;
  region: string;
  contributors: string;
  zoomIn: string;
  zoomOut: string;
};

/** The map's box, and its placeholder while Leaflet loads, so nothing moves when it arrives. */
export const MAP_BOX_CLASS = "h-80 w-full rounded-lg border border-slate-300 bg-slate-100";
