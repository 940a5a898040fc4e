// `npm run db:backup [-- FILE|FOLDER]`: a consistent backup of the site's database
// (DATABASE_URL's, or the launcher's embedded one, running or not) in one gzip file.
// By default into .data/backups/. See docs/decisions/0013-logical-backups.md.
import fs from "node:fs";
import path from "node:path";
import { openTargetDatabase } from "./backup/database";
import { runDatabaseCommand } from "./backup/command";
import { totalRows } from "./backup/header";
import { writeSnapshot } from "./backup/snapshot";
import { writeBackupFile } from "./backup/write-file";
import { PROJECT_ROOT } from "./launcher/config";
import { LaunchError } from "./launcher/errors";
import { withConnection } from "./launcher/postgres-connection";

export const DEFAULT_BACKUP_DIR = path.join(PROJECT_ROOT, ".data/backups");
const USAGE = "Usage: npm run db:backup [-- FILE or FOLDER] (default folder: .data/backups)";

function backupFileName(now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "");
  return `coffee-with-a-cop-${stamp}.backup.gz`;
}

/** A folder (existing, or the default) gets a new dated file; anything else is the file. */
function chooseFile(argument: string | undefined, now: Date): string {
  const target = path.resolve(argument ?? DEFAULT_BACKUP_DIR);
  const isFolder = argument === undefined || (fs.existsSync(target) && fs.statSync(target).isDirectory());
  const file = isFolder ? path.join(target, backupFileName(now)) : target;
  if (fs.existsSync(file)) throw new LaunchError(`${file} already exists; not overwriting it`);
  const folder = path.dirname(file);
  if (!fs.existsSync(folder)) {
    if (argument !== undefined && !isFolder) throw new LaunchError(`The folder ${folder} does not exist`);
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  }
  return file;
}

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

process.exit(
  await runDatabaseCommand("Stopped; no backup was written.", async (lifecycle, opened) => {
    const args = process.argv.slice(2);
    if (args.length > 1 || args[0]?.startsWith("-")) throw new LaunchError(USAGE);
    const started = Date.now();
    const file = chooseFile(args[0], new Date());
    const { url, description } = opened(await openTargetDatabase("backup", process.env));
    const header = await withConnection(url, (client) =>
      writeBackupFile(file, (out) => writeSnapshot(client, out, () => lifecycle.checkpoint())),
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `Backed up ${totalRows(header)} rows in ${header.tables.length} tables of ${description} ` +
        `(schema at ${header.migrations.at(-1) ?? "no migration"}) to ${file} (${formatSize(fs.statSync(file).size)}) in ${seconds} s.`,
    );
  }),
);
