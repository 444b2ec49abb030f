import { defineConfig, devices } from '@playwright/test';

/**
 * E2E runs against the production console started by scripts/start.mjs, which also
 * starts the SCP simulator. Ports differ from `npm start`'s defaults (3000, 9443) so
 * a running demo does not collide; override with E2E_PORT and E2E_SIM_PORT.
 * Browser: Debian's chromium (CHROMIUM_PATH, default /usr/bin/chromium); Playwright's
 * own browser downloads are not used.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const simPort = Number(process.env.E2E_SIM_PORT ?? 9543);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 2 : 0,
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'on-first-retry',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        headless: true,
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      },
    },
  ],
  webServer: {
    command: `node scripts/start.mjs --port ${port} --sim-port ${simPort}`,
    url: baseURL,
    // An empty SCP_BASE_URL keeps e2e on the simulator even if the shell points at a real SCP.
    // SIM_CONTROL=1 turns on the simulator's /_sim endpoints (fault injection for the tasks specs).
    env: { SCP_BASE_URL: '', SIM_CONTROL: '1' },
    reuseExistingServer: !process.env.CI,
    // Covers a `next build` when .next is missing or stale.
    timeout: 300_000,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
