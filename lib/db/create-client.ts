// Builds a PrismaClient on the pg driver adapter. Shared by the site (lib/db/client.ts),
// the seed, the launcher and the tests, which each bring their own URL.
import type pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { clientAdapter } from "./pg-adapter";

export type { PrismaClient };

/**
 * The site's bounds on waiting for a connection and for a query's answer
 * (DATABASE_TIMEOUT_SECONDS), so that a database that stops answering gives an error
 * page within seconds rather than requests that hang. A timed-out connection is dropped
 * from the pool: the site recovers by itself.
 */
export function sitePoolTimeouts(seconds: number): pg.PoolConfig {
  return { connectionTimeoutMillis: seconds * 1000, query_timeout: seconds * 1000 };
}

export function createPrismaClient(
  databaseUrl: string,
  poolSize = 10,
  pool: pg.PoolConfig = {},
): PrismaClient {
  return new PrismaClient({ adapter: clientAdapter(databaseUrl, { max: poolSize, ...pool }) });
}
