// `npm test` on a machine without Chromium: find one, or install one, or say what to do.
import { describe, expect, it } from "vitest";
import { planBrowser, SYSTEM_CHROMIUM, type Machine } from "@/scripts/ensure-browser";

const PLAYWRIGHT = "/home/me/.cache/ms-playwright/chromium-1/chrome";
const machine = (files: string[], overrides: Partial<Machine> = {}): Machine => ({
  exists: (file) => files.includes(file),
  playwrightChromium: PLAYWRIGHT,
  canInstallPackages: false,
  hasAptGet: false,
  ...overrides,
});

describe("planBrowser", () => {
  it("uses CHROMIUM_PATH when it exists, and says so when it does not", () => {
    expect(planBrowser(machine(["/opt/chrome"], { chromiumPath: "/opt/chrome" }))).toEqual({ kind: "ready", executable: "/opt/chrome" });
    expect(planBrowser(machine([SYSTEM_CHROMIUM], { chromiumPath: "/nope" }))).toMatchObject({ kind: "error", message: expect.stringContaining("/nope") });
  });

  it("prefers Debian's Chromium, then Playwright's own", () => {
    expect(planBrowser(machine([SYSTEM_CHROMIUM, PLAYWRIGHT]))).toEqual({ kind: "ready", executable: SYSTEM_CHROMIUM });
    expect(planBrowser(machine([PLAYWRIGHT]))).toEqual({ kind: "ready", executable: PLAYWRIGHT });
  });

  it("installs one when there is none: Playwright's download, then apt-get where it may", () => {
    expect(planBrowser(machine([]))).toEqual({ kind: "install", steps: ["playwright-download"] });
    expect(planBrowser(machine([], { canInstallPackages: true, hasAptGet: true }))).toEqual({ kind: "install", steps: ["playwright-download", "apt-get"] });
    expect(planBrowser(machine([], { canInstallPackages: false, hasAptGet: true }))).toEqual({ kind: "install", steps: ["playwright-download"] });
  });
});
