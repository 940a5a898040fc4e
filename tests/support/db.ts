// A Prisma client on this test file's own database (see worker-setup.ts).
import { createPrismaClient, type PrismaClient } from "@/lib/db/create-client";

let client: PrismaClient | undefined;

export function testPrisma(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("tests/support/worker-setup.ts did not set DATABASE_URL");
  client ??= createPrismaClient(url, 4);
  return client;
}

export async function disconnectTestPrisma(): Promise<void> {
  await client?.$disconnect();
  client = undefined;
}
