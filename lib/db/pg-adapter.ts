// The PostgreSQL driver adapter the site, the scripts and the tests run on: Prisma's
// pg adapter with plain pg clients, so every query is sent as written. The migration
// engine's workarounds live apart, in ./migration-adapter.ts (used by prisma.config.ts only).
import type pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

export type ConnectionFields = {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  ssl?: boolean;
};

/** Discrete fields: with a connection string the adapter ignores a changed database name. */
export function connectionFields(databaseUrl: string): ConnectionFields {
  const url = new URL(databaseUrl);
  const sslmode = url.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(url.hostname) || "localhost",
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.replace(/^\//, "")),
    ...(sslmode && sslmode !== "disable" ? { ssl: true } : {}),
  };
}

/** Idle pools let the process exit (scripts, the migrate CLI) instead of lingering. */
export function poolConfig(fields: ConnectionFields, extra: pg.PoolConfig = {}): pg.PoolConfig {
  return { ...fields, allowExitOnIdle: true, ...extra };
}

/**
 * Planner settings of the site's connections. The site's data fits in memory, where a
 * random read costs about what a sequential one does (PostgreSQL's default of 4 assumes
 * spinning disks): with it, a page's dozens of host departments were read by scanning
 * the whole Department table instead of through its primary key (issue 11).
 */
export const PLANNER_OPTIONS = "-c random_page_cost=1.1";

/** For the site, the scripts and the tests: a pooled adapter for PrismaClient. */
export function clientAdapter(databaseUrl: string, pool: pg.PoolConfig = {}): PrismaPg {
  return new PrismaPg(poolConfig(connectionFields(databaseUrl), { options: PLANNER_OPTIONS, ...pool }));
}
