// The logo upload's limits, shared by the form's hint and the checks (safe for client forms).

/** The largest logo file accepted: 2 MB, a seal scanned at print quality fits. */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
export const LOGO_MAX_LABEL = "2 MB";

/** What the file picker offers; the bytes are checked whatever the browser says. */
export const LOGO_ACCEPT = "image/png,image/jpeg,image/webp";

/** The sizes logos are shown at (CSS pixels); each is stored at twice that for sharp screens and print. */
export const LOGO_DISPLAY_SIZES = [64, 128] as const;
export type LogoDisplaySize = (typeof LOGO_DISPLAY_SIZES)[number];

/** The stored renditions' widths in pixels (square, the logo centred on a transparent ground). */
export const LOGO_STORED_SIZES = LOGO_DISPLAY_SIZES.map((size) => size * 2);

/** A logo's address: the content hash changes with the image, so it may be cached for a year. */
export function logoUrl(logoHash: string, display: LogoDisplaySize): string {
  return `/logos/${logoHash}-${display * 2}.webp`;
}

/** The storage key of one rendition, e.g. "logos/3f2a…-256.webp". */
export function logoKey(logoHash: string, storedSize: number): string {
  return `logos/${logoHash}-${storedSize}.webp`;
}

/** "<hash>-<size>.webp" in a URL: a stored rendition's name, or null. */
export function parseLogoFileName(name: string): { logoHash: string; storedSize: number } | null {
  const match = /^([a-f0-9]{32})-(\d+)\.webp$/.exec(name);
  if (!match || !LOGO_STORED_SIZES.includes(Number(match[2]))) return null;
  return { logoHash: match[1]!, storedSize: Number(match[2]) };
}
