// What the launcher was asked to do, read once from the command line and environment.
import path from "node:path";
import { LaunchError } from "./errors";

/** `prepare` readies the database (migrate, seed if empty) and stops, without the site. */
export type Mode = "start" | "dev" | "prepare";

export type LaunchConfig = {
  mode: Mode;
  port: number;
  /** A PostgreSQL server chosen by the person starting the site. */
  databaseUrl: string | undefined;
  /** Where the embedded PostgreSQL keeps its data when there is no DATABASE_URL. */
  dataDir: string;
  /**
   * Demo data (with its published passwords) belongs to the embedded database only,
   * unless DEMO_DATA=1 asks for it; DEMO_DATA=0 never seeds.
   */
  seedDemoData: boolean;
  /** Where `next build` writes (NEXT_DIST_DIR), `.next` by default. */
  distDir: string;
  /** The production site server's JavaScript heap bound, in MB (SITE_HEAP_MB). */
  heapMb: number;
  projectRoot: string;
};

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
const DEFAULT_PORT = 3000;
/**
 * Node.js lets its heap grow far past what the site needs when requests come fast, and
 * collects late: under the benchmark's load the server grew to 640 MB. Bounded, it
 * collects sooner and stays near 400 MB. Its caches are bounded well below this
 * (Next.js's two in-memory caches, the micro-cache's 32 MB).
 */
const DEFAULT_HEAP_MB = 256;

export function readConfig(argv: string[], env: NodeJS.ProcessEnv): LaunchConfig {
  const mode = argv[0];
  if (mode !== "start" && mode !== "dev" && mode !== "prepare") {
    throw new LaunchError(
      "Usage: tsx scripts/launch.ts start|dev|prepare (or npm start / npm run dev / npm run db:prepare)",
    );
  }
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  return {
    mode,
    port: readPort(env.PORT),
    databaseUrl,
    dataDir: dataDirFrom(env),
    seedDemoData: readDemoData(env.DEMO_DATA, databaseUrl),
    distDir: env.NEXT_DIST_DIR?.trim() || ".next",
    heapMb: readHeapMb(env.SITE_HEAP_MB),
    projectRoot: PROJECT_ROOT,
  };
}

/** The embedded PostgreSQL's data folder: DATA_DIR, or .data/postgres in the project. */
export function dataDirFrom(env: NodeJS.ProcessEnv): string {
  return path.resolve(env.DATA_DIR?.trim() || path.join(PROJECT_ROOT, ".data/postgres"));
}

function readPort(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new LaunchError(`PORT must be a number from 1 to 65535, not "${value}"`);
  }
  return port;
}

function readHeapMb(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_HEAP_MB;
  const megabytes = Number(value);
  if (!Number.isInteger(megabytes) || megabytes < 128 || megabytes > 65536) {
    throw new LaunchError(
      `SITE_HEAP_MB must be a whole number of megabytes from 128 to 65536, not "${value}"`,
    );
  }
  return megabytes;
}

function readDemoData(value: string | undefined, databaseUrl: string | undefined): boolean {
  const choice = value?.trim();
  if (choice === "1") return true;
  if (choice === "0") return false;
  if (choice) throw new LaunchError(`DEMO_DATA must be 1 (seed demo data) or 0 (never), not "${value}"`);
  return databaseUrl === undefined;
}
