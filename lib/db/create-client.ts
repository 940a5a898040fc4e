// Builds a PrismaClient on the pg driver adapter. Shared by the site (lib/db/client.ts),
// the seed, the launcher and the tests, which each bring their own URL.
import { PrismaClient } from "@/lib/generated/prisma/client";
import { clientAdapter } from "./pg-adapter";

export type { PrismaClient };

export function createPrismaClient(databaseUrl: string, poolSize = 10): PrismaClient {
  return new PrismaClient({ adapter: clientAdapter(databaseUrl, { max: poolSize }) });
}
