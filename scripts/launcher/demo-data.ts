// On the first start (no departments yet) the site is filled with demo data, and the
// demo accounts are printed so a person can sign in right away.
import { createPrismaClient } from "../../lib/db/create-client";
import { LaunchError } from "./errors";

export type DemoAccount = { role: string; email: string; password: string; note?: string };

export async function seedDemoDataIfEmpty(databaseUrl: string): Promise<void> {
  const prisma = createPrismaClient(databaseUrl, 2);
  try {
    if ((await prisma.department.count()) > 0) {
      console.log("Demo data: already present (seeded on the first start; not seeded again).");
      return;
    }
    console.log("Demo data: the database is empty, seeding it…");
    // Loaded only when needed: the seed pulls in its factories and password hashing.
    const { seedDemoData, DEMO_ACCOUNTS } = await import("../../prisma/seed");
    await seedDemoData(prisma);
    console.log(formatAccounts(DEMO_ACCOUNTS));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new LaunchError(`Seeding the demo data failed: ${reason}`);
  } finally {
    await prisma.$disconnect();
  }
}

export function formatAccounts(accounts: DemoAccount[]): string {
  const header = { role: "Role", email: "Email", password: "Password", note: "" };
  const rows = [header, ...accounts.map((account) => ({ note: "", ...account }))];
  const width = (key: "role" | "email" | "password") => Math.max(...rows.map((row) => row[key].length));
  const line = (row: (typeof rows)[number]) =>
    [
      row.role.padEnd(width("role")),
      row.email.padEnd(width("email")),
      row.password.padEnd(width("password")),
      row.note,
    ]
      .join("  ")
      .trimEnd();
  const rule = ["role", "email", "password"] as const;
  return [
    "",
    "Demo accounts:",
    `  ${line(header)}`,
    `  ${rule.map((key) => "-".repeat(width(key))).join("  ")}`,
    ...rows.slice(1).map((row) => `  ${line(row)}`),
    "",
  ].join("\n");
}

/** Without demo data, says how to make the first site admin while there is none. */
export async function explainFirstAdmin(databaseUrl: string): Promise<void> {
  const prisma = createPrismaClient(databaseUrl, 1);
  try {
    if ((await prisma.user.count({ where: { isSiteAdmin: true, deactivatedAt: null } })) > 0) return;
    console.log(
      [
        "",
        "No demo data (it is only seeded into the embedded database, or with DEMO_DATA=1),",
        "and no site admin yet. Make the first one with:",
        '  DATABASE_URL=… npm run admin:invite -- you@your-department.gov "Your Name"',
        "It prints a one-time link (valid 7 days) where that person chooses a password.",
        "",
      ].join("\n"),
    );
  } finally {
    await prisma.$disconnect();
  }
}
