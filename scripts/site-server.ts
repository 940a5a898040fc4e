// The site's HTTP server: Next.js's request handler behind Node's own http server, for
// what `next start` cannot do:
// - tell the app the connection's address (rate limits key on it; a client can never
//   choose it: whatever it sends in that header is overwritten);
// - refuse what Next.js would answer with a 500 (scripts/server/request-guards.ts);
// - answer 503 at once while PostgreSQL does not answer (scripts/server/database-watch.ts),
//   rather than letting requests pile up behind it;
// - serve Next.js's build files precompressed, with Brotli (scripts/server/build-files.ts);
// - answer a crowd asking for the same public page from memory for a moment
//   (scripts/server/response-cache.ts, RESPONSE_CACHE_SECONDS);
// - stop within a bound: on SIGTERM/SIGINT it stops accepting, lets requests in flight
//   finish, closes keep-alive connections, and exits after SHUTDOWN_GRACE_SECONDS at most.
// It reads its settings through lib/env.ts first: a bad environment stops it with one
// line and exit code 1 before anything is served.
// Usage: tsx scripts/site-server.ts start|dev (the launcher runs it; PORT).
import "./server/source-maps";
import { randomUUID } from "node:crypto";
import http from "node:http";
import path from "node:path";
import next from "next";
import { env, type Env } from "../lib/env";
import { PEER_ADDRESS_HEADER } from "../lib/http/peer-address";
import { logger, pathOf, REQUEST_ID_HEADER } from "../lib/logging/logger";
import { precompressBuildFiles, serveBuildFiles } from "./server/build-files";
import { DatabaseWatch } from "./server/database-watch";
import { refusedEarly } from "./server/request-guards";
import { ResponseCache } from "./server/response-cache";
import { answerUnavailable, needsNoDatabase, shapeErrorAnswers } from "./server/unavailable";

const ROOT = path.resolve(import.meta.dirname, "..");
const mode = process.argv[2] === "dev" ? "dev" : "start";
if (!process.env.NODE_ENV)
  Object.assign(process.env, { NODE_ENV: mode === "dev" ? "development" : "production" });
const settings = readSettings();
const port = settings.PORT;
const graceMs = settings.SHUTDOWN_GRACE_SECONDS * 1000;
const database = new DatabaseWatch(
  settings.DATABASE_URL,
  Math.min(settings.DATABASE_TIMEOUT_SECONDS * 1000, 2_000),
);

function readSettings(): Env {
  try {
    return env();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      `The site cannot start: ${message.replace(/^Invalid environment:\s*/, "").replace(/\s*\n\s*/g, "; ")}`,
    );
    process.exit(1);
  }
}

let stopping = false;
const server = http.createServer();
const app = next({ dev: mode === "dev", dir: ROOT, port, httpServer: server });
const handle = app.getRequestHandler();
const buildFiles = path.join(ROOT, settings.NEXT_DIST_DIR, "static");
type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void;
const nextHandler: Handler = (request, response) => void handle(request, response);
// In production, replaced once the build files are compressed (below), before listening.
let serve: Handler = nextHandler;

server.on("request", (request: http.IncomingMessage, response: http.ServerResponse) => {
  request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
  logEachRequest(request, response);
  if (stopping) response.setHeader("Connection", "close");
  if (refusedEarly(request, response)) return;
  if (!database.up && !needsNoDatabase(request.url)) return answerUnavailable(response);
  shapeErrorAnswers(response, () => database.up);
  serve(request, response);
});

/** One JSON line per request, under an id that the response and any error log carry too. */
function logEachRequest(request: http.IncomingMessage, response: http.ServerResponse): void {
  const requestId = randomUUID();
  request.headers[REQUEST_ID_HEADER] = requestId;
  response.setHeader("X-Request-Id", requestId);
  const started = performance.now();
  const url = request.url; // before the build files' handler rewrites it
  response.once("close", () => {
    const path = pathOf(url);
    const line = {
      requestId,
      method: request.method,
      path,
      status: response.statusCode,
      ms: Math.round(performance.now() - started),
      completed: response.writableFinished,
    };
    if (path.startsWith("/_next/static/")) logger().debug(line, "request");
    else logger().info(line, "request");
  });
}

function stop(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  database.stop();
  console.log(`Site server: ${signal}, finishing requests in flight (at most ${graceMs / 1000} s)…`);
  const deadline = setTimeout(() => {
    server.closeAllConnections();
    process.exit(0);
  }, graceMs);
  deadline.unref();
  server.close(() => process.exit(0));
  server.closeIdleConnections();
}

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stop(signal));

await app.prepare();
if (mode === "start") {
  const written = await precompressBuildFiles(buildFiles);
  if (written > 0) console.log(`Compressed ${written} build files (Brotli and gzip)`);
  const responses =
    settings.RESPONSE_CACHE_SECONDS > 0 && new ResponseCache(settings.RESPONSE_CACHE_SECONDS * 1000);
  serve = serveBuildFiles(
    buildFiles,
    responses ? (request, response) => responses.handle(request, response, nextHandler) : nextHandler,
  );
}
database.start();
server.listen(port, () => {
  console.log(`Site ready on http://localhost:${port} (${mode === "dev" ? "development" : "production"})`);
});
