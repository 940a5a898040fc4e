// Reads a backup file and trusts nothing in it unchecked: the header must parse, every
// table must end where the header says, with the row count and sha256 it records, and
// nothing may follow the last table. Any flaw is a DamagedBackup naming it.
import fs from "node:fs";
import { createHash } from "node:crypto";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { LaunchError } from "../launcher/errors";
import { backupHeaderSchema, BACKUP_FORMAT, END_OF_TABLE } from "./header";
import type { BackupHeader, BackupTable } from "./header";

export class DamagedBackup extends LaunchError {}

/** Reads every table's rows in order; `onTable` must consume them all. Returns the header. */
export async function readBackupFile(
  file: string,
  onTable: (table: BackupTable, rows: AsyncIterable<Buffer>) => Promise<void> = drain,
  onHeader: (header: BackupHeader) => Promise<void> = async () => {},
): Promise<BackupHeader> {
  if (!fs.existsSync(file)) throw new LaunchError(`No backup file at ${file}`);
  if (!startsLikeGzip(file)) throw notABackup(file);
  const gunzip = createGunzip();
  const reading = pipeline(fs.createReadStream(file), gunzip);
  reading.catch(() => {}); // its error also ends the iteration below, which reports it
  const lines = new LineReader(gunzip, file);
  try {
    const header = parseHeader(await lines.next(), file);
    await onHeader(header);
    for (const table of header.tables) await onTable(table, tableRows(lines, table, file));
    if ((await lines.next()) !== null) throw damaged(file, "there is data after the last table");
    return header;
  } finally {
    gunzip.destroy();
  }
}

async function drain(_table: BackupTable, rows: AsyncIterable<Buffer>): Promise<void> {
  for await (const _chunk of rows);
}

function damaged(file: string, reason: string): DamagedBackup {
  return new DamagedBackup(
    `The backup file ${file} is damaged or incomplete (${reason}); nothing was restored`,
  );
}

function notABackup(file: string): LaunchError {
  return new LaunchError(`${file} is not a backup made by npm run db:backup (no ${BACKUP_FORMAT} header)`);
}

function startsLikeGzip(file: string): boolean {
  const magic = Buffer.alloc(2);
  const handle = fs.openSync(file, "r");
  try {
    return fs.readSync(handle, magic, 0, 2, 0) === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
  } finally {
    fs.closeSync(handle);
  }
}

function parseHeader(line: Buffer | null, file: string): BackupHeader {
  let json: unknown;
  try {
    json = JSON.parse(line?.toString("utf8") ?? "");
  } catch {
    throw notABackup(file);
  }
  const parsed = backupHeaderSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  if (json && typeof json === "object" && "format" in json && json.format === BACKUP_FORMAT) {
    throw new LaunchError(
      `${file} is a backup of a format version this code does not read (or its header is damaged); restore it with the version of the site that made it`,
    );
  }
  throw notABackup(file);
}

const BATCH_BYTES = 256 * 1024;
const NEWLINE = Buffer.from("\n");

/** One table's rows as COPY text, in batches; checks its count and sha256 at its end. */
async function* tableRows(lines: LineReader, table: BackupTable, file: string): AsyncGenerator<Buffer> {
  const hash = createHash("sha256");
  let rows = 0;
  let batch: Buffer[] = [];
  let size = 0;
  for (;;) {
    const line = await lines.next();
    if (line === null) throw damaged(file, `it ends inside table ${table.name}, the file was cut short`);
    if (line.length === 2 && line.toString("latin1") === END_OF_TABLE) break;
    hash.update(line).update(NEWLINE);
    rows++;
    batch.push(line, NEWLINE);
    size += line.length + 1;
    if (size >= BATCH_BYTES) {
      yield Buffer.concat(batch);
      batch = [];
      size = 0;
    }
  }
  if (size > 0) yield Buffer.concat(batch);
  if (rows !== table.rows) {
    throw damaged(file, `table ${table.name} has ${rows} rows where its header says ${table.rows}`);
  }
  if (hash.digest("hex") !== table.sha256) {
    throw damaged(file, `the rows of table ${table.name} do not match their checksum`);
  }
}

/** Lines of the decompressed file, without their newline; a last unterminated line is damage. */
class LineReader {
  private readonly chunks: AsyncIterator<Buffer>;
  private pending: Buffer[] = [];
  private nextIndex = 0;
  private rest: Buffer = Buffer.alloc(0);
  private done = false;

  constructor(
    source: AsyncIterable<Buffer>,
    private readonly file: string,
  ) {
    this.chunks = source[Symbol.asyncIterator]();
  }

  async next(): Promise<Buffer | null> {
    while (this.nextIndex >= this.pending.length) {
      if (this.done) return null;
      this.pending = [];
      this.nextIndex = 0;
      await this.fill();
    }
    return this.pending[this.nextIndex++] ?? null;
  }

  private async fill(): Promise<void> {
    let result: IteratorResult<Buffer>;
    try {
      result = await this.chunks.next();
    } catch (error) {
      throw damaged(this.file, gzipReason(error));
    }
    if (result.done) {
      this.done = true;
      if (this.rest.length > 0) throw damaged(this.file, "its last line is cut short");
      return;
    }
    const buffer = this.rest.length > 0 ? Buffer.concat([this.rest, result.value]) : result.value;
    let start = 0;
    for (let end = buffer.indexOf(10); end !== -1; end = buffer.indexOf(10, start)) {
      this.pending.push(buffer.subarray(start, end));
      start = end + 1;
    }
    this.rest = buffer.subarray(start);
  }
}

function gzipReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "Z_BUF_ERROR") return "the file was cut short";
  if (code === "Z_DATA_ERROR") return "its compressed data is corrupt";
  return error instanceof Error ? error.message : String(error);
}
