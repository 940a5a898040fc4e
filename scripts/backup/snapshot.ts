// Reads the whole database inside one REPEATABLE READ READ ONLY transaction: every table
// is copied from the same snapshot, so the backup is consistent while the site writes.
import type { Writable } from "node:stream";
import type pg from "pg";
import { LaunchError } from "../launcher/errors";
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, END_OF_TABLE } from "./header";
import type { BackupHeader, BackupTable } from "./header";
import { appliedMigrations } from "./migrations";
import { listTables, readTableRows, useStableTextOutput } from "./tables";

export async function writeSnapshot(
  client: pg.Client,
  out: Writable,
  betweenTables: () => void = () => {},
): Promise<BackupHeader> {
  await useStableTextOutput(client);
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    // The snapshot is taken at the first query: from here on every read sees the same data.
    const migrations = await appliedMigrations(client);
    if (migrations === null) {
      throw new LaunchError(
        "This database has no migrations applied (no _prisma_migrations table): it is not a Coffee with a Cop database, nothing to back up",
      );
    }
    const tables: BackupTable[] = [];
    for (const table of await listTables(client)) {
      betweenTables();
      const digest = await readTableRows(client, table, out);
      out.write(`${END_OF_TABLE}\n`);
      tables.push({ name: table.name, columns: table.columns, ...digest });
    }
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      serverVersion: await serverVersion(client),
      migrations,
      tables,
      sequences: await sequenceValues(client),
    };
    await client.query("COMMIT");
    return header;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

async function serverVersion(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
  return rows[0]?.server_version ?? "unknown";
}

async function sequenceValues(client: pg.Client): Promise<BackupHeader["sequences"]> {
  const { rows } = await client.query<{ name: string; last_value: string | null }>(
    `SELECT sequencename::text AS name, last_value::text AS last_value FROM pg_sequences
     WHERE schemaname = current_schema() ORDER BY sequencename COLLATE "C"`,
  );
  return rows.map((row) => ({ name: row.name, lastValue: row.last_value }));
}
