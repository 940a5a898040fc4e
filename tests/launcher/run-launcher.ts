// Runs the launcher as a person does (`tsx scripts/launch.ts …` in a shell), with a data
// folder of the test's own and no inherited DATABASE_URL.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
export const TIMEOUT_MS = 30_000;

export type LauncherRun = { code: number | null; stdout: string; stderr: string };

/** Runs `tsx scripts/launch.ts start` with the test's own DATA_DIR and no inherited DATABASE_URL. */
export function runLauncher(env: Record<string, string>, mode = "start"): Promise<LauncherRun> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env };
  if (!("DATABASE_URL" in env)) delete childEnv.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ["scripts/launch.ts", mode], { cwd: ROOT, env: childEnv });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const watchdog = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS - 2_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(watchdog);
      resolve({ code, stdout, stderr });
    });
  });
}

const temporaryDirs: string[] = [];
export function temporaryDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cwac-launcher-"));
  temporaryDirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of temporaryDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
