// Loads a backup into an empty database in one transaction: foreign keys are dropped
// while the rows go in (a reply may come before the comment it answers) and added back
// after, which checks every reference; user triggers are off meanwhile, so rows go in as
// they were. Before COMMIT every table is read back and must give the backup's row count
// and sha256. Any failure rolls everything back: the database stays empty.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { LaunchError } from "../launcher/errors";
import type { BackupHeader, BackupTable } from "./header";
import { readBackupFile } from "./read-file";
import { listTables, readTableRows, useStableTextOutput } from "./tables";
import type { TableShape } from "./tables";

/** Tables of the site's schema that hold at least one row. */
export async function tablesWithRows(client: pg.Client): Promise<string[]> {
  const names: string[] = [];
  for (const table of await listTables(client)) {
    const { rows } = await client.query<{ any: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${client.escapeIdentifier(table.name)}) AS any`,
    );
    if (rows[0]?.any) names.push(table.name);
  }
  return names;
}

export async function loadBackup(
  client: pg.Client,
  file: string,
  betweenTables: () => void = () => {},
): Promise<BackupHeader> {
  await useStableTextOutput(client);
  await client.query("BEGIN");
  try {
    const foreignKeys = await dropForeignKeys(client);
    const triggerTables = await disableUserTriggers(client);
    const target = new Map((await listTables(client)).map((table) => [table.name, table]));
    const header = await readBackupFile(file, async (table, rows) => {
      betweenTables();
      const shape = target.get(table.name);
      if (!shape) throw new LaunchError(`The database has no table ${table.name}, which the backup holds`);
      await copyRowsInto(client, table, rows);
    });
    for (const { table, name, definition } of foreignKeys) {
      await client.query(
        `ALTER TABLE ${table} ADD CONSTRAINT ${client.escapeIdentifier(name)} ${definition}`,
      );
    }
    for (const table of triggerTables) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
    await restoreSequences(client, header);
    await verifyTables(client, header, target);
    await client.query("COMMIT");
    return header;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

async function copyRowsInto(
  client: pg.Client,
  table: BackupTable,
  rows: AsyncIterable<Buffer>,
): Promise<void> {
  const columns = table.columns.map((column) => client.escapeIdentifier(column)).join(", ");
  const copy = client.query(copyFrom(`COPY ${client.escapeIdentifier(table.name)} (${columns}) FROM STDIN`));
  try {
    await pipeline(Readable.from(rows), copy);
  } catch (error) {
    if (error instanceof LaunchError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new LaunchError(`Loading table ${table.name} failed: ${reason}; nothing was restored`);
  }
}

type ForeignKey = { table: string; name: string; definition: string };

async function dropForeignKeys(client: pg.Client): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(
    `SELECT conrelid::regclass::text AS table, conname::text AS name, pg_get_constraintdef(oid) AS definition
     FROM pg_constraint WHERE contype = 'f' AND connamespace = current_schema()::regnamespace
     ORDER BY conrelid::regclass::text, conname`,
  );
  for (const { table, name } of rows) {
    await client.query(`ALTER TABLE ${table} DROP CONSTRAINT ${client.escapeIdentifier(name)}`);
  }
  return rows;
}

async function disableUserTriggers(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ table: string }>(
    `SELECT DISTINCT t.tgrelid::regclass::text AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
     WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace`,
  );
  for (const { table } of rows) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
  return rows.map((row) => row.table);
}

async function restoreSequences(client: pg.Client, header: BackupHeader): Promise<void> {
  for (const sequence of header.sequences) {
    if (sequence.lastValue === null) continue;
    await client.query("SELECT setval(quote_ident($1)::regclass, $2::bigint, true)", [
      sequence.name,
      sequence.lastValue,
    ]);
  }
}

async function verifyTables(
  client: pg.Client,
  header: BackupHeader,
  target: Map<string, TableShape>,
): Promise<void> {
  for (const table of header.tables) {
    const orderBy = target.get(table.name)?.orderBy ?? [];
    const digest = await readTableRows(client, { name: table.name, columns: table.columns, orderBy });
    if (digest.rows !== table.rows || digest.sha256 !== table.sha256) {
      throw new LaunchError(
        `After loading, table ${table.name} reads back ${digest.rows} rows that differ from the backup's ${table.rows}; nothing was restored`,
      );
    }
  }
}
