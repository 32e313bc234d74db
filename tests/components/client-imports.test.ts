// What the study page's browser code imports, followed through the project's own modules: never
// zod (the bank schema shipped ~29 KB of it to every student), never the generator's NLP or a
// database client. Type-only imports are erased by the compiler and do not count; server actions
// ("use server") reach the browser as references, not code.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const FORBIDDEN = /^(?:zod|zod\/.*|compromise(?:\/.*)?|@prisma\/.*|better-sqlite3|chrono-node)$/;

/** Value imports of a module ("import type" and "export type" lines left out). */
function valueImports(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"|^import\s+"([^"]+)"/gm)].map((m) => m[1] ?? m[2]);
}

function resolve(from: string, spec: string): string | undefined {
  const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : undefined;
  if (!base) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((f) => existsSync(f) && statSync(f).isFile());
}

/** Packages reached from `entry` through project modules, with the chain that reaches each. */
function packagesReached(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    // a "use server" module reaches the browser as references to its actions, not as code
    if (/^["']use server["']/m.test(readFileSync(file, "utf8"))) return;
    for (const spec of valueImports(file)) {
      const next = resolve(file, spec);
      if (next) walk(next, [...chain, path.relative(ROOT, next)]);
      else if (!spec.startsWith(".") && !spec.startsWith("@/") && !reached.has(spec)) reached.set(spec, chain);
    }
  };
  walk(entry, [path.relative(ROOT, entry)]);
  return reached;
}

const studyDir = path.join(ROOT, "app/(app)/study/[deck]");
const clientFiles = readdirSync(studyDir)
  .map((f) => path.join(studyDir, f))
  .filter((f) => /\.tsx?$/.test(f) && /^["']use client["']/m.test(readFileSync(f, "utf8")));

describe("the study page's browser code", () => {
  it("has client components to check", () => {
    expect(clientFiles.length).toBeGreaterThan(2);
  });

  it.each(clientFiles.map((f) => [path.basename(f), f]))("%s reaches no schema library, NLP or database package", (_name, file) => {
    const bad = [...packagesReached(file)].filter(([pkg]) => FORBIDDEN.test(pkg)).map(([pkg, chain]) => `${pkg} via ${chain.join(" → ")}`);
    expect(bad).toEqual([]);
  });
});
