// Connects to a PostgreSQL server to check it before anything else uses it, and turns
// connection failures into one line that names the server but never the password.
import pg from "pg";
import { UNREACHABLE_CODES } from "../../lib/db/busy";
import { LaunchError } from "./errors";

const CONNECT_TIMEOUT_MS = 5_000;

export function serverAddress(url: string): string {
  const parsed = new URL(url);
  const host = parsed.hostname || parsed.searchParams.get("host") || "localhost";
  return `${host}:${parsed.port || "5432"}`;
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** Opens a connection, runs `use`, and closes it; failures become a LaunchError. */
export async function withConnection<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on("error", () => {}); // a dropped connection is reported by the failing query
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw connectionFailure(error, url);
  }
  try {
    return await use(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates the URL's database on its server when it does not exist yet. */
export async function ensureDatabaseExists(url: string): Promise<void> {
  const name = databaseName(url);
  try {
    await withConnection(url, async () => {});
    return;
  } catch (error) {
    if (!(error instanceof MissingDatabase)) throw error;
  }
  await withConnection(withDatabase(url, "postgres"), async (client) => {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`).catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      throw new LaunchError(
        `Database "${name}" does not exist on ${serverAddress(url)} and could not be created (${reason}) — create it or check DATABASE_URL`,
      );
    });
  });
}

class MissingDatabase extends LaunchError {}

function connectionFailure(error: unknown, url: string): LaunchError {
  const address = serverAddress(url);
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  if (code && UNREACHABLE_CODES.has(code)) {
    return new LaunchError(`Cannot reach PostgreSQL at ${address} (${code}) — check DATABASE_URL`);
  }
  if (/timeout/i.test(message)) {
    return new LaunchError(
      `Cannot reach PostgreSQL at ${address} (no answer within 5 s) — check DATABASE_URL`,
    );
  }
  if (code === "3D000") {
    return new MissingDatabase(`Database "${databaseName(url)}" does not exist on ${address}`);
  }
  if (code === "28P01" || code === "28000") {
    const user = decodeURIComponent(new URL(url).username) || "(none)";
    return new LaunchError(
      `PostgreSQL at ${address} refused user "${user}" (${message}) — check DATABASE_URL`,
    );
  }
  return new LaunchError(`Cannot use PostgreSQL at ${address}: ${message} — check DATABASE_URL`);
}

/** Node reports a refused dual-stack connection as an AggregateError of both attempts. */
function errorCode(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  if ("code" in error && typeof error.code === "string") return error.code;
  if (error instanceof AggregateError) return errorCode(error.errors[0]);
  return undefined;
}
