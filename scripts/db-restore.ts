// `npm run db:restore FILE`: restores a backup made by `npm run db:backup` into an empty
// database (DATABASE_URL's, created if missing, or the launcher's embedded one). Checks
// the whole file first; refuses a database that has rows. See docs/decisions/0013-….
import path from "node:path";
import { openTargetDatabase } from "./backup/database";
import { runDatabaseCommand } from "./backup/command";
import { totalRows } from "./backup/header";
import { loadBackup, tablesWithRows } from "./backup/load";
import {
  appliedMigrations,
  assertBackupFitsCode,
  committedMigrations,
  deployMigrationsUpTo,
  isPrefix,
} from "./backup/migrations";
import { readBackupFile } from "./backup/read-file";
import { applyMigrations } from "./launcher/migrate";
import { PROJECT_ROOT } from "./launcher/config";
import { LaunchError } from "./launcher/errors";
import { withConnection } from "./launcher/postgres-connection";

const USAGE = "Usage: npm run db:restore FILE (a file made by npm run db:backup)";

function describeRows(tables: string[]): string {
  const named = tables.slice(0, 3).join(", ");
  return tables.length > 3
    ? `${named} and ${tables.length - 3} more tables have rows`
    : `${named} ha${tables.length === 1 ? "s" : "ve"} rows`;
}

process.exit(
  await runDatabaseCommand("Stopped; nothing was restored.", async (lifecycle, opened) => {
    const args = process.argv.slice(2);
    if (args.length !== 1 || args[0]?.startsWith("-")) throw new LaunchError(USAGE);
    const file = path.resolve(args[0] ?? "");
    const started = Date.now();
    // The whole file is checked before anything touches the database.
    const header = await readBackupFile(file);
    const committed = committedMigrations(PROJECT_ROOT);
    assertBackupFitsCode(header.migrations, committed);
    lifecycle.checkpoint();

    const { url, description } = opened(await openTargetDatabase("restore", process.env));
    const applied = await withConnection(url, async (client) => {
      const filled = await tablesWithRows(client);
      if (filled.length > 0) {
        throw new LaunchError(
          `Refusing to restore into ${description}: it is not empty (${describeRows(filled)}); restore into a new, empty database. Nothing was changed.`,
        );
      }
      return (await appliedMigrations(client)) ?? [];
    });
    if (!isPrefix(applied, header.migrations)) {
      throw new LaunchError(
        `Refusing to restore into ${description}: its schema is newer than the backup's (it has migration ${applied.at(-1)}); restore into a new, empty database. Nothing was changed.`,
      );
    }
    await deployMigrationsUpTo(lifecycle, PROJECT_ROOT, url, header.migrations.length);
    await withConnection(url, (client) => loadBackup(client, file, () => lifecycle.checkpoint()));
    if (header.migrations.length < committed.length) await applyMigrations(lifecycle, PROJECT_ROOT, url);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `Restored ${totalRows(header)} rows in ${header.tables.length} tables from ${file} ` +
        `(made ${header.createdAt}) into ${description} in ${seconds} s; every table matches the backup's row count and checksum.`,
    );
  }),
);
