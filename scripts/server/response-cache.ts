// Public answers kept in memory for a moment: a "micro-cache", as nginx's proxy_cache is
// used in front of application servers (docs/decisions/0026). When a crowd arrives, each
// public address is rendered by Next.js about once per RESPONSE_CACHE_SECONDS, and every
// other request for it is answered from memory.
//
// Only what a shared cache (a CDN) may keep is kept: a GET without cookies or client
// navigation headers, answered 200 with a public Cache-Control and no Set-Cookie. The key
// holds what the answer depends on (address, Accept-Encoding, Accept-Language).
//
// A write on this instance (any request other than GET or HEAD) empties it, and nothing
// rendered while a write was in flight is kept, so whoever writes sees the change on their
// next request. Another instance's write is seen here within RESPONSE_CACHE_SECONDS.
// While one request renders an address, the others for it wait for that answer, or get
// the answer being replaced (for at most STALE_MS): a crowd never sets off a crowd of
// renders of one page.
//
// Next.js compresses pages but not what route handlers answer (feeds, calendars, the
// API): a kept answer that came uncompressed is compressed once here, with Brotli or gzip
// as the request accepted, so the crowd's many requests for a feed get a fifth of it.
import type http from "node:http";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { LRUCache } from "lru-cache";

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void;

type Entry = { status: number; headers: http.OutgoingHttpHeaders; body: Buffer; storedAt: number };

/** How long an answer past its time may still be served while it is rendered again. */
const STALE_MS = 10_000;
/** Larger answers are not kept. */
const LARGEST_ANSWER = 2 * 1024 * 1024;

/** Request headers that make an answer someone's own, or a client navigation's. */
const PERSONAL_REQUEST_HEADERS = [
  "cookie",
  "authorization",
  "range",
  "rsc",
  "next-action",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
];

/** Smaller answers are not worth compressing (Next.js's own threshold). */
const SMALLEST_TO_COMPRESS = 1024;
/** Text formats, as the `compressible` package judges them. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml|[\w.-]+\+(?:json|xml))\b)/i;

/** Headers that belong to one response, never to a kept answer. */
const PER_RESPONSE_HEADERS = [
  "x-request-id",
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
];

/** The key of a request whose answer may be kept, or null. */
export function keyOf(request: http.IncomingMessage): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (PERSONAL_REQUEST_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  const url = request.url ?? "/";
  if (/[?&]_rsc=/.test(url)) return null;
  const encoding = request.headers["accept-encoding"] ?? "";
  const language = request.headers["accept-language"] ?? "";
  return `${url}\n${encoding}\n${language}`;
}

/** Whether a finished answer may be kept, from its status and headers. */
export function mayKeep(status: number, headers: http.OutgoingHttpHeaders): boolean {
  if (status !== 200 || headers["set-cookie"] !== undefined) return false;
  const cacheControl = String(headers["cache-control"] ?? "").toLowerCase();
  return (
    /(?:^|,)\s*public\b/.test(cacheControl) &&
    !/\b(?:private|no-store|no-cache)\b/.test(cacheControl) &&
    /\b(?:s-maxage|max-age)=/.test(cacheControl)
  );
}

export class ResponseCache {
  private readonly entries: LRUCache<string, Entry>;
  /** Changes whenever a write starts or ends: an answer rendered across either is not kept. */
  private generation = 0;
  /** Addresses being rendered right now, with the requests waiting for them. */
  private readonly waiting = new Map<string, Array<() => void>>();

  constructor(
    private readonly freshMs: number,
    maxBytes = 32 * 1024 * 1024,
  ) {
    this.entries = new LRUCache<string, Entry>({
      maxSize: maxBytes,
      sizeCalculation: (entry) => entry.body.length + 1024,
      ttl: freshMs + STALE_MS,
    });
  }

  /** How many requests wait for an answer being rendered. */
  get waitingRequests(): number {
    let count = 0;
    for (const waiters of this.waiting.values()) count += waiters.length;
    return count;
  }

