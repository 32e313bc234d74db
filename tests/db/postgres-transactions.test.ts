// Which PostgreSQL errors mean "run the transaction again": a serialization failure or deadlock,
// whether a query raised it (Prisma's P2034) or the COMMIT did (the driver adapter's own error).
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { isSerializationFailure, retryingSerializationFailures } from "@/lib/db/postgres-transactions";

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

describe("retryingSerializationFailures", () => {
  // A deck's batch write lost a race with its job's progress write on PostgreSQL (CI, 2026-12-01):
  // a batch is built again and re-sent, as an interactive transaction is.
  it("runs the work again after a serialization failure, and returns what the run that commits returns", async () => {
    let runs = 0;
    const result = await retryingSerializationFailures(async () => {
      runs++;
      if (runs < 3) throw runs === 1 ? known("P2034") : adapterError("TransactionWriteConflict");
      return "saved";
    });
    expect(result).toBe("saved");
    expect(runs).toBe(3);
  });

  it("gives up after five runs and passes any other failure through at once", async () => {
    let runs = 0;
    await expect(retryingSerializationFailures(async () => (runs++, Promise.reject(known("P2034"))))).rejects.toMatchObject({ code: "P2034" });
    expect(runs).toBe(5);
    runs = 0;
    await expect(retryingSerializationFailures(async () => (runs++, Promise.reject(known("P2002"))))).rejects.toMatchObject({ code: "P2002" });
    expect(runs).toBe(1);
  });
});
