/**
 * Privacy and security as a reader would meet them: opening any kind of page asks no other
 * server for anything (a third party would learn who read about trafficking), sets no cookie,
 * and the Content Security Policy blocks nothing the page needs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { allHtmlPaths, htmlFile, outDir } from '../../scripts/lib/built-site.ts';
import { pagesByType } from '../../scripts/lib/page-types.ts';
import { metaPolicy, parsePolicy } from '../../src/integrations/security-headers.ts';

const pages = pagesByType();

/** Opens a page and collects what a privacy-minded reader would object to. */
async function visit(page: Page, pagePath: string, search?: string) {
  const requests: string[] = [];
  const setCookies: string[] = [];
  const cspMessages: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', async (response) => {
    // A late answer (the service worker fetches pages network-first) can arrive as the test closes
    // the page; its headers can no longer be read then, and the page's cookies are checked below.
    const cookie = await response.headerValue('set-cookie').catch(() => (page.isClosed() ? null : Promise.reject(new Error('Set-Cookie tidak terbaca'))));
    if (cookie) setCookies.push(`${response.url()}: ${cookie}`);
  });
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) cspMessages.push(message.text());
  });
  await page.goto(pagePath);
  if (search) {
    const box = page.getByRole('main').getByRole('searchbox').first();
    await box.fill(search);
    await box.press('Enter');
    await expect(page.getByRole('main').getByRole('link').first()).toBeVisible();
    await expect.poll(() => requests.some((url) => new URL(url).pathname.startsWith('/pagefind/')), 'pencarian memuat Pagefind').toBe(true);
  }
  await page.waitForLoadState('networkidle');
  return { requests, setCookies, cspMessages };
}

for (const { type, label, path: pagePath } of pages) {
  test(`${label} (${pagePath}) asks no other server for anything, sets no cookie and breaks no CSP rule`, async ({ page, context, baseURL }) => {
    const { requests, setCookies, cspMessages } = await visit(page, pagePath, type === 'search' ? 'paspor' : undefined);
    const origin = new URL(baseURL!).origin;
    const elsewhere = requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
    expect(elsewhere, `Permintaan ke server lain dari ${pagePath}`).toEqual([]);
    expect(setCookies, 'Set-Cookie').toEqual([]);
    expect(await context.cookies(), 'cookies').toEqual([]);
    expect(cspMessages, `Pelanggaran CSP di ${pagePath}`).toEqual([]);
  });
}

test('every page carries a Content Security Policy that allows no inline script', () => {
  const problems: string[] = [];
  for (const pagePath of allHtmlPaths()) {
    const policy = metaPolicy(fs.readFileSync(htmlFile(pagePath)!, 'utf8'));
    if (!policy) {
      problems.push(`${pagePath}: tidak ada <meta http-equiv="content-security-policy">`);
      continue;
    }
    const scripts = parsePolicy(policy).get('script-src') ?? parsePolicy(policy).get('default-src') ?? [];
    if (scripts.includes("'unsafe-inline'") || scripts.includes("'unsafe-eval'")) problems.push(`${pagePath}: script-src ${scripts.join(' ')}`);
  }
  expect(problems).toEqual([]);
});

test('only the search page may run WebAssembly, and no page lists a hash of code it does not carry', () => {
  const problems: string[] = [];
  for (const pagePath of allHtmlPaths()) {
    const html = fs.readFileSync(htmlFile(pagePath)!, 'utf8');
    const directives = parsePolicy(metaPolicy(html) ?? '');
    const sources = [...(directives.get('script-src') ?? []), ...(directives.get('style-src') ?? [])];
    const wasm = sources.includes("'wasm-unsafe-eval'");
    if (wasm !== (pagePath === '/cari/')) problems.push(`${pagePath}: 'wasm-unsafe-eval' ${wasm ? 'ada' : 'tidak ada'}`);
    // This site inlines no script and no style: any hash would allow code that is not on the page.
    const hashes = sources.filter((source) => /^'sha(256|384|512)-/.test(source));
    if (hashes.length > 0) problems.push(`${pagePath}: ${hashes.length} hash`);
  }
  expect(problems).toEqual([]);
});

test('no page has an inline event handler or a javascript: link', () => {
  const found: string[] = [];
  for (const pagePath of allHtmlPaths()) {
    const html = fs.readFileSync(htmlFile(pagePath)!, 'utf8');
    for (const tag of html.matchAll(/<[a-zA-Z][\w-]*(?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>/g)) {
      const handler = tag[0].match(/\s(on[a-z]+)\s*=/i);
      if (handler) found.push(`${pagePath}: ${handler[1]}= in ${tag[0].slice(0, 80)}`);
      if (/\s(href|src|action)\s*=\s*["']?\s*javascript:/i.test(tag[0])) found.push(`${pagePath}: javascript: in ${tag[0].slice(0, 80)}`);
    }
  }
  expect(found).toEqual([]);
});

test('the server sends the security headers and caches hashed files for a year', async ({ request }) => {
  const headersText = fs.readFileSync(path.join(outDir(), '_headers'), 'utf8');
  for (const line of headersText.split('\n')) expect(line.length, 'Cloudflare Pages: baris _headers paling panjang 2000 karakter').toBeLessThanOrEqual(2000);

  const home = await request.get('/');
  const headers = home.headers();
  const policy = parsePolicy(headers['content-security-policy'] ?? '');
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=()');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['cache-control']).toMatch(/max-age=0/);

  const stylesheet = fs.readFileSync(htmlFile('/')!, 'utf8').match(/href="(\/_astro\/[^"]+\.css)"/)?.[1];
  expect(stylesheet).toBeTruthy();
  expect((await request.get(stylesheet!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});
