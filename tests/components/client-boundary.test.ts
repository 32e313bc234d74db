// What server code may take from a "use client" module: its components, rendered or passed on.
// Anything else — a constant, a helper — is, on the server, a reference to the client module: a
// function that throws when called. The dashboard's heatmap once read its layout constants from
// its client grid and drew its month labels at x="function(){throw …}" (only a production build
// shows it). Type-only imports are erased and do not count.
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === "generated" || name === "node_modules" ? [] : filesUnder(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}

const isClient = (file: string) => /^["']use client["']/m.test(readFileSync(file, "utf8"));

function resolve(from: string, spec: string): string | undefined {
  const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : undefined;
  if (!base) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((f) => existsSync(f) && statSync(f).isFile());
}

/** A component's name: capitalised, with a lower-case letter (not a CONSTANT). */
const isComponentName = (name: string) => /^\p{Lu}/u.test(name) && /\p{Ll}/u.test(name);

/** The names a server module imports as values from client modules, none of them a component. */
function nonComponentImports(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const match of source.matchAll(/^import\s+(?!type\b)([^;]*?)\s+from\s+"([^"]+)"/gm)) {
    const target = resolve(file, match[2]);
    if (!target || !isClient(target)) continue;
    const named = /\{([^}]*)\}/.exec(match[1])?.[1] ?? "";
    for (const part of named.split(",").map((p) => p.trim()).filter(Boolean)) {
      if (part.startsWith("type ")) continue;
      const name = part.split(/\s+as\s+/)[0];
      if (!isComponentName(name)) out.push(`${name} from ${path.relative(ROOT, target)}`);
    }
  }
  return out;
}

const serverFiles = [...filesUnder(path.join(ROOT, "app")), ...filesUnder(path.join(ROOT, "lib"))].filter((f) => !isClient(f));

describe("the client boundary", () => {
  it("has server modules that render client components", () => {
    expect(serverFiles.some((f) => readFileSync(f, "utf8").includes("heatmap-grid"))).toBe(true);
  });

  it("server code takes only components from client modules", () => {
    const crossing = serverFiles.flatMap((f) => nonComponentImports(f).map((what) => `${path.relative(ROOT, f)}: ${what}`));
    expect(crossing).toEqual([]);
  });
});
