// Runs every benchmark in this folder (helpers live in support/), each in its own process with
// its own database. `npm run bench -- queue` runs only the files starting with "queue".
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const NOT_BENCHMARKS = new Set(["run.ts"]);
const only = process.argv.slice(2);
const files = readdirSync(__dirname)
  .filter((file) => file.endsWith(".ts") && !NOT_BENCHMARKS.has(file))
  .filter((file) => only.length === 0 || only.some((name) => file.startsWith(name)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const result = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", path.join(__dirname, file)], { stdio: "inherit" });
  if (result.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
