// Builds the PostgreSQL driver adapter for Prisma. The Prisma CLI (migrate) and the
// site share it. Prisma 6.19's WebAssembly schema engine needs four workarounds,
// each found by running migrations here (see docs/decisions/0002-prisma-wasm-engine.md):
// catalog column types the adapter refuses, multi-statement results, PostgreSQL 18's
// NOT NULL constraints, and a shadow database it cannot create or drop cleanly.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

/** Catalog types ("char", name, regproc, …) the adapter rejects; read them as text. */
const CATALOG_TYPE_OIDS = new Set([18, 19, 24, 194, 1033, 2205, 2206]);
const TEXT_OID = 25;

/** The engine's constraint query predates PostgreSQL 18 listing NOT NULL as 'n'. */
function patchEngineSql(sql: string): string {
  return sql.replace("contype NOT IN ('p', 'u', 'f')", "contype NOT IN ('p', 'u', 'f', 'n')");
}

function patchQueryText(first: unknown): unknown {
  if (typeof first === "string") return patchEngineSql(first);
  if (first && typeof first === "object" && "text" in first && typeof first.text === "string") {
    return { ...first, text: patchEngineSql(first.text) };
  }
  return first;
}

function normaliseResult(result: pg.QueryResult | pg.QueryResult[]): pg.QueryResult {
  const single = Array.isArray(result) ? combineResults(result) : result;
  for (const field of single.fields ?? []) {
    if (CATALOG_TYPE_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  }
  return single;
}

/** A multi-statement query answers with one result per statement; keep the last rows. */
function combineResults(results: pg.QueryResult[]): pg.QueryResult {
  const last = results.at(-1);
  if (!last) throw new Error("PostgreSQL returned no result for a query");
  const rowCount = results.reduce((sum, r) => sum + (r.rowCount ?? 0), 0);
  return { ...last, rowCount };
}

type QueryCallback = (err: Error | null, res?: pg.QueryResult | pg.QueryResult[]) => void;

class EngineSafeClient extends pg.Client {
  // pg's query has many overloads; this forwards every shape unchanged but for the
  // SQL text and the result.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: unknown[]): any {
    args[0] = patchQueryText(args[0]);
    const callbackAt = args.findIndex((a) => typeof a === "function");
    const send = super.query.bind(this) as (...a: unknown[]) => unknown;
    if (callbackAt >= 0) {
      const callback = args[callbackAt] as QueryCallback;
      args[callbackAt] = (err: Error | null, res?: pg.QueryResult | pg.QueryResult[]) =>
        err || !res ? callback(err, res) : callback(null, normaliseResult(res));
      return send(...args);
    }
    const pending = send(...args);
    if (pending instanceof Promise) {
      return pending.then((res: pg.QueryResult | pg.QueryResult[]) => normaliseResult(res));
    }
    return pending;
  }
}

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

function poolConfig(fields: ConnectionFields, extra: pg.PoolConfig = {}): pg.PoolConfig {
  return { ...fields, Client: EngineSafeClient, allowExitOnIdle: true, ...extra };
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Adapter factory that also creates and force-drops migrate's shadow database. */
class MigrationAdapterFactory extends PrismaPg {
  constructor(private readonly fields: ConnectionFields) {
    super(poolConfig(fields));
  }

  override async connectToShadowDb() {
    const name = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    const admin = new pg.Client({ ...this.fields });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
    await admin.end();
    const shadow = await new PrismaPg(poolConfig({ ...this.fields, database: name })).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      const dropper = new pg.Client({ ...this.fields });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      await dropper.end();
    };
    return shadow;
  }
}

/** For the Prisma CLI: migrate, with its shadow database. */
export function migrationAdapter(databaseUrl: string): PrismaPg {
  return new MigrationAdapterFactory(connectionFields(databaseUrl));
}

/**
 * Planner settings of the site's connections. The site's data fits in memory, where a
 * random read costs about what a sequential one does (PostgreSQL's default of 4 assumes
 * spinning disks): with it, a page's dozens of host departments were read by scanning
 * the whole Department table instead of through its primary key (issue 11).
 */
export const PLANNER_OPTIONS = "-c random_page_cost=1.1";

/** For the site and the tests: a pooled adapter for PrismaClient. */
export function clientAdapter(databaseUrl: string, pool: pg.PoolConfig = {}): PrismaPg {
  return new PrismaPg(poolConfig(connectionFields(databaseUrl), { options: PLANNER_OPTIONS, ...pool }));
}
