// Next.js runs register() once as a server starts: a configuration that cannot work stops the
// start here, with its reason, instead of failing the first request (PostgreSQL without a shared
// NEXTAUTH_SECRET, an unsupported DATABASE_URL).
export async function register() {
  // A build may run on a machine without the deployment's secrets; the servers it produces check.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { assertSharedSecret, databaseUrl, providerOf } = await import("./lib/db/provider");
  try {
    providerOf(databaseUrl());
    assertSharedSecret();
  } catch (error) {
    console.error(`Recall cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
}
