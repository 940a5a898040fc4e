// Faults a site run by one IT person must survive without them: PostgreSQL stalled,
// PostgreSQL killed, and a stop under load. These take the database away from every
// other test, so they run last (the "operations" project) and one after another.
import http from "node:http";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { startSecondSite } from "../fixtures/second-site";
import { postgresPids, postmasterPid, signalAll } from "./postgres-processes";

test.describe.configure({ mode: "serial" });

/** DATABASE_TIMEOUT_SECONDS of the e2e site (playwright.config.ts). */
const DATABASE_TIMEOUT_SECONDS = 4;

async function timed(request: APIRequestContext, url: string) {
  const started = Date.now();
  const response = await request.get(url, { maxRedirects: 0, timeout: 30_000 });
  return { response, seconds: (Date.now() - started) / 1000 };
}

async function secondsUntilServing(request: APIRequestContext, url = "/"): Promise<number> {
  const started = Date.now();
  for (;;) {
    const status = await request
      .get(url, { maxRedirects: 0, timeout: 10_000 })
      .then((response) => response.status())
      .catch(() => 0);
    if (status === 200) return (Date.now() - started) / 1000;
    if (Date.now() - started > 60_000) return Infinity;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

test("health says the process lives; readiness says PostgreSQL answers; neither is cached or says more", async ({
  request,
}) => {
  const health = await request.get("/healthz");
  expect(health.status()).toBe(200);
  expect(health.headers()["cache-control"]).toContain("no-store");
  const ready = await request.get("/readyz");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ status: "ready", checks: { database: "ok" } });
  expect(ready.headers()["cache-control"]).toContain("no-store");
});

test("each request is one JSON log line with the id the response carries, and no query string", async () => {
  const site = await startSecondSite();
  try {
    const response = await fetch(`${site.baseURL}/account/reset-password?token=SECRET-RESET-TOKEN`);
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await expect
      .poll(() =>
        site.output
          .join("")
          .split("\n")
          .filter((line) => line.includes(requestId ?? "?")),
      )
      .toHaveLength(1);
    const line = site.output
      .join("")
      .split("\n")
      .find((text) => text.includes(requestId ?? "?"));
    expect(JSON.parse(line ?? "{}")).toMatchObject({
      msg: "request",
      requestId,
      method: "GET",
      path: "/account/reset-password",
      status: response.status,
    });
    expect(site.output.join("")).not.toContain("SECRET-RESET-TOKEN");
  } finally {
    await site.stop();
  }
});

test("while PostgreSQL is stalled, pages give up within the bound with a 503 saying the site will recover, and recover by themselves", async ({
  request,
}) => {
  test.setTimeout(120_000);
  const pids = postgresPids();
  signalAll(pids, "SIGSTOP");
  try {
    const inFlight = await Promise.all(
      Array.from({ length: 6 }, (_, i) => timed(request, `/events?q=stalled${i}`)),
    );
    for (const { response, seconds } of inFlight) {
      expect(response.status()).toBe(503);
      expect(seconds).toBeLessThan(DATABASE_TIMEOUT_SECONDS + 4);
    }
    const later = await timed(request, "/");
    expect(later.response.status()).toBe(503);
    expect(later.seconds).toBeLessThan(1);
    expect(later.response.headers()["retry-after"]).toMatch(/^\d+$/);
    expect(await later.response.text()).toContain("recovers by itself");
    expect((await request.get("/readyz", { timeout: 10_000 })).status()).toBe(503);
    expect((await request.get("/healthz")).status()).toBe(200);
  } finally {
    signalAll(pids, "SIGCONT");
  }
  expect(await secondsUntilServing(request)).toBeLessThan(30);
});

test("when PostgreSQL is killed, the launcher restarts it and the site serves again within 30 s", async ({
  request,
}) => {
  test.setTimeout(120_000);
  const before = postmasterPid();
  signalAll([before], "SIGKILL");
  // /readyz asks PostgreSQL itself; /departments is cached and may answer without it.
  expect(await secondsUntilServing(request, "/readyz")).toBeLessThan(30);
  expect(postmasterPid()).not.toBe(before);
  // The site server's own watch of PostgreSQL notices within a probe or two.
  expect(await secondsUntilServing(request, "/departments")).toBeLessThan(5);
});

type LoadResult = { complete: number; completeAfterStop: number; broken: number; refused: number };

/** Keeps `connections` keep-alive connections busy until `until` resolves. */
function load(port: number, connections: number, stoppedAt: () => number | null, until: Promise<unknown>) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const result: LoadResult = { complete: 0, completeAfterStop: 0, broken: 0, refused: 0 };
  let running = true;
  void until.then(() => (running = false));
  const one = () =>
    new Promise<void>((resolve) => {
      const request = http.get({ port, path: "/departments", agent }, (response) => {
        let bytes = 0;
        response.on("data", (chunk: Buffer) => (bytes += chunk.length));
        response.on("end", () => {
          const expected = Number(response.headers["content-length"] ?? bytes);
          if (response.complete && bytes >= expected) {
            result.complete++;
            if (stoppedAt() !== null) result.completeAfterStop++;
          } else result.broken++;
          resolve();
        });
        response.on("error", () => {
          result.broken++;
          resolve();
        });
      });
      request.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code === "ECONNREFUSED" || error.code === "ECONNRESET") result.refused++;
        else result.broken++;
        resolve();
      });
    });
  const worker = async () => {
    while (running) await one();
  };
  return Promise.all(Array.from({ length: connections }, worker)).then(() => {
    agent.destroy();
    return result;
  });
}

test("SIGTERM under keep-alive load: requests in flight finish, connections close, the server exits within the grace", async () => {
  test.setTimeout(180_000);
  const graceSeconds = 3;
  const site = await startSecondSite(() => ({ SHUTDOWN_GRACE_SECONDS: String(graceSeconds) }));
  let stoppedAt: number | null = null;
  const loaded = load(site.port, 20, () => stoppedAt, site.exited);
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  stoppedAt = Date.now();
  site.process.kill("SIGTERM");
  const code = await site.exited;
  const stopSeconds = (Date.now() - stoppedAt) / 1000;
  const result = await loaded;

  expect(code, site.output.join("")).toBe(0);
  expect(stopSeconds).toBeLessThan(graceSeconds + 2);
  expect(result.complete).toBeGreaterThan(20);
  expect(result.completeAfterStop).toBeGreaterThan(0);
  expect(result.broken).toBe(0);
  console.log(
    `shutdown under load: ${result.complete} complete responses (${result.completeAfterStop} after SIGTERM), ${result.refused} refused after close, exit in ${stopSeconds.toFixed(1)} s`,
  );
});
