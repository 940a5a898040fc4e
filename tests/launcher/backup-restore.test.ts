// The backup drill, as the person running the site does it: `npm run db:backup` to a
// file, `npm run db:restore FILE` into a new empty database, and every table must hold
// the same rows. A restore never lands on a database that has rows, and never leaves a
// half-restored one behind from a damaged file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDemoData } from "@/prisma/seed";
import { committedMigrations, deployMigrationsUpTo } from "../../scripts/backup/migrations";
import { startEmbeddedPostgres } from "../../scripts/db/embedded";
import { PROJECT_ROOT } from "../../scripts/launcher/config";
import { Lifecycle } from "../../scripts/launcher/lifecycle";
import { databaseUrl, recreateDatabase, withAdminClient } from "../support/database-server";
import { TEMPLATE_DATABASE } from "../support/global-setup";
import { appliedMigrationNames, editBackup, fingerprint, runNpmScript } from "./backup-drill";
import { runLauncher, temporaryDir } from "./run-launcher";

const adminUrl = inject("adminDatabaseUrl");

async function dropDatabase(name: string): Promise<void> {
  await withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

async function seededDatabase(name: string): Promise<string> {
  await recreateDatabase(adminUrl, name, TEMPLATE_DATABASE);
  const url = databaseUrl(adminUrl, name);
  const prisma = createPrismaClient(url, 2);
  try {
    await seedDemoData(prisma);
  } finally {
    await prisma.$disconnect();
  }
  return url;
}

async function backUp(url: string, file: string) {
  const run = await runNpmScript("db:backup", [file], { DATABASE_URL: url });
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return run;
}

async function tableCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(
      "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
    );
    return Number(rows[0]?.count);
  } finally {
    await client.end();
  }
}

