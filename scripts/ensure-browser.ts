// Runs before the end-to-end tests: makes sure there is a Chromium for Playwright to drive, so
// `npm test` passes on a machine that has only Node. In order: CHROMIUM_PATH, Debian's
// /usr/bin/chromium, Playwright's own browser; if none is there, download Playwright's (needs the
// internet), then install Debian's with apt-get (as root, or with password-less sudo).
// Exit 2 with what to do when nothing works.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export type Machine = {
  chromiumPath?: string;
  exists: (file: string) => boolean;
  playwrightChromium: string;
  /** Root, or sudo that needs no password. */
  canInstallPackages: boolean;
  hasAptGet: boolean;
};

export type BrowserPlan =
  | { kind: "ready"; executable: string }
  | { kind: "install"; steps: Array<"playwright-download" | "apt-get"> }
  | { kind: "error"; message: string };

/** What to do on this machine; pure, so every branch is tested. */
export function planBrowser(machine: Machine): BrowserPlan {
  if (machine.chromiumPath) {
    return machine.exists(machine.chromiumPath)
      ? { kind: "ready", executable: machine.chromiumPath }
      : { kind: "error", message: `CHROMIUM_PATH is ${machine.chromiumPath}, which does not exist. Point it at a Chromium or unset it.` };
  }
  for (const executable of [SYSTEM_CHROMIUM, machine.playwrightChromium]) {
    if (machine.exists(executable)) return { kind: "ready", executable };
  }
  const steps: Array<"playwright-download" | "apt-get"> = ["playwright-download"];
  if (machine.canInstallPackages && machine.hasAptGet) steps.push("apt-get");
  return { kind: "install", steps };
}

const NO_BROWSER = [
  "No Chromium for the browser tests, and none could be installed:",
  "  - with internet access: npx playwright install chromium",
  "  - on Debian/Ubuntu: sudo apt-get install chromium (then it is found at /usr/bin/chromium)",
  "  - or set CHROMIUM_PATH to a Chromium or Chrome executable.",
].join("\n");

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  const result = spawnSync(command, args, { stdio: "inherit", env, timeout: 15 * 60_000 });
  return result.status === 0;
}

function machine(): Machine {
  const isRoot = process.getuid?.() === 0;
  const sudo = !isRoot && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;
  return {
    chromiumPath: process.env.CHROMIUM_PATH || undefined,
    exists: existsSync,
    playwrightChromium: chromium.executablePath(),
    canInstallPackages: isRoot || sudo,
    hasAptGet: spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0,
  };
}

function main(): void {
  const here = machine();
  const plan = planBrowser(here);
  if (plan.kind === "ready") return;
  if (plan.kind === "error") {
    process.stderr.write(`e2e: ${plan.message}\n`);
    process.exit(2);
  }
  const sudo = process.getuid?.() === 0 ? [] : ["sudo", "-n"];
  for (const step of plan.steps) {
    if (step === "playwright-download") {
      console.log("e2e: no Chromium found; downloading Playwright's (needs internet access)…");
      if (run("npx", ["playwright", "install", "chromium"]) && existsSync(here.playwrightChromium)) return;
    } else {
      console.log("e2e: installing Debian's Chromium with apt-get…");
      const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
      const [command, ...prefix] = [...sudo, "apt-get"];
      if (run(command, [...prefix, "update", "-qq"], env) && run(command, [...prefix, "install", "-y", "-qq", "chromium"], env) && existsSync(SYSTEM_CHROMIUM)) return;
    }
  }
  process.stderr.write(`e2e: ${NO_BROWSER}\n`);
  process.exit(2);
}

if (require.main === module) main();
