// The header through which the site's own HTTP server (scripts/site-server.ts) hands the
// connection's address to the app. The server overwrites whatever a client sent in it.
export const PEER_ADDRESS_HEADER = "x-cwac-peer-address";
