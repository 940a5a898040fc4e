// The security headers, spelled once. next.config.ts sends the ones that never change
// to every response (static files included); proxy.ts adds what depends on the request
// (the staff area's nonce) or on the running site's address (https only).
// Relative imports: next.config.ts loads this file outside the bundler.
import { MAP_TILE_ORIGIN } from "../geo/map-tiles";

/**
 * - staff: rendered per request, shows untrusted text to moderators: nonce CSP.
 * - public: may be cached and shared (docs/decisions/0004), so its CSP holds no nonce.
 * - widget: /embed/..., framed by other sites; the route handler sends its own CSP.
 */
export type SecurityArea = "staff" | "public" | "widget";

const STAFF_AREAS = ["/admin", "/signin", "/account"];

export function securityArea(pathname: string): SecurityArea {
  if (pathname.startsWith("/embed/")) return "widget";
  if (STAFF_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`))) return "staff";
  return "public";
}

type CspOptions = {
  /** Staff pages only: Next.js puts it on its own scripts (read from the request's CSP). */
  nonce?: string;
  https: boolean;
  development: boolean;
};

/**
 * Public pages allow inline scripts: Next.js inlines each page's data as scripts that
 * differ per page and per request, so no hash can list them, and a nonce would force
 * every page to render per request (docs/decisions/0009).
 */
export function contentSecurityPolicy({ nonce, https, development }: CspOptions): string {
  // React rebuilds server error stacks with eval in development only.
  const devEval = development ? ["'unsafe-eval'"] : [];
  const scripts = nonce ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"] : ["'self'", "'unsafe-inline'"];
  // Rendered markup carries no <style> or style="" (styles are stylesheet files; React
  // and Leaflet set styles through the DOM, which CSP allows). Development injects styles.
  const styles = development ? ["'unsafe-inline'"] : nonce ? [`'nonce-${nonce}'`] : [];
  const directives: string[][] = [
    ["default-src", "'self'"],
    ["script-src", ...scripts, ...devEval],
    ["style-src", "'self'", ...styles],
    ["img-src", "'self'", "data:", MAP_TILE_ORIGIN],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  if (https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** Two years: browsers then refuse plain http to this host (and its subdomains). */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** Geolocation for "Use my location" on our own pages; every other device or sensor denied. */
export const PERMISSIONS_POLICY = [
  "geolocation=(self)",
  "camera=()",
  "microphone=()",
  "display-capture=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "hid=()",
  "midi=()",
  "accelerometer=()",
  "gyroscope=()",
  "magnetometer=()",
  "browsing-topics=()",
].join(", ");

type HeaderRule = { source: string; headers: { key: string; value: string }[] };

/** The headers next.config.ts sends with every response, whatever the address. */
export function constantSecurityHeaders(): HeaderRule[] {
  return [
    {
      source: "/:path*",
      headers: [
        { key: "X-Content-Type-Options", value: "nosniff" },
        { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
        { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
      ],
    },
    // Only the department widget (/embed/...) may be framed or embedded by other sites.
    {
      source: "/((?!embed/).*)",
      headers: [
        { key: "X-Frame-Options", value: "DENY" },
        { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
      ],
    },
  ];
}
