// One page under load: autocannon at a fixed number of connections for a fixed time,
// after a warm-up that also checks the page answers (status, size, Cache-Control).
// Requests ask for compression as a browser does (BENCH_HTTP_ACCEPT_ENCODING, default
// "gzip, deflate, br"; empty: none), since every browser and feed reader asks for it.
import autocannon from "autocannon";
import { get, plain } from "../public-pages";

export const ACCEPT_ENCODING = process.env.BENCH_HTTP_ACCEPT_ENCODING ?? "gzip, deflate, br";
const headers: Record<string, string> = ACCEPT_ENCODING ? { "accept-encoding": ACCEPT_ENCODING } : {};

export type PageCheck = {
  status: number;
  /** The body as sent, compressed when it was. */
  wireBytes: number;
  /** The body once decompressed: the page itself. */
  bytes: number;
  contentEncoding: string;
  cacheControl: string;
};

export type LoadFigures = {
  /** Answers completed within the run (requests still in flight at its end are not). */
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Answers outside 2xx (redirects count too). */
  non2xx: number;
};

/**
 * A few requests one after another: fills whatever cache there is, and shows the answer.
 * A 503 right after start (the site's database watch not yet convinced) is waited out.
 */
export async function warm(url: string, times = 3): Promise<PageCheck> {
  let check: PageCheck = { status: 0, wireBytes: 0, bytes: 0, contentEncoding: "", cacheControl: "" };
  const patience = Date.now() + 30_000;
  for (let i = 0; i < times || (check.status === 503 && Date.now() < patience); i++) {
    if (check.status === 503) await new Promise((resolve) => setTimeout(resolve, 500));
    const answer = await get(url, ACCEPT_ENCODING);
    check = {
      status: answer.status,
      wireBytes: answer.body.length,
      bytes: plain(answer).length,
      contentEncoding: answer.encoding,
      cacheControl: answer.cacheControl,
    };
  }
  return check;
}

export async function load(url: string, connections: number, seconds: number): Promise<LoadFigures> {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
