// 200 residents post to one event at the same moment, through HTTP, the way a browser
// without JavaScript does. Run against a site started with high comment limits and a
// trusted proxy header, e.g.:
//   TRUST_PROXY=loopback COMMENT_LIMIT_PER_EVENT=1000 PORT=3251 npm start
//   BASE_URL=http://127.0.0.1:3251 DATABASE_URL=<the site's> npx tsx tests/bench/comments-burst.ts
// Prints HTTP outcomes and the rows stored; not a pass/fail test.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { commentFormFields, postCommentForm } from "../support/comment-form-http";

const BASE_URL = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const POSTS = Number(process.env.BURST_POSTS ?? 200);
const EVENT_PATH = process.env.EVENT_PATH;

async function firstEventPath(): Promise<string> {
  if (EVENT_PATH) return EVENT_PATH;
  const home = await (await fetch(`${BASE_URL}/`)).text();
  const path = /href="(\/events\/[a-z0-9-]+-\d{4}-\d{2}-\d{2})"/.exec(home)?.[1];
  if (!path) throw new Error("no event link on the home page");
  return path;
}

const path = await firstEventPath();
const fields = await commentFormFields(BASE_URL, path);
const marker = `burst-${Date.now().toString(36)}`;
await new Promise((resolve) => setTimeout(resolve, 3_500)); // past the time trap
const started = Date.now();
const results = await Promise.allSettled(
  Array.from({ length: POSTS }, (_, i) =>
    postCommentForm(BASE_URL, path, fields, {
      idempotencyKey: randomUUID(),
      authorName: `Resident ${i}`,
      body: `${marker} question ${i}`,
      clientAddress: `198.51.100.${i % 250}`,
    }),
  ),
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
