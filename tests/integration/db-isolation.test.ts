import { describe, expect, it } from "vitest";
import { testPrisma } from "../support/db";

describe("test database", () => {
  it("is a migrated, empty copy of the template for each test file", async () => {
    const prisma = testPrisma();
    expect(await prisma.department.count()).toBe(0);
    // Cast: the site's adapter reads catalog types (name) as Prisma does, i.e. not at all.
    const rows = await prisma.$queryRaw<
      { current_database: string }[]
    >`SELECT current_database()::text AS current_database`;
    expect(rows[0]?.current_database).toMatch(/^cwac_test_\d+$/);
  });
});
