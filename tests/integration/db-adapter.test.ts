// The site's queries reach PostgreSQL as written: the migration engine's workarounds
// (which rewrite SQL and result types) belong to the migrate CLI alone.
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { migrationAdapter } from "@/lib/db/migration-adapter";
import { testPrisma } from "../support/db";

/** The exact text the migration adapter rewrites in the engine's constraint query
 * (dollar-quoted below, so the query holds it verbatim). */
const ENGINE_SQL = "contype NOT IN ('p', 'u', 'f')";

const migrationClient = new PrismaClient({ adapter: migrationAdapter(process.env.DATABASE_URL ?? "") });
afterAll(() => migrationClient.$disconnect());

describe("the runtime database adapter", () => {
  it("sends the site's SQL unchanged, even text the migration adapter would rewrite", async () => {
    const rows = await testPrisma().$queryRawUnsafe<{ sent: string }[]>(`SELECT $$${ENGINE_SQL}$$ AS sent`);
    expect(rows[0]?.sent).toBe(ENGINE_SQL);
  });

  it("reads result types as Prisma does: a catalog type must be cast to be read", async () => {
    await expect(testPrisma().$queryRaw`SELECT current_database()`).rejects.toThrow(/type 'name'/);
  });
});

describe("the migration adapter (migrate CLI only)", () => {
  it("still patches the engine's constraint query for PostgreSQL 18 and reads catalog types as text", async () => {
    const rows = await migrationClient.$queryRawUnsafe<{ sent: string }[]>(
      `SELECT $$${ENGINE_SQL}$$ AS sent`,
    );
    expect(rows[0]?.sent).toBe("contype NOT IN ('p', 'u', 'f', 'n')");
    const names = await migrationClient.$queryRaw<{ db: string }[]>`SELECT current_database() AS db`;
    expect(names[0]?.db).toMatch(/^cwac_test_\d+$/);
  });
});