describe("npm run db:backup and npm run db:restore (DATABASE_URL)", () => {
  // One seeded database and one backup of it, which no test changes.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "cwac-backup-"));
  const demoFile = path.join(folder, "demo.backup.gz");
  let source = "";
  beforeAll(async () => {
    source = await seededDatabase("cwac_backup_source");
    await backUp(source, demoFile);
  }, 60_000);
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it("a backup of the demo data restores into a new, empty database with every table's rows identical", async () => {
    const file = path.join(temporaryDir(), "demo.backup.gz");
    const started = Date.now();
    const backup = await backUp(source, file);
    console.log(
      `backup of the demo data: ${Date.now() - started} ms including npm and tsx start, ${fs.statSync(file).size} bytes`,
    );
    expect(backup.stdout).toMatch(/^Backed up \d+ rows in \d+ tables of database "cwac_backup_source"/);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    await dropDatabase("cwac_backup_restored"); // the restore creates it
    const target = databaseUrl(adminUrl, "cwac_backup_restored");
    const restore = await runNpmScript("db:restore", [file], { DATABASE_URL: target });
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain("every table matches the backup's row count and checksum");

    const before = await fingerprint(source);
    expect(before.Department?.rows).toBeGreaterThan(0);
    expect(before.Comment?.rows).toBeGreaterThan(0);
    expect(await fingerprint(target)).toEqual(before);
    expect(await appliedMigrationNames(target)).toEqual(await appliedMigrationNames(source));
  }, 60_000);

  it("refuses to restore into a database that has rows, in one line, and changes nothing", async () => {
    const before = await fingerprint(source);

    const restore = await runNpmScript("db:restore", [demoFile], { DATABASE_URL: source });
    expect(restore.code).toBe(1);
    expect(restore.stdout).toBe("");
    expect(restore.stderr.trim().split("\n")).toHaveLength(1);
    expect(restore.stderr).toMatch(
      /^Refusing to restore into database "cwac_backup_source" at .*: it is not empty \(.*have rows\); restore into a new, empty database\. Nothing was changed\./,
    );
    expect(await fingerprint(source)).toEqual(before);
  }, 60_000);

  it("refuses a cut-short or altered backup file with a clear message, and the target stays empty", async () => {
    const scratch = temporaryDir();
    await recreateDatabase(adminUrl, "cwac_backup_damaged_target");
    const target = databaseUrl(adminUrl, "cwac_backup_damaged_target");

    const truncated = path.join(scratch, "truncated.backup.gz");
    const bytes = fs.readFileSync(demoFile);
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const cut = await runNpmScript("db:restore", [truncated], { DATABASE_URL: target });
    expect(cut.code).toBe(1);
    expect(cut.stderr.trim()).toBe(
      `The backup file ${truncated} is damaged or incomplete (the file was cut short); nothing was restored`,
    );

    // A changed character in a row, in an otherwise well-formed file.
    const altered = path.join(scratch, "altered.backup.gz");
    editBackup(demoFile, altered, (text) =>
      text.replace("East Hartford Police Department", "East Hartford Police Departmant"),
    );
    const changed = await runNpmScript("db:restore", [altered], { DATABASE_URL: target });
    expect(changed.code).toBe(1);
    expect(changed.stderr.trim()).toMatch(
      /is damaged or incomplete \(the rows of table \w+ do not match their checksum\); nothing was restored$/,
    );

    const notABackup = await runNpmScript("db:restore", [path.resolve("package.json")], {
      DATABASE_URL: target,
    });
    expect(notABackup.code).toBe(1);
    expect(notABackup.stderr.trim()).toMatch(/package\.json is not a backup made by npm run db:backup/);

    expect(await tableCount(target)).toBe(0);
  }, 60_000);

  it("a restore that fails halfway (a row the target refuses) rolls back every table it had loaded", async () => {
    await recreateDatabase(adminUrl, "cwac_backup_halfway_target", TEMPLATE_DATABASE);
    const target = databaseUrl(adminUrl, "cwac_backup_halfway_target");
    // Comment loads before Department (tables go in name order); this check refuses one department.
    await withAdminClient(target, (client) =>
      client.query(
        `ALTER TABLE "Department" ADD CONSTRAINT no_ventura CHECK (name <> 'Ventura Police Department')`,
      ),
    );

    const restore = await runNpmScript("db:restore", [demoFile], { DATABASE_URL: target });
    expect(restore.code).toBe(1);
    expect(restore.stderr.trim()).toMatch(
      /^Loading table Department failed: .*no_ventura.*; nothing was restored$/,
    );
    const after = await fingerprint(target);
    expect(Object.values(after).every((table) => table.rows === 0)).toBe(true);
  }, 60_000);

  it("refuses a backup made by a version of the site with migrations this checkout lacks", async () => {
    const future = path.join(temporaryDir(), "future.backup.gz");
    editBackup(demoFile, future, (text) =>
      text.replace(/"migrations":\[(.*?)\]/, '"migrations":[$1,"29991231000000_from_the_future"]'),
    );
    await recreateDatabase(adminUrl, "cwac_backup_future_target");
    const target = databaseUrl(adminUrl, "cwac_backup_future_target");

    const restore = await runNpmScript("db:restore", [future], { DATABASE_URL: target });
    expect(restore.code).toBe(1);
    expect(restore.stderr.trim()).toMatch(
      /^This backup was made by another version of the site: its migration 29991231000000_from_the_future is not in this checkout's prisma\/migrations/,
    );
    expect(await tableCount(target)).toBe(0);
  }, 60_000);
});

