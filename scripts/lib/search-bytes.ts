/**
 * What searching costs a visitor: the search files (/pagefind/…) downloaded for a first query on
 * /cari/ and for a second one, and how many files the index holds. Used by the browser test
 * (tests/e2e/search.spec.ts, which checks the budget) and by `npm run bench`.
 *
 * The local server does not compress, so each response is weighed twice: `bytes` as served, and
 * `wireBytes` as a static host with gzip sends it (JavaScript and JSON gzipped; Pagefind's index,
 * fragment and WebAssembly files are compressed already and are counted as they are).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { countFiles } from './built-site.ts';
import { systemChromium } from '../find-browser.ts';
import { freePort } from './serve-site.ts';

export interface QueryBytes {
  query: string;
  /** Search files fetched for this query (path, served size, gzip size). */
  files: { path: string; bytes: number; wireBytes: number }[];
  bytes: number;
  wireBytes: number;
}

export interface SearchBytes {
  first: QueryBytes;
  second: QueryBytes;
  /** Files in <site>/pagefind/ (static hosts limit file counts). */
  indexFiles: number;
}

const SEARCH_FILES = '/pagefind/';
const COMPRESSIBLE = /\.(js|json|css)$/;

/**
 * Runs two searches on /cari/ in an open page (its baseURL serving the built site) and weighs
 * the search files each one downloads. Fails if opening /cari/ alone downloads any.
 */
export async function measureSearchOnPage(page: Page, firstQuery: string, secondQuery: string): Promise<Omit<SearchBytes, 'indexFiles'>> {
  let current: QueryBytes | undefined;
  let pending = 0;
  const early: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith(SEARCH_FILES)) pending++;
  });
  page.on('requestfinished', async (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.startsWith(SEARCH_FILES)) return;
    const target = current;
    try {
      const body = (await (await request.response())?.body()) ?? Buffer.alloc(0);
      const wireBytes = COMPRESSIBLE.test(pathname) ? gzipSync(body).length : body.length;
      if (target) target.files.push({ path: pathname, bytes: body.length, wireBytes });
      else early.push(pathname);
    } finally {
      pending--;
    }
  });
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).pathname.startsWith(SEARCH_FILES)) pending--;
  });

  await page.goto('/cari/');
  await page.waitForLoadState('load');
  if (early.length > 0) throw new Error(`/cari/ memuat berkas pencarian sebelum ada yang mencari: ${early.join(', ')}`);

  const input = page.getByRole('searchbox', { name: 'Cari' });
  const status = page.locator('site-search [data-status]');
  const run = async (query: string): Promise<QueryBytes> => {
    current = { query, files: [], bytes: 0, wireBytes: 0 };
    const measuring = current;
    await input.fill(query);
    await input.press('Enter');
    await page.locator('site-search [data-results]:not([aria-busy])').waitFor({ state: 'attached' });
    const message = (await status.textContent()) ?? '';
    if (!message.includes(query)) throw new Error(`Pencarian "${query}" gagal: ${message}`);
    // The result fragments are fetched before the results show; wait until each is weighed.
    for (let i = 0; i < 100 && pending > 0; i++) await page.waitForTimeout(20);
    measuring.bytes = measuring.files.reduce((sum, file) => sum + file.bytes, 0);
    measuring.wireBytes = measuring.files.reduce((sum, file) => sum + file.wireBytes, 0);
    return measuring;
  };
  const first = await run(firstQuery);
  const second = await run(secondQuery);
  current = undefined;
  return { first, second };
}


async function waitForServer(url: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Server ${url} tidak menjawab dalam ${timeoutMs / 1000} detik`);
}

/**
 * Serves a built site (scripts/serve.ts), opens /cari/ in Chromium on a phone-sized screen,
 * and weighs a first and a second search. For `npm run bench`.
 */
export async function measureSearchBytes({
  siteDir,
  firstQuery = 'paspor',
  secondQuery = 'kerja di malaysia',
}: { siteDir: string; firstQuery?: string; secondQuery?: string }): Promise<SearchBytes> {
  const port = await freePort();
  const server = spawn(process.execPath, [path.resolve('scripts/serve.ts'), '--dir', siteDir, '--port', String(port)], { stdio: 'ignore' });
  const browser = await chromium.launch({
    executablePath: systemChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const baseURL = `http://127.0.0.1:${port}`;
    await waitForServer(`${baseURL}/`);
    const context = await browser.newContext({ baseURL, viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true });
    const measured = await measureSearchOnPage(await context.newPage(), firstQuery, secondQuery);
    return { ...measured, indexFiles: countFiles(path.join(siteDir, 'pagefind')) };
  } finally {
    await browser.close();
    server.kill();
  }
}
