// The site as production runs it: the launcher (`npm start`'s scripts/launch.ts) against
// the benchmark's database. It builds when `.next` is missing or older than the code,
// then runs scripts/site-server.ts (node --import tsx) as its child. The site's output
// goes straight to a log file, so that writing it costs the site, not the load
// generator.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { stopChild } from "../../support/child-process";

export const ROOT = path.resolve(import.meta.dirname, "../../..");
const LAUNCHER = path.join(ROOT, "scripts/launch.ts");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

function launcherEnv(databaseUrl: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    ...extra,
  };
  for (const key of ["NODE_ENV", "NEXT_DIST_DIR", "TEST_DATABASE_URL"]) delete env[key];
  return env;
}

/** `npm run db:prepare` with demo data: migrate, then the demo seed. */
export function prepareDatabase(databaseUrl: string): void {
  const run = spawnSync(TSX, [LAUNCHER, "prepare"], {
    cwd: ROOT,
    env: launcherEnv(databaseUrl, { DEMO_DATA: "1" }),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`The launcher's prepare failed:\n${run.stdout}\n${run.stderr}`);
}

export type RunningSite = {
  url: string;
  launcher: ChildProcess;
  /** The launcher's output said it ran `next build` (false: it reused the build). */
  built: () => boolean;
  /** Resolves once /readyz says PostgreSQL answers (the site answers 503 until then). */
  waitUntilReady: () => Promise<void>;
  /** scripts/site-server.ts's process id (below the launcher, behind tsx's wrapper). */
  serverPid: () => number | undefined;
  stop: () => Promise<void>;
};

export async function startSite(databaseUrl: string, port: number, logFile: string): Promise<RunningSite> {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, "w");
  const launcher = spawn(TSX, [LAUNCHER, "start"], {
    cwd: ROOT,
    env: launcherEnv(databaseUrl, {
      PORT: String(port),
      DEMO_DATA: "0",
      // No background jobs: the figures measure serving pages, nothing else.
      JOBS: "0",
      MAIL_OUTBOX: "1",
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    }),
    stdio: ["ignore", log, log],
  });
  fs.closeSync(log);
  const output = () => fs.readFileSync(logFile, "utf8");
  const url = `http://127.0.0.1:${port}`;
  const site: RunningSite = {
    url,
    launcher,
    built: () => /running next build/.test(output()),
    serverPid: () => descendantsOf(launcher.pid!).find((pid) => commandLine(pid).includes("site-server.ts")),
    stop: () => stopChild(launcher, 30_000),
    waitUntilReady: () => waitForReadiness(url),
  };
  // The build may take minutes on a busy machine.
  const deadline = Date.now() + 15 * 60_000;
  while (!/Site ready on/.test(output())) {
    if (launcher.exitCode !== null)
      throw new Error(`The launcher exited early; see ${logFile}:\n${output()}`);
    if (Date.now() > deadline) {
      await site.stop();
      throw new Error(`The site did not start within 15 minutes; see ${logFile}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return site;
}

async function waitForReadiness(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${url}/readyz`).catch(() => undefined);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url}/readyz did not answer 200 within 60 s`);
}

/** Direct children of a process, from /proc. */
export function childrenOf(pid: number): number[] {
  try {
    return fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((task) => fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim().split(/\s+/))
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** Children, grandchildren… of a process. */
export function descendantsOf(pid: number): number[] {
  return childrenOf(pid).flatMap((child) => [child, ...descendantsOf(child)]);
}

export function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}
