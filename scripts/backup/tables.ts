// The tables of the site's schema and the one way their rows are read, shared by the
// backup and by the restore's check: same session settings, same column order, same row
// order, so the same rows give the same bytes (and the same sha256) on any server.
import { createHash } from "node:crypto";
import type { Writable } from "node:stream";
import { once } from "node:events";
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";

export type TableShape = { name: string; columns: string[]; orderBy: string[] };

/** Prisma's own bookkeeping: the restore rebuilds it with `prisma migrate deploy`. */
export const MIGRATIONS_TABLE = "_prisma_migrations";

/** Text output of dates, numbers and bytes must not depend on the server's defaults. */
export async function useStableTextOutput(client: pg.Client): Promise<void> {
  await client.query(
    "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'; " +
      "SET extra_float_digits = 1; SET bytea_output = 'hex'; SET client_encoding = 'UTF8'",
  );
}

/** Ordinary tables of the current schema (the site's), but Prisma's migrations table. */
export async function listTables(client: pg.Client): Promise<TableShape[]> {
  const { rows } = await client.query<{ name: string; columns: string[]; order_by: string[] }>(
    `SELECT c.relname::text AS name,
       array(SELECT a.attname::text FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
             ORDER BY a.attnum) AS columns,
       array(SELECT quote_ident(a.attname) || CASE WHEN a.attcollation <> 0 THEN ' COLLATE "C"' ELSE '' END
             FROM pg_index i CROSS JOIN unnest(i.indkey) WITH ORDINALITY AS k(attnum, position)
             JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
             WHERE i.indrelid = c.oid AND i.indisprimary ORDER BY k.position) AS order_by
     FROM pg_class c
     WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND NOT c.relispartition
       AND c.relname <> $1
     ORDER BY c.relname COLLATE "C"`,
    [MIGRATIONS_TABLE],
  );
  return rows.map((row) => ({ name: row.name, columns: row.columns, orderBy: row.order_by }));
}

/** By primary key (byte order for text keys, whatever the server's collation), else by the whole row. */
export function tableRowsQuery(client: pg.Client, table: TableShape): string {
  const columns = table.columns.map((column) => client.escapeIdentifier(column)).join(", ");
  const orderBy = table.orderBy.length > 0 ? table.orderBy.join(", ") : `t::text COLLATE "C"`;
  return `COPY (SELECT ${columns} FROM ${client.escapeIdentifier(table.name)} t ORDER BY ${orderBy}) TO STDOUT`;
}

export type TableDigest = { rows: number; sha256: string };

/** Streams a table's rows as COPY text to `out` (when given), counting and hashing them. */
export async function readTableRows(
  client: pg.Client,
  table: TableShape,
  out?: Writable,
): Promise<TableDigest> {
  const hash = createHash("sha256");
  let rows = 0;
  const stream = client.query(copyTo(tableRowsQuery(client, table)));
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    rows += countNewlines(chunk);
    if (out && !out.write(chunk)) await once(out, "drain");
  }
  return { rows, sha256: hash.digest("hex") };
}

function countNewlines(chunk: Buffer): number {
  let count = 0;
  for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) count++;
  return count;
}
