// A production install on its own PostgreSQL starts with no demo accounts (whose
// passwords are published), and gets its first admin from a one-time link.
import { describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { hashToken } from "@/lib/users/tokens";
import { databaseUrl, recreateDatabase } from "../support/database-server";
import { runNpmScript } from "./backup-drill";
import { runLauncher } from "./run-launcher";

function runAdminInvite(env: Record<string, string>, args: string[]) {
  return runNpmScript("admin:invite", args, env);
}

async function emptyDatabase(name: string): Promise<string> {
  const adminUrl = inject("adminDatabaseUrl");
  await recreateDatabase(adminUrl, name);
  return databaseUrl(adminUrl, name);
}

describe("a new install on its own PostgreSQL (DATABASE_URL)", () => {
  it("gets no demo data and no demo accounts unless DEMO_DATA=1 asks, and is told how to make the first admin", async () => {
    const url = await emptyDatabase("cwac_first_admin_nodemo");
    const run = await runLauncher({ DATABASE_URL: url }, "prepare");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("espresso-admin-demo");
    expect(run.stdout).toContain("npm run admin:invite");
    const prisma = createPrismaClient(url, 1);
    try {
      expect(await prisma.user.count()).toBe(0);
      expect(await prisma.department.count()).toBe(0);
    } finally {
      await prisma.$disconnect();
    }

    const optedIn = await runLauncher({ DATABASE_URL: url, DEMO_DATA: "1" }, "prepare");
    expect(optedIn.code).toBe(0);
    expect(optedIn.stdout).toContain("Demo data: the database is empty, seeding it");
  }, 60_000);

  it("npm run admin:invite makes a site admin with no password and prints a one-time link to choose one", async () => {
    const url = await emptyDatabase("cwac_first_admin_invite");
    expect((await runLauncher({ DATABASE_URL: url }, "prepare")).code).toBe(0);

    const run = await runAdminInvite({ DATABASE_URL: url, SITE_URL: "https://cwac.example.org" }, [
      "Chief@Example.gov",
      "Pat",
      "Chief",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const link = /https:\/\/cwac\.example\.org\/account\/accept-invitation\?token=([\w-]+)/.exec(run.stdout);
    expect(link).not.toBeNull();

    const prisma = createPrismaClient(url, 1);
    try {
      const admin = await prisma.user.findUniqueOrThrow({
        where: { email: "chief@example.gov" },
        select: {
          name: true,
          isSiteAdmin: true,
          passwordHash: true,
          tokens: { select: { tokenHash: true } },
        },
      });
      expect(admin).toMatchObject({ name: "Pat Chief", isSiteAdmin: true, passwordHash: null });
      expect(admin.tokens.map((t) => t.tokenHash)).toEqual([hashToken(link?.[1] ?? "")]);
      const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.invited" } });
      expect(audit.actorId).toBeNull();
    } finally {
      await prisma.$disconnect();
    }

    const refused = await runAdminInvite({ DATABASE_URL: url, SITE_URL: "https://cwac.example.org" }, [
      "not-an-email",
      "Someone",
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Check the email and name");
  }, 60_000);
});
