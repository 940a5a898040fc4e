// Requests the site's server refuses before Next.js sees them, because Next.js would
// answer them with a 500: a path that is not valid UTF-8 once decoded
// (vercel/next.js#92557), and a body larger than any form the site takes.
import type http from "node:http";

/** Above the server actions' limit in next.config.ts (2 MB), so a long comment still gets its message. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

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
  if (declared > MAX_BODY_BYTES) {
    response.setHeader("Connection", "close");
    plain(response, 413, "That is more than this site accepts in one go. Please send something shorter.");
    return true;
  }
  return false;
}
