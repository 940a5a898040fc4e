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
  projectRoot: string;
};

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
const DEFAULT_PORT = 3000;

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

function readDemoData(value: string | undefined, databaseUrl: string | undefined): boolean {
  const choice = value?.trim();
  if (choice === "1") return true;
  if (choice === "0") return false;
  if (choice) throw new LaunchError(`DEMO_DATA must be 1 (seed demo data) or 0 (never), not "${value}"`);
  return databaseUrl === undefined;
}
