// The site server's micro-cache (scripts/server/response-cache.ts) in front of a real
// Node http server whose handler stands in for Next.js and counts its renders.
import http from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { chosenEncoding, ResponseCache } from "../../scripts/server/response-cache";

type Site = { url: string; cache: ResponseCache; renders: () => number; close: () => Promise<void> };

const PUBLIC = "public, max-age=0, s-maxage=30, stale-while-revalidate=300";

/** A site behind the cache; `answer` decides each render's headers and body. */
async function siteBehindCache(
  freshMs: number,
  answer: (
    request: http.IncomingMessage,
    response: http.ServerResponse,
    render: number,
  ) => void | Promise<void>,
): Promise<Site> {
  const cache = new ResponseCache(freshMs);
  let renders = 0;
  const server = http.createServer((request, response) =>
    cache.handle(request, response, (req, res) => {
      renders++;
      void answer(req, res, renders);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    cache,
    renders: () => renders,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const sites: Site[] = [];
afterEach(async () => {
  await Promise.all(sites.splice(0).map((site) => site.close()));
});

async function open(...args: Parameters<typeof siteBehindCache>) {
  const site = await siteBehindCache(...args);
  sites.push(site);
  return site;
}

const publicPage = (_: http.IncomingMessage, response: http.ServerResponse, render: number) => {
  response.setHeader("Cache-Control", PUBLIC);
  response.setHeader("Content-Type", "text/html; charset=utf-8");
  response.write("<p>render ");
  response.end(`${render}</p>`);
};

const text = async (url: string, init?: RequestInit) => (await fetch(url, init)).text();

/** A point a render stops at until released; `reached` resolves when a render is there. */
function gate() {
  let arrive: () => void = () => {};
  let release: () => void = () => {};
  const reached = new Promise<void>((resolve) => (arrive = resolve));
  const opened = new Promise<void>((resolve) => (release = resolve));
  return {
    reached,
    release,
    pass: async () => {
      arrive();
      await opened;
    },
  };
}

/** Waits until `count` requests wait on a render in the site's cache. */
async function waitingRequests(site: Site, count: number) {
  while (site.cache.waitingRequests < count) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe("the site server's micro-cache", () => {
  it("answers a public page from memory while it is fresh, with its headers", async () => {
    const site = await open(60_000, publicPage);
    expect(await text(`${site.url}/events`)).toBe("<p>render 1</p>");
    const second = await fetch(`${site.url}/events`);
    expect(await second.text()).toBe("<p>render 1</p>");
    expect(second.headers.get("x-response-cache")).toBe("HIT");
    expect(second.headers.get("cache-control")).toBe(PUBLIC);
    expect(second.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(site.renders()).toBe(1);
    // Another address, or another encoding or language, is another answer.
    expect(await text(`${site.url}/events?zip=06108`)).toBe("<p>render 2</p>");
    expect(await text(`${site.url}/events`, { headers: { "accept-language": "es" } })).toBe(
      "<p>render 3</p>",
    );
  });

  it("keeps nothing personal: cookies, client navigations, private or cookie-setting answers, errors", async () => {
    const site = await open(60_000, (request, response, render) => {
      if (request.url === "/private") response.setHeader("Cache-Control", "private, no-store");
      else response.setHeader("Cache-Control", PUBLIC);
      if (request.url === "/cookie") response.setHeader("Set-Cookie", "NEXT_LOCALE=es");
      if (request.url === "/missing") response.statusCode = 404;
      response.end(`render ${render}`);
    });
    for (const path of ["/private", "/cookie", "/missing"]) {
      await text(`${site.url}${path}`);
      expect(await text(`${site.url}${path}`)).not.toBe(await text(`${site.url}${path}`));
    }
    await text(`${site.url}/events`, { headers: { cookie: "session=1" } });
    await text(`${site.url}/events`, { headers: { rsc: "1" } });
    await text(`${site.url}/events?_rsc=abc`);
    expect(site.renders()).toBe(12);
  });

  it("forgets everything when a write is made, so the writer sees the change", async () => {
    const site = await open(60_000, publicPage);
    await text(`${site.url}/events`);
    await text(`${site.url}/events`);
    expect(site.renders()).toBe(1);
    await fetch(`${site.url}/admin/events/new`, { method: "POST", body: "title=x" });
    expect(await text(`${site.url}/events`)).toBe("<p>render 3</p>");
  });

  it("keeps no page whose render a write overlapped", async () => {
    const saving = gate();
    const reading = gate();
    const site = await open(60_000, async (request, response, render) => {
      if (request.method === "POST") {
        await saving.pass();
        response.end("saved");
        return;
      }
      if (render === 2) await reading.pass();
      publicPage(request, response, render);
    });
    const write = fetch(`${site.url}/admin/events/new`, { method: "POST", body: "title=x" });
    await saving.reached;
    // Read before the write is saved, answered after: it may show the old data.
    const read = text(`${site.url}/events`);
    await reading.reached;
    saving.release();
    await (await write).text();
    reading.release();
    expect(await read).toBe("<p>render 2</p>");
    expect(await text(`${site.url}/events`)).toBe("<p>render 3</p>");
    expect(await text(`${site.url}/events`)).toBe("<p>render 3</p>");
  });

  it("once an answer is past its time, renders it again once while the crowd gets the one it replaces", async () => {
    const refresh = gate();
    const site = await open(20, async (request, response, render) => {
      if (render === 2) await refresh.pass();
      publicPage(request, response, render);
    });
    await text(`${site.url}/`);
    await new Promise((resolve) => setTimeout(resolve, 40));
    const slow = text(`${site.url}/`);
    await refresh.reached;
    const crowd = await Promise.all([1, 2, 3].map(() => text(`${site.url}/`)));
    expect(crowd).toEqual(["<p>render 1</p>", "<p>render 1</p>", "<p>render 1</p>"]);
    refresh.release();
    expect(await slow).toBe("<p>render 2</p>");
    expect(await text(`${site.url}/`)).toBe("<p>render 2</p>");
    expect(site.renders()).toBe(2);
  });

  it("renders a page once for a crowd that asks for it at the same moment", async () => {
    const rendering = gate();
    const site = await open(60_000, async (request, response, render) => {
      if (render === 1) await rendering.pass();
      publicPage(request, response, render);
    });
    const first = text(`${site.url}/events?zip=06108`);
    await rendering.reached;
    const crowd = Promise.all([1, 2, 3].map(() => text(`${site.url}/events?zip=06108`)));
    await waitingRequests(site, 3);
    rendering.release();
    expect(await first).toBe("<p>render 1</p>");
    expect(await crowd).toEqual(["<p>render 1</p>", "<p>render 1</p>", "<p>render 1</p>"]);
    expect(site.renders()).toBe(1);
  });

  it("lets a crowd waiting on an answer that may not be kept ask for its own", async () => {
    const rendering = gate();
    const site = await open(60_000, async (_, response, render) => {
      if (render === 1) await rendering.pass();
      response.setHeader("Cache-Control", "private, no-store");
      response.end(`render ${render}`);
    });
    const first = text(`${site.url}/events`);
    await rendering.reached;
    const second = text(`${site.url}/events`);
    await waitingRequests(site, 1);
    rendering.release();
    expect(await first).toBe("render 1");
    expect(await second).toBe("render 2");
  });

  it("answers HEAD from a kept answer, without a body", async () => {
    const site = await open(60_000, publicPage);
    await text(`${site.url}/events`);
    const head = await fetch(`${site.url}/events`, { method: "HEAD" });
    expect(head.headers.get("x-response-cache")).toBe("HIT");
    expect(head.headers.get("content-length")).toBe(String("<p>render 1</p>".length));
    expect(await head.text()).toBe("");
    expect(site.renders()).toBe(1);
  });

  describe("compresses what came uncompressed, once, as the request accepts", () => {
    const calendar =
      "BEGIN:VCALENDAR\r\n" + "BEGIN:VEVENT\r\nSUMMARY:Coffee with a Cop\r\nEND:VEVENT\r\n".repeat(200);
    const feed = (_: http.IncomingMessage, response: http.ServerResponse) => {
      response.setHeader("Cache-Control", PUBLIC);
      response.setHeader("Content-Type", "text/calendar; charset=utf-8");
      response.setHeader("Vary", "rsc");
      response.end(calendar);
    };
    /** The raw answer, not decoded (fetch() would decode it). */
    const raw = (url: string, acceptEncoding: string) =>
      new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) =>
        http
          .get(url, { headers: { "accept-encoding": acceptEncoding } }, (response) => {
            const chunks: Buffer[] = [];
            response.on("data", (chunk: Buffer) => chunks.push(chunk));
            response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
          })
          .on("error", reject),
      );

    it("serves Brotli to a browser and gzip to a client that takes only gzip, with the same text", async () => {
      const site = await open(60_000, feed);
      await raw(`${site.url}/events.ics`, "gzip, deflate, br");
      const browser = await raw(`${site.url}/events.ics`, "gzip, deflate, br");
      expect(browser.headers["x-response-cache"]).toBe("HIT");
      expect(browser.headers["content-encoding"]).toBe("br");
      expect(browser.headers.vary).toBe("rsc, Accept-Encoding");
      expect(browser.body.length).toBeLessThan(calendar.length / 5);
      expect(brotliDecompressSync(browser.body).toString()).toBe(calendar);

      await raw(`${site.url}/events.ics`, "gzip");
      const old = await raw(`${site.url}/events.ics`, "gzip");
      expect(old.headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(old.body).toString()).toBe(calendar);
    });

    it("keeps the answer as it is for a client that accepts no compression", async () => {
      const site = await open(60_000, feed);
      await raw(`${site.url}/events.ics`, "br;q=0, gzip;q=0");
      const plain = await raw(`${site.url}/events.ics`, "br;q=0, gzip;q=0");
      expect(plain.headers["x-response-cache"]).toBe("HIT");
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.body.toString()).toBe(calendar);
    });

    it("chooses Brotli, then gzip, and honours q=0", () => {
      expect(chosenEncoding("gzip, deflate, br, zstd")).toBe("br");
      expect(chosenEncoding("gzip")).toBe("gzip");
      expect(chosenEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
      expect(chosenEncoding("*")).toBe("gzip");
      expect(chosenEncoding("identity")).toBeNull();
      expect(chosenEncoding("")).toBeNull();
    });
  });
});
