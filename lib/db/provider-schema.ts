// Owns how the PostgreSQL schema follows the one editable schema, prisma/schema.prisma (written
// for SQLite, the default). Prisma cannot take a schema's provider from an environment variable
// (prisma/orm#998), so prisma/postgres/schema.prisma is generated from it — same models, another
// provider and client output — and committed beside its own migrations.
// Pure text functions: scripts/db-migration.ts writes the files, tests/db/schema-drift checks them.

export const SOURCE_SCHEMA = "prisma/schema.prisma";
export const SQLITE_MIGRATIONS = "prisma/migrations";
export const POSTGRES_SCHEMA = "prisma/postgres/schema.prisma";
export const POSTGRES_MIGRATIONS = "prisma/postgres/migrations";

const HEADER = [
  "// GENERATED from prisma/schema.prisma by `npm run db:migration` — do not edit by hand.",
  "// Edit prisma/schema.prisma, then run `npm run db:migration -- <name>`: it rewrites this file and",
  "// writes the new migration for both databases (README, \"Database and migrations\").",
  "",
].join("\n");

function replaceInBlock(schema: string, block: RegExp, key: string, value: string): string {
  const match = block.exec(schema);
  if (!match) throw new Error(`prisma/schema.prisma has no ${block.source.split("\\s")[0]} block`);
  const setting = new RegExp(`^(\\s*${key}\\s*=\\s*)"[^"]*"`, "m");
  if (!setting.test(match[0])) throw new Error(`prisma/schema.prisma: no ${key} in ${match[0].split("{")[0].trim()}`);
  return schema.slice(0, match.index) + match[0].replace(setting, `$1"${value}"`) + schema.slice(match.index + match[0].length);
}

/**
 * Json fields become PostgreSQL `json`, not Prisma's default `jsonb`: json keeps the text as
 * written, as SQLite does, so a value reads back with its keys in the same order and
 * CAST(… AS TEXT) in raw SQL gives the same string on both databases (jsonb would reorder keys
 * and respace it). Recall never queries inside JSON, which is what jsonb is for.
 */
function jsonAsWritten(schema: string): string {
  return schema.replace(/^(\s+\w+\s+Json\??)(?=[ \t]|$)(?![^\n]*@db\.)/gm, "$1 @db.Json");
}

/** prisma/postgres/schema.prisma for a given prisma/schema.prisma. */
export function postgresSchemaFrom(source: string): string {
  let schema = replaceInBlock(source, /datasource\s+db\s*\{[^}]*\}/, "provider", "postgresql");
  schema = replaceInBlock(schema, /generator\s+client\s*\{[^}]*\}/, "output", "../../lib/generated/postgres");
  return HEADER + jsonAsWritten(schema);
}

/**
 * PostgreSQL compares text in the database's collation (often en_US.UTF-8: "apple" < "Banana"),
 * SQLite byte by byte ("Banana" < "apple"). Pinning every text column Prisma creates to the "C"
 * collation makes ORDER BY, MIN/MAX, unique indexes, = and LOWER() behave exactly as on SQLite,
 * whatever locale the server was initialised with. Applied to each generated PostgreSQL migration.
 */
export function pinTextCollation(sql: string): string {
  return sql.replace(/("(?:[^"]|"")+" TEXT)(?!\[| COLLATE)/g, '$1 COLLATE "C"');
}
