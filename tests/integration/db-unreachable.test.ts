import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient, sitePoolTimeouts, type PrismaClient } from "@/lib/db/create-client";
import { env } from "@/lib/env";

const clients: PrismaClient[] = [];
function client(url: string, timeouts: { connectionTimeoutMillis: number; query_timeout: number }) {
  const prisma = createPrismaClient(url, 1, timeouts);
  clients.push(prisma);
  return prisma;
}

afterAll(async () => {
  await Promise.all(clients.map((prisma) => prisma.$disconnect()));
});

describe("a database that stops answering", () => {
  it("the site's waits are bounded by DATABASE_TIMEOUT_SECONDS, 5 s unless set", () => {
    const timeouts = sitePoolTimeouts(env().DATABASE_TIMEOUT_SECONDS);
    expect(timeouts.connectionTimeoutMillis).toBe(5_000);
    expect(timeouts.query_timeout).toBe(5_000);
  });

  it("fails a query in time when the server accepts connections but never answers", async () => {
    const silent = net.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const prisma = client(`postgresql://nobody:secret@127.0.0.1:${port}/nothing`, {
        connectionTimeoutMillis: 300,
        query_timeout: 300,
      });
      const started = Date.now();
      await expect(prisma.$queryRaw`SELECT 1`).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      silent.close();
    }
  });

  it("gives up on a query that outlasts the timeout, and the next query succeeds", async () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("tests/support/worker-setup.ts did not set DATABASE_URL");
    const prisma = client(url, { connectionTimeoutMillis: 2_000, query_timeout: 300 });
    await expect(prisma.$queryRaw`SELECT pg_sleep(3)`).rejects.toThrow();
    const rows = await prisma.$queryRaw<{ answer: number }[]>`SELECT 42 AS answer`;
    expect(rows[0]?.answer).toBe(42);
  });
});
