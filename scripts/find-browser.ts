/**
 * Finds a Chromium for the browser tests: CHROME_PATH, then Debian's /usr/bin/chromium
 * (the only browser these machines can install), then one Playwright downloaded before.
 * When none is found and `--install` is given, asks Playwright to fetch its own (works on a
 * machine with internet; fails on the closed build machines, where .ci/run installs Debian's).
 */
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function systemChromium(): string | undefined {
  return CANDIDATES.find((candidate): candidate is string => Boolean(candidate && fs.existsSync(candidate)));
}

async function playwrightChromium(): Promise<string | undefined> {
  try {
    const { chromium } = await import('playwright');
    const executable = chromium.executablePath();
    return fs.existsSync(executable) ? executable : undefined;
  } catch {
    return undefined;
  }
}

export async function findBrowser({ install = false } = {}): Promise<string | undefined> {
  const found = systemChromium() ?? (await playwrightChromium());
  if (found || !install) return found;
  console.log('Tidak ada Chromium di mesin ini; mengunduh Chromium milik Playwright …');
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  return playwrightChromium();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const browser = await findBrowser({ install: process.argv.includes('--install') });
  if (!browser) {
    console.error('Chromium tidak ditemukan. Di Debian: sudo apt-get install -y chromium');
    process.exit(1);
  }
  console.log(browser);
}
