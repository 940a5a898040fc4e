// Builds the site when there is no production build yet, and runs the site's server
// (scripts/site-server.ts, Next.js in production or development mode) as a child that
// the launcher waits for.
import fs from "node:fs";
import path from "node:path";
import { authEnv } from "./auth-env";
import type { LaunchConfig } from "./config";
import { LaunchError } from "./errors";
import type { Lifecycle } from "./lifecycle";

function nextEnv(config: LaunchConfig, databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...authEnv(config, process.env),
    DATABASE_URL: databaseUrl,
    PORT: String(config.port),
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

function binary(config: LaunchConfig, name: "next"): string {
  return path.join(config.projectRoot, "node_modules/.bin", name);
}

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "next.config.ts",
  "proxy.ts",
  "instrumentation.ts",
  "instrumentation-client.ts",
  "package-lock.json",
  "patches",
];

/** The newest modification time among the files the build is made from. */
function newestSourceTime(root: string): number {
  let newest = 0;
  const visit = (target: string) => {
    if (!fs.existsSync(target) || target.endsWith(`${path.sep}generated`)) return;
    const stat = fs.statSync(target);
    if (stat.isDirectory()) for (const entry of fs.readdirSync(target)) visit(path.join(target, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const source of SOURCES) visit(path.join(root, source));
  return newest;
}

/** `next build` when there is no build yet, or the code changed since the last one. */
export async function buildIfMissing(
  lifecycle: Lifecycle,
  config: LaunchConfig,
  databaseUrl: string,
): Promise<void> {
  const { distDir } = config;
  const buildId = path.join(config.projectRoot, distDir, "BUILD_ID");
  if (fs.existsSync(buildId)) {
    if (fs.statSync(buildId).mtimeMs >= newestSourceTime(config.projectRoot)) return;
    console.log(`The code changed since the build in ${distDir}: running next build…`);
  } else {
    console.log(`No production build in ${distDir} yet: running next build…`);
  }
  const { code } = await lifecycle.run(binary(config, "next"), ["build"], {
    cwd: config.projectRoot,
    env: nextEnv(config, databaseUrl),
  });
  lifecycle.checkpoint();
  if (code !== 0) throw new LaunchError(`next build failed (exit code ${code}); see its output above`);
}

// The site server's memory under a crowd (issue 11, docs/decisions/0027). An operator's
// own MALLOC_ARENA_MAX, or the same flag in NODE_OPTIONS, wins over these.
/** glibc gives each thread that allocates its own heap ("arena") and keeps what it freed:
 * Next.js's compression and rendering threads left hundreds of MB resident. Two suffice. */
const memoryEnv = { MALLOC_ARENA_MAX: "2" };

const MEMORY_FLAGS = [
  // V8's young generation: 8 MB halves instead of 16.
  "--max-semi-space-size=8",
  // The old generation may grow to 1.5 times what it held after its last full collection
  // before the next one (V8 chooses up to 4 times when the program allocates fast, as a
  // crowd makes the site do): 360 MB at the peak of bench:http instead of 590. Not a limit:
  // the heap still grows as far as what it holds needs.
  "--heap-growing-percent=50",
];

function memoryFlags(env: NodeJS.ProcessEnv): string[] {
  const own = env.NODE_OPTIONS ?? "";
  return MEMORY_FLAGS.filter((flag) => !own.includes(flag.split("=")[0]!));
}

/** Runs the site until it exits or is stopped; returns its exit code. */
export async function runSite(
  lifecycle: Lifecycle,
  config: LaunchConfig,
  databaseUrl: string,
): Promise<number> {
  // Node itself with tsx's loader, not the tsx command: signals reach the server
  // directly, never through a wrapper that may give up on a busy process.
  const server = path.join(config.projectRoot, "scripts/site-server.ts");
  const { code } = await lifecycle.run(
    process.execPath,
    [...memoryFlags(process.env), "--import", "tsx", server, config.mode],
    {
      cwd: config.projectRoot,
      env: {
        ...memoryEnv,
        ...nextEnv(config, databaseUrl),
        NODE_ENV: config.mode === "dev" ? "development" : "production",
      },
    },
  );
  return code;
}
