// What the backup tests need: the two commands run as a person runs them, and a
// fingerprint of every table computed by PostgreSQL itself (independent of the backup's
// own checksums), so "restored" means the same rows, not the same counts.
import { spawn } from "node:child_process";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import fs from "node:fs";
import pg from "pg";

const ROOT = path.resolve(import.meta.dirname, "../..");

export type ScriptRun = { code: number | null; stdout: string; stderr: string };

/** `npm run --silent SCRIPT -- ARGS` with the given environment (DATABASE_URL only when given). */
export function runNpmScript(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<ScriptRun> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!("DATABASE_URL" in env)) delete childEnv.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", script, "--", ...args], { cwd: ROOT, env: childEnv });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

export type TableFingerprint = { rows: number; md5: string };

/** Every table of the public schema: its row count and the md5 of its rows' text, in order. */
export async function fingerprint(url: string): Promise<Record<string, TableFingerprint>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET TimeZone = 'UTC'");
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
    );
    const result: Record<string, TableFingerprint> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ rows: string; md5: string | null }>(
        `SELECT count(*) AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE "C")) AS md5 FROM "${name}" t`,
      );
      result[name] = { rows: Number(rows[0]?.rows), md5: rows[0]?.md5 ?? "(empty)" };
    }
    return result;
  } finally {
    await client.end();
  }
}

export async function appliedMigrationNames(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1`,
    );
    return rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

/** Rewrites a backup file's decompressed text (its header line and rows) with `edit`. */
export function editBackup(file: string, target: string, edit: (text: string) => string): void {
  const text = gunzipSync(fs.readFileSync(file)).toString("utf8");
  fs.writeFileSync(target, gzipSync(edit(text)));
}
