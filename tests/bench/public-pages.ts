// Issue 11's public pages of a running site, found by following its own links, for the
// benchmarks that measure them as a browser sees them (js-weight.ts, lighthouse.ts).
import http from "node:http";
import https from "node:https";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";

export type Answer = { status: number; body: Buffer; encoding: string; cacheControl: string };

/** One GET; the body as it came over the wire (fetch() would decode it). */
export function get(url: string, acceptEncoding = "br, gzip"): Promise<Answer> {
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
          cacheControl: String(res.headers["cache-control"] ?? ""),
        }),
      );
      res.on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}

export function plain({ body, encoding }: Pick<Answer, "body" | "encoding">): Buffer {
  if (encoding.includes("br")) return brotliDecompressSync(body);
  if (encoding.includes("deflate")) return inflateSync(body);
  return encoding.includes("gzip") ? gunzipSync(body) : body;
}

export async function html(site: string, path: string, expected = 200): Promise<string> {
  const answer = await get(`${site}${path}`);
  if (answer.status !== expected) throw new Error(`${path} answered ${answer.status}`);
  return plain(answer).toString("utf8");
}

/** Paths of the pages under `prefix` (events, departments, venues) linked from `path`, in order. */
async function linksTo(site: string, path: string, prefix: string): Promise<string[]> {
  const links: string[] = [];
  for (const [, href] of (await html(site, path)).matchAll(/<a\b[^>]*\shref="([^"]+)"/gi)) {
    const url = new URL(href!.replaceAll("&amp;", "&"), site);
    const parts = url.pathname.split("/");
    if (url.pathname.startsWith(prefix) && parts.length === 3 && parts[2] !== "past") {
      links.push(url.pathname + url.hash);
    }
  }
  if (!links.length) throw new Error(`no link to ${prefix}… on ${path}`);
  return links;
}

export type PublicPage = { name: string; path: string };

/**
 * Issue 11's pages in English, then the same pages in Spanish (under /es). The event is
 * one with comments when there is one (its forms weigh most).
 */
export async function publicPages(site: string): Promise<PublicPage[]> {
  const events = await linksTo(site, "/", "/events/");
  const event = (events.find((link) => link.includes("#comments")) ?? events[0]!).split("#")[0]!;
  const [department] = await linksTo(site, "/departments", "/departments/");
  const [venue] = await linksTo(site, event, "/venues/");
  const english: PublicPage[] = [
    { name: "home", path: "/" },
    { name: "an event page", path: event },
    { name: "a department page", path: department! },
    { name: "a venue page", path: venue!.split("#")[0]! },
    { name: "near-me search", path: "/events?zip=06108&radius=25" },
  ];
  const spanish = english.map(({ name, path }) => ({
    name: `${name} (es)`,
    path: `/es${path === "/" ? "" : path}`,
  }));
  return [...english, ...spanish];
}
