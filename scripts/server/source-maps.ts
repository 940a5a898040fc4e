// Imported first by scripts/site-server.ts, before Next.js loads. tsx turns on Node's
// source maps for its TypeScript; with them on, Node reads and keeps the source map of
// every module it loads, Next.js's and the build's chunks included: about 90 MB of the
// site server's memory, kept for its whole life (issue 11). `next start` runs without
// them too. Errors in the log then point into the built chunks; to map them back to the
// sources, start the site with NODE_OPTIONS=--enable-source-maps.
if (!/--enable-source-maps\b/.test(`${process.env.NODE_OPTIONS ?? ""} ${process.execArgv.join(" ")}`))
  process.setSourceMapsEnabled(false);
