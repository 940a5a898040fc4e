// The database a backup reads or a restore fills: DATABASE_URL's, or else the launcher's
// embedded PostgreSQL (.data/postgres, or DATA_DIR). When `npm start` runs that one, its
// port is read from postmaster.pid; when nothing runs it, it is started for the command
// and stopped after.
import fs from "node:fs";
import path from "node:path";
import { embeddedUrl, runningPort } from "../db/embedded";
import { dataDirFrom } from "../launcher/config";
import { assertPostgresUrl, EMBEDDED_DATABASE_NAME, openEmbedded, postmasterPid } from "../launcher/database";
import { LaunchError } from "../launcher/errors";
import { databaseName, ensureDatabaseExists, serverAddress } from "../launcher/postgres-connection";

export type TargetDatabase = { url: string; description: string; stop: () => Promise<void> };

export async function openTargetDatabase(
  purpose: "backup" | "restore",
  env: NodeJS.ProcessEnv,
): Promise<TargetDatabase> {
  const databaseUrl = env.DATABASE_URL?.trim();
  if (databaseUrl) return openExternal(purpose, databaseUrl);
  const dataDir = dataDirFrom(env);
  const port = postmasterPid(dataDir) === undefined ? null : runningPort(dataDir);
  if (port !== null) {
    return {
      url: embeddedUrl(port, EMBEDDED_DATABASE_NAME),
      description: `the running embedded PostgreSQL (data in ${dataDir})`,
      stop: async () => {},
    };
  }
  if (purpose === "backup" && !fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    throw new LaunchError(
      `There is no embedded database in ${dataDir} to back up — set DATA_DIR to its folder, or DATABASE_URL for another server`,
    );
  }
  const database = await openEmbedded(dataDir);
  return {
    url: database.url,
    description: `the embedded PostgreSQL (data in ${dataDir})`,
    stop: database.stop,
  };
}

async function openExternal(purpose: "backup" | "restore", url: string): Promise<TargetDatabase> {
  assertPostgresUrl(url);
  // A restore may go into a database that does not exist yet: it is then created.
  if (purpose === "restore") await ensureDatabaseExists(url);
  return {
    url,
    description: `database "${databaseName(url)}" at ${serverAddress(url)} (DATABASE_URL)`,
    stop: async () => {},
  };
}
