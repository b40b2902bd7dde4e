import { defineConfig, devices } from '@playwright/test';
import { systemChromium } from './scripts/find-browser.ts';

const port = Number(process.env.TEST_PORT ?? 4399);
const executablePath = process.env.CHROME_PATH ?? systemChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Pixel 7'],
    // Debian's Chromium when there is one; otherwise the browser Playwright downloaded.
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `node scripts/serve.ts --dir ${process.env.OUT_DIR ?? 'dist'} --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
