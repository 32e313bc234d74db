// `npm run test:postgres [-- vitest args]`: the Vitest suite again, on PostgreSQL. Uses the server
// in TEST_POSTGRES_URL (an administrator's URL: tests create and drop their databases there) or
// starts a throw-away one when Debian's PostgreSQL binaries are installed. On a machine with
// neither it says so and skips — except in CI, where skipping would hide a whole engine.
import { spawn } from "node:child_process";
import path from "node:path";
import { findPostgresBin, startCluster, type Cluster } from "@/tests/support/postgres-cluster";

const VITEST = path.resolve(__dirname, "../node_modules/.bin/vitest");

async function main(): Promise<number> {
  let cluster: Cluster | undefined;
  let url = process.env.TEST_POSTGRES_URL;
  if (!url) {
    const bin = findPostgresBin();
    if (!bin) {
      const message = "no PostgreSQL server: set TEST_POSTGRES_URL, or install PostgreSQL (Debian: apt-get install postgresql)";
      if (process.env.CI) {
        console.error(`test:postgres: ${message}. CI runs every test on both databases.`);
        return 1;
      }
      console.log(`test:postgres: skipped the PostgreSQL pass — ${message}.`);
      return 0;
    }
    const started = Date.now();
    cluster = await startCluster(bin);
    url = cluster.url;
    console.log(`test:postgres: throw-away server from ${bin} on ${new URL(url).port} (${Date.now() - started} ms)`);
  }
  const stop = () => cluster?.stop();
  process.once("SIGINT", () => (stop(), process.exit(130)));
  process.once("SIGTERM", () => (stop(), process.exit(143)));
  try {
    const vitest = spawn(VITEST, ["run", ...process.argv.slice(2)], {
      stdio: "inherit",
      env: { ...process.env, RECALL_TEST_ENGINE: "postgresql", TEST_POSTGRES_URL: url },
    });
    return await new Promise<number>((resolve, reject) => {
      vitest.on("error", reject);
      vitest.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    });
  } finally {
    stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`test:postgres: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
