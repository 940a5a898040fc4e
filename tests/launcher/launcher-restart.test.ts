// Stopping and starting again keeps the data: the second start finds the schema up to
// date and the demo data present, and seeds nothing again.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runLauncher, temporaryDir } from "./run-launcher";

describe("the launcher's database (npm run db:prepare, the first part of npm start)", () => {
  it("a second start reuses the data folder: schema up to date, demo data kept, nothing seeded twice", async () => {
    const env = { DATA_DIR: path.join(temporaryDir(), "postgres") };
    const first = await runLauncher(env, "prepare");
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Applied the database migrations/);
    expect(first.stdout).toContain("Demo data: the database is empty, seeding it");
    expect(first.stdout).toContain("admin@demo.coffeewithacop.test");

    const second = await runLauncher(env, "prepare");
    expect(second.stderr).toBe("");
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("Database schema is up to date.");
    expect(second.stdout).toContain("Demo data: already present");
    expect(second.stdout).not.toContain("seeding it");
  }, 90_000);
});
