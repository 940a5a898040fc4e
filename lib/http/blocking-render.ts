// Staff, account and sign-in pages must answer with real status codes: a 307 to sign in
// for anonymous visitors, a 404 for users without the right (and working without
// JavaScript). With cacheComponents, Next.js sends a page's prerendered shell first,
// which commits "200 OK" before the page's guard runs. Next.js renders in one piece,
// status code first, for user agents listed in `htmlLimitedBots`: proxy.ts marks staff
// requests so that they are rendered that way, and next.config.ts lists the mark beside
// Next.js's own list of such bots.
import { HTML_LIMITED_BOT_UA_RE_STRING } from "next/dist/shared/lib/router/utils/is-bot";

export const BLOCKING_RENDER_MARK = "cwac-blocking-render";

export const HTML_LIMITED_BOTS = `${HTML_LIMITED_BOT_UA_RE_STRING}|${BLOCKING_RENDER_MARK}`;

/**
 * Public pages that render per request, in one piece, so that their status code is
 * their own: a draft's flyer answers 404, and a search that fails because PostgreSQL
 * stalled answers 500 (a 503 from the site server) rather than "200" with an error page.
 */
export function publicPageRenderedInOnePiece(pathname: string): boolean {
  return /^\/events\/[^/]+\/flyer$/.test(pathname) || pathname === "/events" || pathname === "/events/past";
}

/** The user agent a staff request is rendered with. */
export function markedForBlockingRender(userAgent: string | null): string {
  return `${userAgent ?? ""} ${BLOCKING_RENDER_MARK}`.trim();
}
