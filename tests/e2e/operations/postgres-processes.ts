// The e2e site's embedded PostgreSQL as processes, so that a test can stall or kill it
// as a fault would.
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../../..");
export const E2E_DATA_DIR = path.join(ROOT, `.data/e2e-postgres-${process.env.E2E_PORT ?? 3210}`);

function pidFileLines(): string[] {
  return fs.readFileSync(path.join(E2E_DATA_DIR, "postmaster.pid"), "utf8").split("\n");
}

export function postmasterPid(): number {
  return Number(pidFileLines()[0]);
}

function parentOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

/** The postmaster and every backend it started. */
export function postgresPids(): number[] {
  const root = postmasterPid();
  const children = fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => parentOf(pid) === root);
  return [root, ...children];
}

export function signalAll(pids: number[], signal: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch {
      // Gone already.
    }
  }
}
