// The one tile server the events map loads images from. The Content-Security-Policy
// allows exactly this origin in img-src (lib/http/security-headers.ts), so a change of
// tile server is one edit here.
export const MAP_TILE_ORIGIN = "https://tile.openstreetmap.org";
export const MAP_TILE_URL = `${MAP_TILE_ORIGIN}/{z}/{x}/{y}.png`;
