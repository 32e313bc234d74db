// Which PostgreSQL errors mean "run the transaction again": a serialization failure or deadlock,
// whether a query raised it (Prisma's P2034) or the COMMIT did (the driver adapter's own error).
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { isSerializationFailure } from "@/lib/db/postgres-transactions";

const adapterError = (kind: string) => Object.assign(new Error(kind), { name: "DriverAdapterError", cause: { kind } });
const known = (code: string) => new Prisma.PrismaClientKnownRequestError("failed", { code, clientVersion: "test" });

describe("isSerializationFailure", () => {
  it("recognises a conflict raised by a query and one raised at commit", () => {
    expect(isSerializationFailure(known("P2034"))).toBe(true);
    expect(isSerializationFailure(adapterError("TransactionWriteConflict"))).toBe(true);
  });

  it("leaves every other failure to the caller", () => {
    expect(isSerializationFailure(known("P2002"))).toBe(false);
    expect(isSerializationFailure(adapterError("UniqueConstraintViolation"))).toBe(false);
    expect(isSerializationFailure(new Error("TransactionWriteConflict"))).toBe(false);
    expect(isSerializationFailure("TransactionWriteConflict")).toBe(false);
  });
});