  /** Answers from memory when it can; otherwise passes the request on (and keeps what it may). */
  handle(request: http.IncomingMessage, response: http.ServerResponse, pass: Handler): void {
    const key = keyOf(request);
    if (key === null) {
      if (request.method !== "GET" && request.method !== "HEAD") this.watchWrite(response);
      return pass(request, response);
    }
    const entry = this.entries.get(key);
    const age = entry ? Date.now() - entry.storedAt : Infinity;
    if (entry && (age < this.freshMs || this.waiting.has(key))) return send(entry, request, response);
    const waiting = this.waiting.get(key);
    if (waiting) {
      // The same address is being rendered: this request takes that answer when it comes.
      waiting.push(() => {
        const rendered = this.entries.get(key);
        if (rendered) send(rendered, request, response);
        else pass(request, response);
      });
      return;
    }
    if (request.method === "HEAD") return pass(request, response);
    this.waiting.set(key, []);
    response.once("close", () => {
      const waiters = this.waiting.get(key) ?? [];
      this.waiting.delete(key);
      for (const answer of waiters) answer();
    });
    this.keepWhenDone(key, response, String(request.headers["accept-encoding"] ?? ""));
    pass(request, response);
  }

  /** A write: nothing kept before it, or rendered while it runs, is served after it. */
  private watchWrite(response: http.ServerResponse): void {
    this.generation++;
    this.entries.clear();
    response.once("close", () => {
      this.generation++;
      this.entries.clear();
    });
  }

  private keepWhenDone(key: string, response: http.ServerResponse, acceptEncoding: string): void {
    const generation = this.generation;
    const chunks: Buffer[] = [];
    let size = 0;
    let headHeaders: http.OutgoingHttpHeaders = {};
    const capture = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buffer =
        typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
          : Buffer.from(chunk as Uint8Array);
      size += buffer.length;
      if (size <= LARGEST_ANSWER) chunks.push(buffer);
    };
    const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => http.ServerResponse;
    const write = response.write.bind(response) as (...args: unknown[]) => boolean;
    const end = response.end.bind(response) as (...args: unknown[]) => http.ServerResponse;
    response.writeHead = (...args: unknown[]) => {
      const headers = args.find((arg) => typeof arg === "object" && arg !== null);
      if (headers && !Array.isArray(headers)) headHeaders = lowerCased(headers as http.OutgoingHttpHeaders);
      return writeHead(...args);
    };
    response.write = ((...args: unknown[]) => {
      capture(args[0], args[1]);
      return write(...args);
    }) as http.ServerResponse["write"];
    response.end = ((...args: unknown[]) => {
      capture(args[0], args[1]);
      return end(...args);
    }) as http.ServerResponse["end"];
    response.once("finish", () => {
      const headers = { ...response.getHeaders(), ...headHeaders };
      if (generation !== this.generation || size > LARGEST_ANSWER) return;
      if (!mayKeep(response.statusCode, headers)) return;
      for (const name of PER_RESPONSE_HEADERS) delete headers[name];
      this.entries.set(key, {
        status: response.statusCode,
        ...compressed(headers, Buffer.concat(chunks), acceptEncoding),
        storedAt: Date.now(),
      });
    });
  }
}

/** Brotli or gzip, whichever the request accepts (Brotli first), or null. */
export function chosenEncoding(acceptEncoding: string): "br" | "gzip" | null {
  const accepted = new Set(
    acceptEncoding
      .split(",")
      .map((part) =>
        part
          .trim()
          .toLowerCase()
          .split(/\s*;\s*/),
      )
      .filter(([, quality]) => !quality || !/^q=0(?:\.0*)?$/.test(quality))
      .map(([coding]) => coding),
  );
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip") || accepted.has("*")) return "gzip";
  return null;
}

/** The answer to keep: compressed once when it came uncompressed and the request accepts it. */
function compressed(
  headers: http.OutgoingHttpHeaders,
  body: Buffer,
  acceptEncoding: string,
): Pick<Entry, "headers" | "body"> {
  const encoding = chosenEncoding(acceptEncoding);
  if (
    !encoding ||
    headers["content-encoding"] !== undefined ||
    body.length < SMALLEST_TO_COMPRESS ||
    !COMPRESSIBLE.test(String(headers["content-type"] ?? ""))
  )
    return { headers, body };
  const vary = [headers.vary, "Accept-Encoding"].flat().filter(Boolean).join(", ");
  return {
    headers: { ...headers, "content-encoding": encoding, vary },
    body:
      encoding === "br"
        ? brotliCompressSync(body, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
          })
        : gzipSync(body),
  };
}

function lowerCased(headers: http.OutgoingHttpHeaders): http.OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

function send(entry: Entry, request: http.IncomingMessage, response: http.ServerResponse): void {
  for (const [name, value] of Object.entries(entry.headers)) {
    if (value !== undefined) response.setHeader(name, value);
  }
  response.setHeader("content-length", entry.body.length);
  response.setHeader("x-response-cache", "HIT");
  response.statusCode = entry.status;
  response.end(request.method === "HEAD" ? undefined : entry.body);
}
