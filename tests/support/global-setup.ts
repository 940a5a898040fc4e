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
  };
}
