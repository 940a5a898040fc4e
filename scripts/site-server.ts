// The site's HTTP server: Next.js's request handler behind Node's own http server, for
// two things `next start` cannot do:
// - tell the app the connection's address (rate limits key on it; a client can never
//   choose it: whatever it sends in that header is overwritten);
// - stop within a bound: on SIGTERM/SIGINT it stops accepting, lets requests in flight
//   finish, closes keep-alive connections, and exits after SHUTDOWN_GRACE_SECONDS at most.
// Usage: tsx scripts/site-server.ts start|dev (the launcher runs it; PORT, HOSTNAME).
import http from "node:http";
import path from "node:path";
import next from "next";
import { PEER_ADDRESS_HEADER } from "../lib/http/peer-address";

const ROOT = path.resolve(import.meta.dirname, "..");
const mode = process.argv[2] === "dev" ? "dev" : "start";
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME?.trim() || undefined;
const graceMs = Number(process.env.SHUTDOWN_GRACE_SECONDS ?? 10) * 1000;

let stopping = false;
const server = http.createServer();
const app = next({ dev: mode === "dev", dir: ROOT, port, hostname, httpServer: server });
const handle = app.getRequestHandler();

server.on("request", (request: http.IncomingMessage, response: http.ServerResponse) => {
  request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
  if (stopping) response.setHeader("Connection", "close");
  void handle(request, response);
});

function stop(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
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
server.listen(port, hostname, () => {
  console.log(
    `Site ready on http://${hostname ?? "localhost"}:${port} (${mode === "dev" ? "development" : "production"})`,
  );
});
