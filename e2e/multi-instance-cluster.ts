// Recall on PostgreSQL as several stateless instances: a database on a PostgreSQL server
// (TEST_POSTGRES_URL, or a throw-away one from Debian's binaries), migrated and seeded once, and
// `next start` processes on the production build sharing it and one NEXTAUTH_SECRET, behind the
// round-robin proxy. Used by e2e/multi-instance.spec.ts and bench/multi-instance.ts.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { findPostgresBin, freePort, startCluster, type Cluster } from "../tests/support/postgres-cluster";
import { createDatabase, dropDatabase } from "../tests/support/postgres-databases";
import { startRoundRobinProxy, type RoundRobinProxy } from "./multi-instance-proxy";

const ROOT = path.resolve(__dirname, "..");

export type Deployment = {
  databaseUrl: string;
  instances: Array<{ url: string; port: number }>;
  proxy: RoundRobinProxy;
  stop(): Promise<void>;
};

/** Why there is no PostgreSQL server to run on, or null when there is one. */
export function postgresUnavailable(): string | null {
  if (process.env.TEST_POSTGRES_URL || findPostgresBin()) return null;
  return "no PostgreSQL server: set TEST_POSTGRES_URL or install PostgreSQL (Debian: apt-get install postgresql)";
}

async function waitUntilServing(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output()}`);
    try {
      if ((await fetch(`${url}/login`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer on ${url} within 2 minutes:\n${output()}`);
}

export async function startDeployment(instanceCount: number): Promise<Deployment> {
  let cluster: Cluster | undefined;
  const adminUrl = process.env.TEST_POSTGRES_URL ?? (cluster = await startCluster(findPostgresBin()!)).url;
  const database = await createDatabase(adminUrl, { prefix: "recall_multi" });
  const env = { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), NEXT_TELEMETRY_DISABLED: "1" };
  const setup = spawnSync("npm", ["run", "-s", "db:migrate"], { cwd: ROOT, env, encoding: "utf8" });
  const seed = setup.status === 0 ? spawnSync("npm", ["run", "-s", "db:seed"], { cwd: ROOT, env, encoding: "utf8" }) : setup;
  if (seed.status !== 0) throw new Error(`migrating and seeding failed:\n${setup.stdout}${setup.stderr}${seed.stdout}${seed.stderr}`);

  const ports = await Promise.all(Array.from({ length: instanceCount }, () => freePort()));
  const proxy = await startRoundRobinProxy(ports);
  const children = ports.map((port) => {
    let output = "";
    const child = spawn(path.join(ROOT, "node_modules/.bin/next"), ["start", "-p", String(port)], {
      cwd: ROOT,
      // The instances sit behind the proxy, as behind nginx: links and cookies use its address.
      env: { ...env, NEXTAUTH_URL: proxy.url, RECALL_TRUST_PROXY: "1", PORT: String(port) },
      detached: true,
    });
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    return { child, port, output: () => output };
  });
  const stop = async () => {
    for (const { child } of children) if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGTERM");
    await proxy.close();
    await dropDatabase(adminUrl, database.name).catch(() => {});
    cluster?.stop();
  };
  try {
    await Promise.all(children.map(({ child, port, output }) => waitUntilServing(`http://127.0.0.1:${port}`, child, output)));
  } catch (error) {
    await stop();
    throw error;
  }
  return { databaseUrl: database.url, instances: ports.map((port) => ({ port, url: `http://127.0.0.1:${port}` })), proxy, stop };
}
