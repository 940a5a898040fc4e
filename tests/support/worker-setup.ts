// Before each test file: its own copy of the migrated template, so files never see
// each other's rows and never depend on order. Also fails any test that logs an
// unexpected console.error.
import { afterAll, afterEach, beforeEach, inject } from "vitest";
import { databaseUrl, recreateDatabase } from "./database-server";
import { TEMPLATE_DATABASE } from "./global-setup";
import { disconnectTestPrisma } from "./db";

const adminUrl = inject("adminDatabaseUrl");
const workerDatabase = `cwac_test_${process.env.VITEST_POOL_ID ?? "0"}`;

await recreateDatabase(adminUrl, workerDatabase, TEMPLATE_DATABASE);
process.env.DATABASE_URL = databaseUrl(adminUrl, workerDatabase);

const consoleErrors: unknown[][] = [];
const originalConsoleError = console.error;
beforeEach(() => {
  consoleErrors.length = 0;
  console.error = (...args: unknown[]) => {
    consoleErrors.push(args);
    originalConsoleError(...args);
  };
});
afterEach(() => {
  console.error = originalConsoleError;
  if (consoleErrors.length > 0) {
    throw new Error(`Unexpected console.error during the test: ${String(consoleErrors[0]?.[0])}`);
  }
});

afterAll(async () => {
  await disconnectTestPrisma();
});
