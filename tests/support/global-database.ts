// Vitest global setup. On the PostgreSQL pass (RECALL_TEST_ENGINE=postgresql) it builds the
// migrated template database once for the whole run and drops it at the end; on SQLite there is
// nothing to share (each test file migrates its own file, tests/support/database.ts).
import type { TestProject } from "vitest/node";
import { createMigratedTemplate, dropDatabase, testPostgresUrl, usesPostgres } from "./postgres-databases";

declare module "vitest" {
  export interface ProvidedContext {
    postgresTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  if (!usesPostgres()) return;
  const adminUrl = testPostgresUrl();
  const template = await createMigratedTemplate(adminUrl);
  project.provide("postgresTemplate", template);
  return () => dropDatabase(adminUrl, template);
}
