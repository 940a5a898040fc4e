// Cache-Control for the public pages, set by proxy.ts on GET and HEAD. Route handlers
// (feeds, calendars, the API) set their own on their Response. Next.js keeps a
// Cache-Control already on the response, and still sends `private, no-store` for errors
// and 404s. Staff, account and sign-in pages, and anything posted, get none and stay
// `private, no-cache, no-store`.
import { PUBLIC_CACHE_CONTROL } from "@/lib/cache/profiles";

// Home, /events, /events/past, an event, its comments' reply and report pages (forms
// for residents without JavaScript), departments, a department, a venue.
const PUBLIC_PAGE =
  /^\/(?:events(?:\/past|\/(?!search$)[^/.]+(?:\/comments\/[^/.]+\/(?:reply|report))?)?|departments(?:\/[^/.]+)?|venues\/[^/.]+)?$/;

export function publicCacheControl(method: string, pathname: string): string | undefined {
  if (method !== "GET" && method !== "HEAD") return undefined;
  return PUBLIC_PAGE.test(pathname) ? PUBLIC_CACHE_CONTROL : undefined;
}
