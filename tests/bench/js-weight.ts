// `npm run bench:js -- [SITE_URL]`: the JavaScript a browser loads before each public page
// is interactive, compressed as sent, against issue 11's 120 KB target. Starts nothing:
// give it a running production site (default http://localhost:3000). For each page it
// reads the HTML's `<script src>` (not `noModule`: modern browsers skip those) and
// `<link rel="preload" as="script">` chunks, fetches each as a browser does
// (`Accept-Encoding: br, gzip`) and as an old one that takes only gzip, and adds up the
// bytes on the wire; the target applies to the first. Code behind a dynamic import(), such
// as the map, loads later and is not counted. Each page is measured in English and in
// Spanish (/es). A missing page (404) shows the floor: Next.js and React alone. Prints
// figures (KB = 1,024 bytes); exits 1 when a page is over the target.
// BENCH_JS_VERBOSE=1 lists every chunk.
import { get, html as pageHtml, publicPages } from "./public-pages";

const TARGET_BYTES = 120 * 1024;
const site = (process.argv[2] ?? process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, "");
const verbose = Boolean(process.env.BENCH_JS_VERBOSE);
const html = (path: string, expected = 200) => pageHtml(site, path, expected);

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
    `${name.padEnd(24)} ${kb(sent).padStart(9)} ${kb(gzip).padStart(9)}  ${String(urls.length).padStart(7)}  ${
      expected === 200 ? (within ? "yes" : "NO ") : "   "
    }     ${path}`,
  );
  if (verbose) {
    for (const url of urls)
      console.log(`${kb(chunks.get(url)!.sent).padStart(34)}  ${new URL(url).pathname}`);
  }
  return within;
}

async function main() {
  console.log(`First-load JavaScript on ${site}, compressed as sent, target ${kb(TARGET_BYTES)}\n`);
  console.log(
    `${"page".padEnd(24)} ${"browser".padStart(9)} ${"gzip only".padStart(9)}  scripts  within  path`,
  );
  let over = 0;
  for (const { name, path } of await publicPages(site)) if (!(await measure(name, path))) over++;
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
