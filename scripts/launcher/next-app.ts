// Builds the site when there is no production build yet, and runs `next start` or
// `next dev` as a child that the launcher waits for.
import fs from "node:fs";
import path from "node:path";
import type { LaunchConfig } from "./config";
import { LaunchError } from "./errors";
import type { Lifecycle } from "./lifecycle";

function nextEnv(config: LaunchConfig, databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(config.port),
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

function nextBin(config: LaunchConfig): string {
  return path.join(config.projectRoot, "node_modules/.bin/next");
}

/** `next build` once; a later start reuses .next until it is deleted. */
export async function buildIfMissing(
  lifecycle: Lifecycle,
  config: LaunchConfig,
  databaseUrl: string,
): Promise<void> {
  if (fs.existsSync(path.join(config.projectRoot, ".next/BUILD_ID"))) return;
  console.log("No production build in .next yet: running next build…");
  const { code } = await lifecycle.run(nextBin(config), ["build"], {
    cwd: config.projectRoot,
    env: nextEnv(config, databaseUrl),
  });
  lifecycle.checkpoint();
  if (code !== 0) throw new LaunchError(`next build failed (exit code ${code}); see its output above`);
}

/** Runs the site until it exits or is stopped; returns its exit code. */
export async function runSite(
  lifecycle: Lifecycle,
  config: LaunchConfig,
  databaseUrl: string,
): Promise<number> {
  const { code } = await lifecycle.run(nextBin(config), [config.mode, "-p", String(config.port)], {
    cwd: config.projectRoot,
    env: nextEnv(config, databaseUrl),
  });
  return code;
}
