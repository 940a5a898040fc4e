// What the map toggle (in every search page's first load) and the map (loaded when opened) share.

export type MapPlace = {
  name: string;
  latitude: number;
  longitude: number;
  events: { href: string; title: string; when: string }[];
};

/** The map's box, and its placeholder while Leaflet loads, so nothing moves when it arrives. */
export const MAP_BOX_CLASS = "h-80 w-full rounded-lg border border-slate-300 bg-slate-100";
