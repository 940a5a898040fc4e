// 200 residents post to one event at the same moment, through HTTP, the way a browser
// without JavaScript does. Run against a site started with high comment limits and a
// trusted proxy header, e.g.:
//   TRUSTED_PROXY_HEADER=x-forwarded-for COMMENT_LIMIT_PER_EVENT=1000 PORT=3251 npm start
//   BASE_URL=http://127.0.0.1:3251 DATABASE_URL=<the site's> npx tsx tests/bench/comments-burst.ts
// Prints HTTP outcomes and the rows stored; not a pass/fail test.
import { randomUUID } from "node:crypto";
import pg from "pg";

const BASE_URL = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const POSTS = Number(process.env.BURST_POSTS ?? 200);
const EVENT_PATH = process.env.EVENT_PATH;
const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

async function firstEventPath(): Promise<string> {
  if (EVENT_PATH) return EVENT_PATH;
  const home = await (await fetch(`${BASE_URL}/`)).text();
  const path = /href="(\/events\/[a-z0-9-]+-\d{4}-\d{2}-\d{2})"/.exec(home)?.[1];
  if (!path) throw new Error("no event link on the home page");
  return path;
}

/** The hidden fields of the page's main comment form, as a browser would send them. */
async function commentFormFields(path: string): Promise<Record<string, string>> {
  const html = await (await fetch(`${BASE_URL}${path}`)).text();
  const form = html.split("<form").find((part) => part.includes('id="comment-body"'));
  if (!form) throw new Error("no comment form on the event page");
  const fields: Record<string, string> = {};
  for (const input of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    if (name) fields[decode(name)] = decode(/value="([^"]*)"/.exec(input[0])?.[1] ?? "");
  }
  return fields;
}

const path = await firstEventPath();
const fields = await commentFormFields(path);
const marker = `burst-${Date.now().toString(36)}`;
await new Promise((resolve) => setTimeout(resolve, 3_500)); // past the time trap
const started = Date.now();
const results = await Promise.allSettled(
  Array.from({ length: POSTS }, async (_, i) => {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.set(name, value);
    body.set("idempotencyKey", randomUUID());
    body.set("authorName", `Resident ${i}`);
    body.set("body", `${marker} question ${i}`);
    const response = await fetch(`${BASE_URL}${path}`, {
      method: "POST",
      body,
      headers: { "x-forwarded-for": `198.51.100.${i % 250}` },
    });
    const html = await response.text();
    return {
      status: response.status,
      received: html.includes("it will appear here after a moderator reviews it"),
    };
  }),
);
const seconds = (Date.now() - started) / 1000;
const fulfilled = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
const byStatus = new Map<number, number>();
for (const r of fulfilled) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
console.log(`${POSTS} concurrent posts to ${path} in ${seconds.toFixed(1)} s`);
console.log(
  `HTTP: ${[...byStatus].map(([s, n]) => `${n} × ${s}`).join(", ")}; network failures: ${POSTS - fulfilled.length}`,
);
console.log(`"received" answers: ${fulfilled.filter((r) => r.received).length}`);
if (process.env.DATABASE_URL) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ status: string; count: string }>(
    `SELECT status, count(*) FROM "Comment" WHERE body LIKE $1 GROUP BY status`,
    [`${marker} %`],
  );
  console.log(`rows stored: ${rows.map((r) => `${r.count} ${r.status}`).join(", ") || "none"}`);
  await client.end();
}
