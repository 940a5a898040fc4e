// The key that signs session cookies. Production must set NEXTAUTH_SECRET (the launcher
// makes one for the embedded demo database); development and tests use a fixed one.
import { env } from "@/lib/env";

const DEVELOPMENT_SECRET = "development-only-nextauth-secret-never-use-in-production";

export function authSecret(): string {
  const { NEXTAUTH_SECRET, NODE_ENV, NEXT_PHASE } = env();
  if (NEXTAUTH_SECRET) return NEXTAUTH_SECRET;
  // `next build` loads route modules but signs nothing.
  if (NODE_ENV !== "production" || NEXT_PHASE === "phase-production-build") return DEVELOPMENT_SECRET;
  throw new Error(
    "Invalid environment:\n  NEXTAUTH_SECRET: required in production (e.g. `openssl rand -base64 32`)",
  );
}