describe("a backup from before the newest migrations", () => {
  const COHOST_MIGRATION = "20261127170000_venue_owners_and_cohost_invitations";

  it("restores at its own schema, then the newer migrations run over its rows (co-hosts made before invitations existed stay accepted)", async () => {
    await recreateDatabase(adminUrl, "cwac_backup_older_source");
    const source = databaseUrl(adminUrl, "cwac_backup_older_source");
    const before = committedMigrations(PROJECT_ROOT).indexOf(COHOST_MIGRATION);
    await deployMigrationsUpTo(new Lifecycle(), PROJECT_ROOT, source, before);
    await withAdminClient(source, async (client) => {
      await client.query(`INSERT INTO "Department" (id, slug, name, kind, city, state, "timeZone", "updatedAt")
        VALUES ('d1', 'ventura-police', 'Ventura Police Department', 'CITY_POLICE', 'Ventura', 'CA', 'America/Los_Angeles', now())`);
      await client.query(`INSERT INTO "Venue" (id, slug, name, "streetAddress", city, state, "postalCode", latitude, longitude, "timeZone", "updatedAt")
        VALUES ('v1', 'cafe', 'Café', '1 Main St', 'Ventura', 'CA', '93001', 34.28, -119.29, 'America/Los_Angeles', now())`);
      await client.query(`INSERT INTO "Event" (id, slug, title, description, "startsAt", "endsAt", "timeZone", status, "venueId", "updatedAt")
        VALUES ('e1', 'coffee', 'Coffee with a Cop', 'Talk with officers.', now(), now() + interval '1 hour', 'America/Los_Angeles', 'PUBLISHED', 'v1', now())`);
      await client.query(`INSERT INTO "EventHost" ("eventId", "departmentId") VALUES ('e1', 'd1')`);
    });
    const file = path.join(temporaryDir(), "older.backup.gz");
    await backUp(source, file);

    await dropDatabase("cwac_backup_older_target");
    const target = databaseUrl(adminUrl, "cwac_backup_older_target");
    const restore = await runNpmScript("db:restore", [file], { DATABASE_URL: target });
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);
    expect(await appliedMigrationNames(target)).toEqual(committedMigrations(PROJECT_ROOT));
    await withAdminClient(target, async (client) => {
      const hosts = await client.query(`SELECT state::text FROM "EventHost"`);
      expect(hosts.rows).toEqual([{ state: "ACCEPTED" }]);
      const venues = await client.query(`SELECT "ownerDepartmentId" FROM "Venue"`);
      expect(venues.rows).toEqual([{ ownerDepartmentId: "d1" }]);
    });
  }, 60_000);
});

describe("npm run db:backup of the launcher's embedded database (DATA_DIR)", () => {
  it("backs it up when it is stopped (starting and stopping it) and while it runs (reading its port), both restoring the same rows", async () => {
    const dataDir = path.join(temporaryDir(), "postgres");
    const prepared = await runLauncher({ DATA_DIR: dataDir }, "prepare");
    expect(prepared.code).toBe(0);
    const folder = temporaryDir();

    const whileStopped = await runNpmScript("db:backup", [folder], { DATA_DIR: dataDir });
    expect(whileStopped.stderr).toBe("");
    expect(whileStopped.code).toBe(0);
    expect(whileStopped.stdout).toContain(`the embedded PostgreSQL (data in ${dataDir})`);
    expect(fs.existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
    const [stoppedFile] = fs.readdirSync(folder);
    expect(stoppedFile).toMatch(/^coffee-with-a-cop-\d{4}-\d\d-\d\dT\d{6}Z\.backup\.gz$/);

    const server = await startEmbeddedPostgres(dataDir);
    try {
      const runningFile = path.join(folder, "while-running.backup.gz");
      const whileRunning = await runNpmScript("db:backup", [runningFile], { DATA_DIR: dataDir });
      expect(whileRunning.stderr).toBe("");
      expect(whileRunning.stdout).toContain("the running embedded PostgreSQL");
      const source = await fingerprint(server.url("coffee_with_a_cop"));
      expect(source.Event?.rows).toBeGreaterThan(0);

      for (const [name, file] of [
        ["cwac_backup_from_stopped", path.join(folder, stoppedFile ?? "")],
        ["cwac_backup_from_running", runningFile],
      ] as const) {
        await dropDatabase(name);
        const target = databaseUrl(adminUrl, name);
        const restore = await runNpmScript("db:restore", [file], { DATABASE_URL: target });
        expect(restore.stderr).toBe("");
        expect(await fingerprint(target)).toEqual(source);
      }
    } finally {
      await server.stop();
    }
  }, 90_000);
});
