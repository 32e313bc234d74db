import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_CHART_PATH, parseSimulateArgs } from "@/lib/srs/simulator/cli-args";

describe("parseSimulateArgs", () => {
  it("defaults to the issue's run: 1000 students, 365 days, 200 cards, seed 1, chart in content/", () => {
    expect(parseSimulateArgs([])).toEqual({
      ok: true,
      args: { students: 1000, days: 365, cards: 200, seed: 1, newPerDay: 20, json: false, chart: DEFAULT_CHART_PATH, help: false },
    });
  });

  it("reads every option, in either --name value or --name=value form", () => {
    const parsed = parseSimulateArgs(["--students=10", "--days", "30", "--cards", "50", "--seed", "4294967295", "--new-per-day", "5", "--json", "--chart", "none"]);
    expect(parsed).toEqual({ ok: true, args: { students: 10, days: 30, cards: 50, seed: 4294967295, newPerDay: 5, json: true, chart: null, help: false } });
  });

  it.each<[string[], string]>([
    [["--students", "abc"], '--students must be a whole number from 1 to 100000, got "abc"'],
    [["--students", "0"], '--students must be a whole number from 1 to 100000, got "0"'],
    [["--days", "1.5"], '--days must be a whole number from 1 to 3650, got "1.5"'],
    [["--days", "-3"], "--days needs a value"],
    [["--cards", "1e3"], '--cards must be a whole number from 1 to 10000, got "1e3"'],
    [["--seed", "4294967296"], '--seed must be a whole number from 0 to 4294967295, got "4294967296"'],
    [["--new-per-day", ""], '--new-per-day must be a whole number from 1 to 1000, got ""'],
    [["--students", "20000", "--cards", "200"], "--students × --cards must be at most 2000000, got 20000 × 200"],
    [["--chart", "chart.png"], "--chart must be a path ending in .svg, or none"],
    [["--students"], "--students needs a value"],
    [["--json=yes"], "--json takes no value"],
    [["--studnets", "5"], "unknown option --studnets"],
    [["1000"], 'unexpected argument "1000"'],
  ])("%j → %s", (argv, message) => {
    const parsed = parseSimulateArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.startsWith(message)).toBe(true);
      expect(parsed.error).not.toContain("\n");
    }
  });
});

describe("npm run simulate (scripts/simulate.ts)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "recall-simulate-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/simulate.ts", ...args], { encoding: "utf8", timeout: 60_000 });

  it("bad input: exit 2, one line on stderr, nothing else done", () => {
    const chart = path.join(dir, "never.svg");
    const result = run("--students", "many", "--chart", chart);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe('simulate: --students must be a whole number from 1 to 100000, got "many"\n');
    expect(existsSync(chart)).toBe(false);
  });

  it("a small run prints the table and writes the chart", () => {
    const chart = path.join(dir, "nested", "chart.svg");
    const result = run("--students", "3", "--days", "30", "--cards", "20", "--seed", "2", "--chart", chart);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("3 simulated students × 20 cards × 30 days (seed 2, 20 new cards a day)");
    expect(result.stdout).toContain("| SM-2 |");
    expect(result.stdout).toContain(`Chart: ${chart}`);
    expect(readFileSync(chart, "utf8")).toMatch(/^<svg[^>]+role="img"/);
  });

  it("--json prints the report as JSON", () => {
    const result = run("--students", "2", "--days", "20", "--cards", "10", "--json", "--chart", "none");
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.options).toMatchObject({ students: 2, days: 20, cards: 10, seed: 1 });
    expect(report.chart).toBeNull();
    expect(report.models).toHaveLength(2);
  });
});
