// Captures the SQL that Prisma sends through the pg driver, then asks PostgreSQL how it
// would run each statement (EXPLAIN with the same parameters, so the same custom plan).
import pg from "pg";

type Captured = { text: string; values: unknown[] };
type PlanNode = { "Node Type": string; "Relation Name"?: string; Plans?: PlanNode[] };

/** Records every statement run through any pg client while `run` is under way. */
export async function captureStatements(run: () => Promise<unknown>): Promise<Captured[]> {
  const captured: Captured[] = [];
  // Restored unchanged below; `apply` gives it its client back.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const original = pg.Client.prototype.query;
  const patched = function (this: pg.Client, ...args: unknown[]) {
    const [first, second] = args;
    if (typeof first === "string") captured.push({ text: first, values: (second as unknown[]) ?? [] });
    else if (first && typeof first === "object" && "text" in first) {
      const config = first as { text: string; values?: unknown[] };
      captured.push({ text: config.text, values: config.values ?? [] });
    }
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
  pg.Client.prototype.query = patched as typeof original;
  try {
    await run();
  } finally {
    pg.Client.prototype.query = original;
  }
  return captured.filter(({ text }) => /^\s*(SELECT|WITH)\b/i.test(text));
}

function relationsScanned(node: PlanNode, found: string[] = []): string[] {
  if (node["Node Type"] === "Seq Scan" && node["Relation Name"]) found.push(node["Relation Name"]);
  for (const child of node.Plans ?? []) relationsScanned(child, found);
  return found;
}

/** The tables each statement would read by a sequential scan, with the statement, for the message. */
export async function sequentialScans(
  client: pg.Client,
  statements: Captured[],
  tables: readonly string[],
): Promise<string[]> {
  const scans: string[] = [];
  for (const { text, values } of statements) {
    const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(
      `EXPLAIN (FORMAT JSON) ${text}`,
      values,
    );
    const plan = rows[0]!["QUERY PLAN"][0].Plan;
    for (const table of relationsScanned(plan).filter((name) => tables.includes(name))) {
      scans.push(`${table} in: ${text.replace(/\s+/g, " ").slice(0, 300)}`);
    }
  }
  return scans;
}
