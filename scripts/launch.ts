// `npm start` / `npm run dev`: one command from a fresh checkout to a running site.
// Without DATABASE_URL it runs an embedded PostgreSQL in .data/postgres (or DATA_DIR);
// it applies migrations, seeds demo data on the first start, builds if needed, and
// stays the parent of `next start`/`next dev` so that stopping it stops PostgreSQL too.
// `npm run db:prepare` does the database part only and stops.
// See docs/decisions/0003-embedded-postgres-launcher.md.
import { isPortInUse } from "./db/free-port";
import { readConfig } from "./launcher/config";
import type { LaunchConfig } from "./launcher/config";
import { openDatabase } from "./launcher/database";
import type { Database } from "./launcher/database";
import { explainFirstAdmin, seedDemoDataIfEmpty } from "./launcher/demo-data";
import { describeFailure, LaunchError, passwordOf, StopRequested } from "./launcher/errors";
import { Lifecycle } from "./launcher/lifecycle";
import { applyMigrations } from "./launcher/migrate";
import { buildIfMissing, runSite } from "./launcher/next-app";

async function assertPortFree(config: LaunchConfig): Promise<void> {
  if (config.mode === "prepare" || !(await isPortInUse(config.port))) return;
  const command = config.mode === "start" ? "npm start" : "npm run dev";
  throw new LaunchError(
    `Port ${config.port} is already in use; set PORT to another port, e.g. PORT=${config.port === 65535 ? 3001 : config.port + 1} ${command}`,
  );
}

async function main(): Promise<number> {
  const lifecycle = new Lifecycle();
  let database: Database | undefined;
  try {
    const config = readConfig(process.argv.slice(2), process.env);
    await assertPortFree(config);
    database = await openDatabase(config);
    console.log(`Database: ${database.description}`);
    lifecycle.checkpoint();
    await applyMigrations(lifecycle, config.projectRoot, database.url);
    if (config.seedDemoData) await seedDemoDataIfEmpty(database.url);
    else await explainFirstAdmin(database.url);
    lifecycle.checkpoint();
    if (config.mode === "prepare") return 0;
    if (config.mode === "start") await buildIfMissing(lifecycle, config, database.url);
    lifecycle.whenStopping(database.keepAlive((reason) => lifecycle.fail(reason)));
    const code = await runSite(lifecycle, config, database.url);
    if (lifecycle.failure) {
      console.error(`${lifecycle.failure}; stopped the site.`);
      return 1;
    }
    if (lifecycle.stopRequested) return 0;
    console.error(`next ${config.mode} exited with code ${code}; stopping.`);
    return code;
  } catch (error) {
    if (error instanceof StopRequested) return 0;
    console.error(describeFailure(error, passwordOf(process.env.DATABASE_URL)));
    return 1;
  } finally {
    await database?.stop();
  }
}

process.exit(await main());
