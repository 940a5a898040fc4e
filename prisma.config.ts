// Prisma CLI configuration: the WebAssembly schema engine through the pg driver
// adapter, so nothing is downloaded (docs/decisions/0002-prisma-wasm-engine.md).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { migrationAdapter } from "./lib/db/migration-adapter";

// The engine leaves a 10 s timer running after a command finishes; long timers must
// not keep the CLI alive.
const originalSetTimeout = globalThis.setTimeout;
const setTimeoutWithLongTimersUnref = ((handler: () => void, ms?: number, ...rest: unknown[]) => {
  const timer = originalSetTimeout(handler, ms, ...rest);
  if ((ms ?? 0) >= 5_000) (timer as unknown as NodeJS.Timeout).unref();
  return timer;
}) as typeof setTimeout;
globalThis.setTimeout = Object.assign(setTimeoutWithLongTimersUnref, originalSetTimeout);

const placeholderUrl = "postgresql://placeholder@localhost:5432/placeholder";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => migrationAdapter(process.env.DATABASE_URL ?? placeholderUrl),
});
