// `npm run bench:js -- [SITE_URL]`: the JavaScript a browser loads before each public page
// is interactive, compressed as sent, against issue 11's 120 KB target. Starts nothing:
// give it a running production site (default http://localhost:3000). For each page it
// reads the HTML's `<script src>` (not `noModule`: modern browsers skip those) and
// `<link rel="preload" as="script">` chunks, fetches each as a browser does
// (`Accept-Encoding: br, gzip`) and as an old one that takes only gzip, and adds up the
// bytes on the wire; the target applies to the first. Code behind a dynamic import(), such as the map,
// loads later and is not counted. A missing page (404) shows the floor: Next.js and
// React alone. Prints figures (KB = 1,024 bytes); exits 1 when a page is over the target.
// BENCH_JS_VERBOSE=1 lists every chunk.
import http from "node:http";
import https from "node:https";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

const TARGET_BYTES = 120 * 1024;
const site = (process.argv[2] ?? process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, "");
const verbose = Boolean(process.env.BENCH_JS_VERBOSE);

type Answer = { status: number; body: Buffer; encoding: string };

const BROWSER = "br, gzip";

/** One GET; the body as it came over the wire (fetch() would decode it). */
function get(url: string, acceptEncoding = BROWSER): Promise<Answer> {
  const { request } = url.startsWith("https:") ? https : http;
  return new Promise((resolve, reject) => {
    request(url, { headers: { "accept-encoding": acceptEncoding } }, (res: http.IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks),
          encoding: String(res.headers["content-encoding"] ?? ""),
        }),
      );
      res.on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}

function plain({ body, encoding }: Answer): Buffer {
  if (encoding.includes("br")) return brotliDecompressSync(body);
  return encoding.includes("gzip") ? gunzipSync(body) : body;
}

async function html(path: string, expected = 200): Promise<string> {
  const answer = await get(`${site}${path}`);
  if (answer.status !== expected) throw new Error(`${path} answered ${answer.status}`);
  return plain(answer).toString("utf8");
}

/** A tag's attributes by lower-case name ("" for a bare one such as `async` or `noModule`). */
function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  const inner = tag.replace(/^<\w+|\/?>$/g, "");
  for (const [, name, ...values] of inner.matchAll(/([^\s=/>]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    found.set(name!.toLowerCase(), values.find((value) => value !== undefined) ?? "");
  }
  return found;
}

/** The script URLs a page's HTML makes a modern browser load, without repeats. */
function scriptUrls(page: string, pageUrl: string): string[] {
  const found: string[] = [];
  for (const [tag] of page.matchAll(/<script\b[^>]*>/gi)) {
    const script = attributes(tag);
    if (script.get("src") && !script.has("nomodule")) found.push(script.get("src")!);
  }
  for (const [tag] of page.matchAll(/<link\b[^>]*>/gi)) {
    const link = attributes(tag);
    const rel = link.get("rel")?.toLowerCase();
    const preloadsScript = rel === "modulepreload" || (rel === "preload" && link.get("as") === "script");
    if (preloadsScript && link.get("href")) found.push(link.get("href")!);
  }
  return [...new Set(found.map((url) => new URL(url.replaceAll("&amp;", "&"), pageUrl).href))];
}

/** Paths of the pages under `prefix` (events, departments, venues) linked from `path`, in order. */
async function linksTo(path: string, prefix: string): Promise<string[]> {
  const links: string[] = [];
  for (const [, href] of (await html(path)).matchAll(/<a\b[^>]*\shref="([^"]+)"/gi)) {
    const url = new URL(href!.replaceAll("&amp;", "&"), site);
    const parts = url.pathname.split("/");
    if (url.pathname.startsWith(prefix) && parts.length === 3 && parts[2] !== "past") {
      links.push(url.pathname + url.hash);
    }
  }
  if (!links.length) throw new Error(`no link to ${prefix}… on ${path}`);
  return links;
}

/** Issue 11's pages; the event is one with comments when there is one (its forms weigh most). */
async function publicPages(): Promise<[string, string][]> {
  const events = await linksTo("/", "/events/");
  const event = (events.find((link) => link.includes("#comments")) ?? events[0]!).split("#")[0]!;
  const [department] = await linksTo("/departments", "/departments/");
  const [venue] = await linksTo(event, "/venues/");
  return [
    ["home", "/"],
    ["an event page", event],
    ["a department page", department!],
    ["a venue page", venue!.split("#")[0]!],
    ["near-me search", "/events?zip=06108&radius=25"],
  ];
}

type Chunk = { sent: number; gzip: number };
const chunks = new Map<string, Chunk>();

async function chunk(url: string): Promise<Chunk> {
  if (!chunks.has(url)) {
    const [browser, gzipOnly] = await Promise.all([get(url), get(url, "gzip")]);
    if (browser.status !== 200) throw new Error(`${url} answered ${browser.status}`);
    chunks.set(url, { sent: browser.body.length, gzip: gzipOnly.body.length });
  }
  return chunks.get(url)!;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function measure(name: string, path: string, expected = 200): Promise<boolean> {
  const pageUrl = `${site}${path}`;
  const urls = scriptUrls(await html(path, expected), pageUrl);
  let sent = 0;
  let gzip = 0;
  for (const url of urls) {
    const size = await chunk(url);
    sent += size.sent;
    gzip += size.gzip;
  }
  const within = sent <= TARGET_BYTES;
  console.log(
    `${name.padEnd(19)} ${kb(sent).padStart(9)} ${kb(gzip).padStart(9)}  ${String(urls.length).padStart(7)}  ${
      expected === 200 ? (within ? "yes" : "NO ") : "   "
    }     ${path}`,
  );
  if (verbose) {
    for (const url of urls)
      console.log(`${kb(chunks.get(url)!.sent).padStart(29)}  ${new URL(url).pathname}`);
  }
  return within;
}

async function main() {
  console.log(`First-load JavaScript on ${site}, compressed as sent, target ${kb(TARGET_BYTES)}\n`);
  console.log(`${"page".padEnd(19)} ${"browser".padStart(9)} ${"gzip only".padStart(9)}  scripts  within  path`);
  let over = 0;
  for (const [name, path] of await publicPages()) if (!(await measure(name, path))) over++;
  await measure("floor: a 404 page", "/no-such-page-js-weight", 404);
  console.log(
    "\nbrowser: as sent to a browser that takes Brotli (every current one). " +
      "gzip only: as sent to one that takes only gzip.",
  );
  process.exitCode = over ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
