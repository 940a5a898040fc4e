// What the site's server answers while the database does not: a small page a person
// can read without JavaScript, and a Retry-After for machines.
import type http from "node:http";

export const RETRY_AFTER_SECONDS = 15;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Busy for a moment · Coffee with a Cop</title>
<style>body{font:18px/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#0f172a}</style>
</head><body><main><h1>The site is busy or briefly down</h1>
<p role="alert">We could not load this page just now. The site recovers by itself: please try again in a minute.</p>
<p lang="es">El sitio está ocupado o caído por un momento. Se recupera solo: vuelva a intentarlo en un minuto.</p>
</main></body></html>`;

/** Paths served without the database: Next.js's static files and the health checks. */
export function needsNoDatabase(url: string | undefined): boolean {
  const path = (url ?? "/").split("?")[0] ?? "/";
  return path.startsWith("/_next/static/") || path === "/healthz" || path === "/readyz";
}

export function answerUnavailable(response: http.ServerResponse): void {
  response.writeHead(503, {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "Retry-After": String(RETRY_AFTER_SECONDS),
  });
  response.end(PAGE);
}

/**
 * Error answers as the site means them:
 * - never kept by a CDN or a browser, even when the page asked for public caching before
 *   it turned out missing (a CDN must not hold a 404 for an event about to be published);
 * - a request that was already inside the app when the database stopped answering fails
 *   with Next.js's error page and a 500; while the database is down, that is a 503.
 */
export function shapeErrorAnswers(response: http.ServerResponse, databaseUp: () => boolean): void {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => http.ServerResponse;
  response.writeHead = (status: number, ...rest: unknown[]) => {
    if (status >= 400) response.setHeader("Cache-Control", "private, no-store");
    if (status === 500 && !databaseUp()) {
      response.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
      return writeHead(503, ...rest);
    }
    return writeHead(status, ...rest);
  };
}
