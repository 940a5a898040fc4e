// A failed request, logged as one JSON line carrying the request's id (from the site's
// server) and the digest the error page shows as "Reference", so that a resident's
// report can be matched to the line. Called by Next.js (instrumentation.ts).
import type pino from "pino";
import { logger, pathOf, REQUEST_ID_HEADER, safeErrorMessage } from "./logger";

type FailedRequest = { path: string; method: string; headers: Record<string, string | string[] | undefined> };
type Route = { routePath: string; routeType: string };

export function logRequestError(
  error: unknown,
  request: FailedRequest,
  route: Route,
  log: pino.Logger = logger(),
) {
  const requestId = request.headers[REQUEST_ID_HEADER];
  log.error(
    {
      requestId: typeof requestId === "string" ? requestId : undefined,
      digest: (error as { digest?: unknown } | null)?.digest,
      method: request.method,
      path: pathOf(request.path),
      route: route.routePath,
      routeType: route.routeType,
      error: error instanceof Error ? error.name : "Error",
      message: safeErrorMessage(error),
    },
    "request failed",
  );
}
