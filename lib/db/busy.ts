// Errors that mean "the database did not answer in time", as opposed to a bug: every
// pooled connection was in use for DATABASE_TIMEOUT_SECONDS, a new connection could not
// be made, or a query ran past the bound (lib/db/create-client.ts).

const BUSY_MESSAGES = [
  "timeout exceeded when trying to connect", // pg-pool: no free connection in time
  "Connection terminated due to connection timeout", // pg: a new connection took too long
  "Query read timeout", // pg: query_timeout
  "Connection terminated unexpectedly",
];
/** Network errors of a connection to PostgreSQL: the server cannot be reached (also read by the launcher). */
export const UNREACHABLE_CODES: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ECONNRESET",
]);
/** …and PostgreSQL shutting down (57P01) or starting up (57P03). */
const BUSY_CODES = new Set([...UNREACHABLE_CODES, "57P01", "57P03"]);

/** Whether `error`, or an error it wraps (Prisma's driver adapter keeps pg's as `cause`), is the database being busy or away. */
export function isDatabaseBusy(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Object && depth < 5; depth++) {
    const { message, code, cause } = current as { message?: unknown; code?: unknown; cause?: unknown };
    if (typeof message === "string" && BUSY_MESSAGES.some((text) => message.includes(text))) return true;
    if (typeof code === "string" && BUSY_CODES.has(code)) return true;
    current = cause;
  }
  return false;
}
