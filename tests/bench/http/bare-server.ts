// The ceiling the site is measured against: a bare Node http server that answers every
// request with the same 30 KB page. Its own process, so that it never shares a thread
// with the load generator: node --import tsx bare-server.ts PORT.
import http from "node:http";

const port = Number(process.argv[2]);
const row = "<p>Coffee with a Cop: residents and officers talk over coffee. Everyone is welcome.</p>\n";
const page = Buffer.from(
  `<!doctype html><html><body>\n${row.repeat(Math.ceil(30_000 / row.length))}</body></html>\n`,
);

http
  .createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": page.length });
    response.end(page);
  })
  .listen(port, "127.0.0.1", () => console.log(`bare server ready on ${port}`));
