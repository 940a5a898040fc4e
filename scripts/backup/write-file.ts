// Writes a backup file: one gzip member holding the header line, then one holding every
// table's rows (gzip readers join members). The rows are written first to a temporary
// file, since the header carries their counts and checksums; the finished file appears
// under its name only when complete (a rename), readable by its owner only.
import fs from "node:fs";
import { createReadStream, createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip, gzipSync } from "node:zlib";
import type { BackupHeader } from "./header";

export async function writeBackupFile(
  file: string,
  writeRows: (out: Writable) => Promise<BackupHeader>,
): Promise<BackupHeader> {
  const rowsFile = `${file}.${process.pid}.rows.tmp`;
  const partialFile = `${file}.${process.pid}.tmp`;
  try {
    const gzip = createGzip();
    const written = pipeline(gzip, createWriteStream(rowsFile, { mode: 0o600 }));
    written.catch(() => {}); // awaited below; a failure of writeRows is the one to report
    let header: BackupHeader;
    try {
      header = await writeRows(gzip);
    } catch (error) {
      gzip.destroy();
      throw error;
    }
    gzip.end();
    await written;

    await fs.promises.writeFile(partialFile, gzipSync(`${JSON.stringify(header)}\n`), { mode: 0o600 });
    await pipeline(createReadStream(rowsFile), createWriteStream(partialFile, { flags: "a" }));
    const handle = await fs.promises.open(partialFile, "r");
    await handle.sync().finally(() => handle.close());
    await fs.promises.rename(partialFile, file);
    return header;
  } finally {
    await fs.promises.rm(rowsFile, { force: true });
    await fs.promises.rm(partialFile, { force: true });
  }
}
