import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { handleForm } from "@/lib/actions/safe-action";
import { CATALOGS } from "@/lib/i18n/catalogs";
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

describe("a form sent while every connection is busy", () => {
  const Schema = z.object({ body: z.string() });
  const form = (body: string, locale = "en") => {
    const data = new FormData();
    data.set("body", body);
    data.set("locale", locale);
    return data;
  };

  it.each(["en", "es"] as const)(
    "answers 503 on the form with the text kept, instead of an error page that loses it (%s)",
    async (locale) => {
      const url = process.env.DATABASE_URL;
      if (!url) throw new Error("tests/support/worker-setup.ts did not set DATABASE_URL");
      // One connection, held by a slow query: the form's own query waits for it and gives up.
      const prisma = client(url, { connectionTimeoutMillis: 300, query_timeout: 5_000 });
      const holding = prisma.$queryRaw`SELECT pg_sleep(1)::text`.then(() => "done"); // then() starts it
      await new Promise((resolve) => setTimeout(resolve, 100));
      const outcome = await handleForm(
        Schema,
        async () => prisma.$queryRaw`SELECT 1`,
        null,
        form("When is the next coffee?", locale),
        { anonymous: true },
      );
      expect(await holding).toBe("done");
      expect(outcome).toMatchObject({
        status: "error",
        code: 503,
        formError: CATALOGS[locale].Forms.busy,
        values: { body: "When is the next coffee?" },
      });
    },
  );

  it("still fails loudly on an error that is not the database being busy", async () => {
    const failing = handleForm(
      Schema,
      async () => {
        throw new TypeError("a bug");
      },
      null,
      form("x"),
      { anonymous: true },
    );
    await expect(failing).rejects.toThrow("a bug");
  });
});
