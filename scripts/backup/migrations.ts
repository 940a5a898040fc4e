// Which Prisma migrations a database has, which this checkout has, and applying the
// checkout's migrations up to a given one (a restore first rebuilds the schema the
// backup was made with, loads the rows, then applies the newer migrations to them).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type pg from "pg";
import { LaunchError } from "../launcher/errors";
import type { Lifecycle } from "../launcher/lifecycle";
import { applyMigrations } from "../launcher/migrate";
import { MIGRATIONS_TABLE } from "./tables";

/** The applied migrations in order, or null when the database has none at all. */
export async function appliedMigrations(client: pg.Client): Promise<string[] | null> {
  const { rows: found } = await client.query<{ exists: boolean }>(
    "SELECT to_regclass(quote_ident($1)) IS NOT NULL AS exists",
    [MIGRATIONS_TABLE],
  );
  if (!found[0]?.exists) return null;
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM ${client.escapeIdentifier(MIGRATIONS_TABLE)}
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name COLLATE "C"`,
  );
  return rows.map((row) => row.name);
}

function migrationsFolder(projectRoot: string): string {
  return path.join(projectRoot, "prisma/migrations");
}

export function committedMigrations(projectRoot: string): string[] {
  const folder = migrationsFolder(projectRoot);
  return fs
    .readdirSync(folder)
    .filter((name) => fs.existsSync(path.join(folder, name, "migration.sql")))
    .sort();
}

export function isPrefix(prefix: string[], of: string[]): boolean {
  return prefix.length <= of.length && prefix.every((name, index) => of[index] === name);
}

/** A backup restores only into the schema it was made with, or one that grew from it. */
export function assertBackupFitsCode(backupMigrations: string[], committed: string[]): void {
  if (isPrefix(backupMigrations, committed)) return;
  const unknown = backupMigrations.find((name, index) => committed[index] !== name);
  throw new LaunchError(
    `This backup was made by another version of the site: its migration ${unknown ?? "(none)"} is not in this checkout's prisma/migrations in that order — restore it with the version that made it`,
  );
}

/** `prisma migrate deploy` with only the first `count` committed migrations. */
export async function deployMigrationsUpTo(
  lifecycle: Lifecycle,
  projectRoot: string,
  databaseUrl: string,
  count: number,
): Promise<void> {
  const committed = committedMigrations(projectRoot);
  if (count >= committed.length) return applyMigrations(lifecycle, projectRoot, databaseUrl);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "cwac-migrations-"));
  try {
    const subset = path.join(folder, "migrations");
    fs.mkdirSync(subset);
    const source = migrationsFolder(projectRoot);
    fs.copyFileSync(path.join(source, "migration_lock.toml"), path.join(subset, "migration_lock.toml"));
    for (const name of committed.slice(0, count)) {
      fs.cpSync(path.join(source, name), path.join(subset, name), { recursive: true });
    }
    const config = path.join(folder, "prisma.config.ts");
    const projectConfig = pathToFileURL(path.join(projectRoot, "prisma.config.ts")).href;
    fs.writeFileSync(
      config,
      [
        `import base from ${JSON.stringify(projectConfig)};`,
        `export default { ...base, schema: ${JSON.stringify(path.join(projectRoot, "prisma/schema.prisma"))},`,
        `  migrations: { ...base.migrations, path: ${JSON.stringify(subset)} } };`,
      ].join("\n"),
    );
    await applyMigrations(lifecycle, projectRoot, databaseUrl, ["--config", config]);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
