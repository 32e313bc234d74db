import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const database = process.env.E2E_DATABASE ?? "data/e2e.db";
const baseURL = `http://localhost:${PORT}`;

// Debian's Chromium where it is installed (no browser download needed); Playwright's own
// browser otherwise (`npx playwright install chromium` on a machine with internet).
const systemChromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    }
  : {};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } }],
  webServer: {
    // A throw-away database with the real migrations and seed, served by the production build.
    command: `rm -f ${database} ${database}-* && npm run -s db:setup && next build && next start -p ${PORT}`,
    url: `${baseURL}/login`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      DATABASE_URL: `file:./${database}`,
      NEXTAUTH_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      // Every spec that needs a fresh student signs up from localhost; the limits themselves are
      // tested on e2e/auth-hardening's second server, which keeps the defaults.
      RECALL_SIGN_UPS_PER_MINUTE: "100",
      RECALL_SIGN_UPS_PER_DAY: "1000",
    },
  },
});
