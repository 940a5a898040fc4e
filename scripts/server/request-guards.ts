// Requests the site's server refuses before Next.js sees them, because Next.js would
// answer them with a 500: a path that is not valid UTF-8 once decoded
// (vercel/next.js#92557), and a body larger than any form the site takes.
import type http from "node:http";

/** Above every text form's own limit, so a long comment still gets its message. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/**
 * The logo upload page takes more than its own limit (2 MB, lib/departments/limits.ts),
 * so that a larger file gets a message next to the field; next.config.ts lets server
 * actions read this much.
 */
export const MAX_UPLOAD_BODY_BYTES = 8 * 1024 * 1024;
const UPLOAD_PATH = /^\/admin\/departments\/[^/?]+\/logo(\?|$)/;

function bodyLimitOf(url: string): number {
  return UPLOAD_PATH.test(url) ? MAX_UPLOAD_BODY_BYTES : MAX_BODY_BYTES;
}

function plain(response: http.ServerResponse, status: number, text: string): void {
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  response.end(`${text}\n`);
}

function decodesAsUtf8(url: string): boolean {
  const path = url.split("?")[0] ?? "";
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** True when the request was answered here. */
export function refusedEarly(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  if (!decodesAsUtf8(request.url ?? "/")) {
    plain(response, 400, "That address is not valid. Check the link, or start from the home page.");
    return true;
  }
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > bodyLimitOf(request.url ?? "/")) {
    response.setHeader("Connection", "close");
    plain(response, 413, "That is more than this site accepts in one go. Please send something shorter.");
    return true;
  }
  return false;
}
