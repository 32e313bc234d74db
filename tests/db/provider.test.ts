// DATABASE_URL picks the engine; a URL Recall cannot use is refused with the forms that work, and
// PostgreSQL (several instances) refuses to start without a shared NEXTAUTH_SECRET.
import { describe, expect, it } from "vitest";
import { assertSharedSecret, databaseUrl, DEFAULT_DATABASE_URL, providerOf } from "@/lib/db/provider";

describe("providerOf", () => {
  it("reads the engine from the URL's scheme", () => {
    expect(providerOf("file:./data/app.db")).toBe("sqlite");
    expect(providerOf("file:/srv/recall/app.db")).toBe("sqlite");
    expect(providerOf("postgresql://recall:secret@db.internal:5432/recall?sslmode=require")).toBe("postgresql");
    expect(providerOf("postgres://localhost/recall")).toBe("postgresql");
  });

  it("refuses other URLs, naming the ones that work", () => {
    expect(() => providerOf("mysql://localhost/recall")).toThrow(/"mysql:", which Recall does not support.*file:.*postgresql:\/\//);
    expect(() => providerOf("./data/app.db")).toThrow(/not a database URL/);
  });

  it("defaults to the embedded database when DATABASE_URL is unset or blank", () => {
    expect(databaseUrl({})).toBe(DEFAULT_DATABASE_URL);
    expect(databaseUrl({ DATABASE_URL: "  " })).toBe(DEFAULT_DATABASE_URL);
    expect(providerOf(DEFAULT_DATABASE_URL)).toBe("sqlite");
  });
});

describe("assertSharedSecret", () => {
  const postgres = "postgresql://localhost/recall";

  it("requires NEXTAUTH_SECRET on PostgreSQL, with what to do", () => {
    expect(() => assertSharedSecret({ DATABASE_URL: postgres })).toThrow(/NEXTAUTH_SECRET must be set.*openssl rand/);
    expect(() => assertSharedSecret({ DATABASE_URL: postgres, NEXTAUTH_SECRET: " " })).toThrow(/NEXTAUTH_SECRET/);
    expect(() => assertSharedSecret({ DATABASE_URL: postgres, NEXTAUTH_SECRET: "s3cret" })).not.toThrow();
  });

  it("leaves SQLite alone: one instance generates and keeps its own secret", () => {
    expect(() => assertSharedSecret({})).not.toThrow();
    expect(() => assertSharedSecret({ DATABASE_URL: "file:./data/app.db" })).not.toThrow();
  });
});
