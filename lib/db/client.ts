import "server-only";
import { createPrismaClient, sitePoolTimeouts, type PrismaClient } from "./create-client";
import { env } from "@/lib/env";

// One client per process; kept on globalThis so `next dev` reloads reuse it.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient =
  globalForPrisma.prisma ??
  createPrismaClient(
    env().DATABASE_URL,
    env().DATABASE_POOL_SIZE,
    sitePoolTimeouts(env().DATABASE_TIMEOUT_SECONDS),
  );

if (env().NODE_ENV !== "production") globalForPrisma.prisma = prisma;
