// Driver adapters for the Prisma CLI (prisma.config.ts), which runs without native engines.
// No server-only import: only the CLI loads this.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";

/**
 * The SQLite adapter, except that the shadow database (used by `prisma migrate diff
 * --from-migrations`) runs argument-less SQL as a script: the schema engine sends each whole
 * migration file at once, and a prepared statement holds one statement only (P3006).
 */
export class SqliteMigrationAdapter extends PrismaBetterSQLite3 {
  override async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = await super.connectToShadowDb();
    const executeRaw = shadow.executeRaw.bind(shadow);
    shadow.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      await shadow.executeScript(query.sql);
      return 0;
    };
    return shadow;
  }
}
