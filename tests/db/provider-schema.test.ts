// The PostgreSQL schema is the editable schema with another provider and output, JSON kept as
// written, and text pinned to the C collation in its migrations.
import { describe, expect, it } from "vitest";
import { pinTextCollation, postgresSchemaFrom } from "@/lib/db/provider-schema";

const SOURCE = `// comment
generator client {
  provider   = "prisma-client"
  output     = "../lib/generated/prisma"
  engineType = "client"
}

datasource db {
  provider = "sqlite"
  url      = env("DATABASE_URL")
}

model Note {
  id      String @id
  body    Json
  extra   Json?
  // Json in a comment stays as it is
  jsonish String
}
`;

describe("postgresSchemaFrom", () => {
  const schema = postgresSchemaFrom(SOURCE);

  it("says it is generated and from what", () => {
    expect(schema.split("\n")[0]).toMatch(/^\/\/ GENERATED from prisma\/schema\.prisma by `npm run db:migration`/);
  });

  it("switches the provider and the client's output, nothing else in those blocks", () => {
    expect(schema).toContain(`datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}`);
    expect(schema).toContain(`  provider   = "prisma-client"\n  output     = "../../lib/generated/postgres"\n  engineType = "client"`);
  });

  it("keeps JSON as written (json, not jsonb) and leaves other fields alone", () => {
    expect(schema).toContain("  body    Json @db.Json\n");
    expect(schema).toContain("  extra   Json? @db.Json\n");
    expect(schema).toContain("  // Json in a comment stays as it is\n");
    expect(schema).toContain("  jsonish String\n");
  });

  it("is stable: the same source gives the same text", () => {
    expect(postgresSchemaFrom(SOURCE)).toBe(schema);
  });

  it("refuses a source without the blocks it rewrites", () => {
    expect(() => postgresSchemaFrom("model A { id String @id }")).toThrow(/no datasource block/);
  });
});

describe("pinTextCollation", () => {
  it("pins text columns in CREATE TABLE and ADD COLUMN, once", () => {
    const sql = `CREATE TABLE "A" (\n    "id" TEXT NOT NULL,\n    "n" INTEGER,\n    "t" TEXT,\n    "j" JSON\n);\nALTER TABLE "A" ADD COLUMN "u" TEXT NOT NULL DEFAULT '';`;
    const pinned = pinTextCollation(sql);
    expect(pinned).toBe(
      `CREATE TABLE "A" (\n    "id" TEXT COLLATE "C" NOT NULL,\n    "n" INTEGER,\n    "t" TEXT COLLATE "C",\n    "j" JSON\n);\nALTER TABLE "A" ADD COLUMN "u" TEXT COLLATE "C" NOT NULL DEFAULT '';`,
    );
    expect(pinTextCollation(pinned)).toBe(pinned);
  });

  it("leaves text arrays alone", () => {
    expect(pinTextCollation(`    "tags" TEXT[],`)).toBe(`    "tags" TEXT[],`);
  });
});
