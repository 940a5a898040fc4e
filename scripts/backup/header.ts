// What a backup file says about itself: its first line, read before any row is trusted.
// See docs/decisions/0013-logical-backups.md for the whole file format.
import { z } from "zod";

export const BACKUP_FORMAT = "coffee-with-a-cop-backup";
export const BACKUP_FORMAT_VERSION = 1;

const tableSchema = z.object({
  name: z.string().min(1),
  columns: z.array(z.string().min(1)).min(1),
  rows: z.number().int().nonnegative(),
  /** sha256 of the table's rows as COPY text, in the order of tableRowsQuery. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.string(),
  serverVersion: z.string(),
  /** The Prisma migrations applied to the database it was made from, in order. */
  migrations: z.array(z.string().min(1)),
  tables: z.array(tableSchema),
  sequences: z.array(z.object({ name: z.string().min(1), lastValue: z.string().nullable() })),
});

export type BackupHeader = z.infer<typeof backupHeaderSchema>;
export type BackupTable = z.infer<typeof tableSchema>;

/** The line that ends each table's rows; COPY text never writes it as a row (a backslash is doubled). */
export const END_OF_TABLE = "\\.";

export function totalRows(header: BackupHeader): number {
  return header.tables.reduce((sum, table) => sum + table.rows, 0);
}
