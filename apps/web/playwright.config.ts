import { defineConfig } from '@playwright/test';

// Runs against the real API (embedded default: SQLite + in-process Smartcar simulator + dev outbox), which also
// serves the built app. scripts/web-test.sh starts it and sets E2E_BASE_URL. No browser download: Debian's
// Chromium is driven directly; Playwright's launch() already uses a fresh temporary user-data-dir per browser.
const baseURL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:5080';

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results/playwright',
  timeout: 180_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL,
    headless: true,
    viewport: { width: 390, height: 844 },
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
