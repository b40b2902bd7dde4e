/**
 * The generated service worker's pieces. Workbox copies the plugins and route matchers into sw.js
 * as source text, so these tests rebuild each function from its text, with only the service
 * worker's globals (fake caches): a function that reached outside itself would fail here, as it
 * would in the browser. The cache names written in them must be the ones the page scripts use.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CACHE_NAMES, isImmutable, NEWER_COPY_MESSAGE, SAVE_HEADER, SAVED_COPY_ATTRIBUTE } from '../../src/lib/offline/caches.ts';
import { announceNewerCopy, datedCopies, ignoreQuery, keepPageAssets, lookInSavedPackage, markSavedCopy, newestCopy, preferSavedPackage } from '../../src/lib/offline/sw-plugins.ts';
import { isBundle, isHashedSearchFile, isNavigation, isSearchFile, precacheEntries, serviceWorkerOptions } from '../../src/lib/offline/sw-options.ts';
import { writeServiceWorker } from '../../src/lib/offline/write-service-worker.ts';
import { FakeCacheStorage, TEST_ORIGIN } from '../helpers/fake-caches.ts';

/** The function as sw.js gets it: its own source text, evaluated where only `caches` and `self` exist. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function asInServiceWorker<F extends (...args: any[]) => unknown>(fn: F | undefined, caches: FakeCacheStorage, self: object = {}): F {
  if (!fn) throw new Error('plugin callback missing');
  return new Function('caches', 'self', `return (${fn.toString()});`)(caches, { location: new URL(TEST_ORIGIN), ...self }) as F;
}

/** A cached page as a web server sent it: HTML with the server's Date header. */
const page = (body: string, date?: string) =>
  new Response(body, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(body.length), ...(date ? { Date: date } : {}) } });

const request = (url: string, mode: RequestMode = 'cors', headers: HeadersInit = {}) => {
  const r = new Request(new URL(url, TEST_ORIGIN), { headers });
  Object.defineProperty(r, 'mode', { value: mode });
  return r;
};

describe('plugins', () => {
  test('a search index file missing from the search cache is answered from the saved package', async () => {
    const caches = new FakeCacheStorage();
    await caches.seed(CACHE_NAMES.saved, '/pagefind/index/id_1.pf_index', 'indeks', 'application/octet-stream');
    const use = asInServiceWorker(lookInSavedPackage.cachedResponseWillBeUsed, caches);
    const saved = await use({ cachedResponse: undefined, request: request('/pagefind/index/id_1.pf_index') } as never);
    expect(await (saved as Response).text()).toBe('indeks');
    expect(await use({ cachedResponse: undefined, request: request('/pagefind/index/id_2.pf_index') } as never)).toBeNull();
    const fetched = new Response('terbaru');
    expect(await use({ cachedResponse: fetched, request: request('/pagefind/index/id_1.pf_index') } as never)).toBe(fetched);
  });

  test('without the network, a page is the newest copy on the device: visited, saved, or the shell’s copy of a new version', async () => {
    const caches = new FakeCacheStorage();
    const use = asInServiceWorker(newestCopy.cachedResponseWillBeUsed, caches);
    const visited = page('<h1>Kunjungan</h1>', 'Mon, 23 Nov 2026 08:00:00 GMT');
    await (await caches.open(CACHE_NAMES.saved)).put('/kontak/', page('<h1>Simpanan</h1>', 'Tue, 24 Nov 2026 08:00:00 GMT'));
    const pick = async (cachedResponse: Response | undefined, url = '/kontak/') => {
      const found = (await use({ cachedResponse, request: request(url, 'navigate') } as never)) as Response | null;
      return found && (await found.clone().text());
    };
    expect(await pick(visited)).toBe('<h1>Simpanan</h1>');
    // The precache keeps the shell's pages under their file names, with Workbox's revision in the query.
    await (await caches.open('workbox-precache-v2-test')).put('/kontak/index.html?__WB_REVISION__=abc', page('<h1>Versi baru</h1>', 'Sat, 28 Nov 2026 08:00:00 GMT'));
    expect(await pick(visited)).toBe('<h1>Versi baru</h1>');
    expect(await pick(page('<h1>Kunjungan tadi</h1>', 'Sun, 29 Nov 2026 08:00:00 GMT'))).toBe('<h1>Kunjungan tadi</h1>');
    expect(await pick(undefined, '/pelajaran/lain/')).toBeNull();
    expect(await pick(visited, '/pelajaran/lain/')).toBe('<h1>Kunjungan</h1>');
  });

  test('a page kept from a visit carries the time it was fetched; incomplete answers are not kept', async () => {
    const keep = asInServiceWorker(datedCopies.cacheWillUpdate, new FakeCacheStorage());
    const withDate = page('<h1>A</h1>', 'Sat, 28 Nov 2026 08:00:00 GMT');
    expect(await keep({ response: withDate } as never)).toBe(withDate);
    const before = Date.now() - 1000;
    const stamped = (await keep({ response: page('<h1>B</h1>') } as never)) as Response;
    expect(Date.parse(stamped.headers.get('date')!)).toBeGreaterThanOrEqual(before);
    expect(await stamped.text()).toBe('<h1>B</h1>');
    expect(await keep({ response: new Response('x', { status: 404 }) } as never)).toBeNull();
    expect(await keep({ response: new Response('x', { status: 206 }) } as never)).toBeNull();
  });

  test('a page answered from the device is marked with the time its copy was saved, for the page to say so', async () => {
    const mark = asInServiceWorker(markSavedCopy.cachedResponseWillBeUsed, new FakeCacheStorage());
    const html = '<!doctype html><html lang="id"><head></head><body><h1>Kontak</h1></body></html>';
    const marked = (await mark({ cachedResponse: page(html, 'Sat, 28 Nov 2026 10:05:00 GMT') } as never)) as Response;
    const text = await marked.text();
    expect(text).toContain(`<html ${SAVED_COPY_ATTRIBUTE}="2026-11-28T10:05:00.000Z" lang="id">`);
    expect(text).toContain('<h1>Kontak</h1>');
    expect(marked.headers.get('content-type')).toContain('text/html');
    // The body grew: a stale length would cut the page short.
    expect(marked.headers.has('content-length')).toBe(false);
    const undated = await ((await mark({ cachedResponse: page(html) } as never)) as Response).text();
    expect(undated).toContain(`<html ${SAVED_COPY_ATTRIBUTE}="" lang="id">`);
    // Not a page, or nothing on the device: left as it is.
    const css = new Response('body{}', { headers: { 'Content-Type': 'text/css' } });
    expect(await mark({ cachedResponse: css } as never)).toBe(css);
    expect(await mark({ cachedResponse: undefined } as never)).toBeNull();
  });

  test('when the network’s answer to a page arrives, the page it was for hears of it', async () => {
    const sent: { id: string; message: unknown }[] = [];
    const clients = { get: async (id: string) => ({ postMessage: (message: unknown) => sent.push({ id, message }) }) };
    const didUpdate = asInServiceWorker(announceNewerCopy.cacheDidUpdate, new FakeCacheStorage(), { clients });
    await didUpdate({ event: { resultingClientId: 'halaman-1', clientId: '' }, request: request('/kontak/', 'navigate') } as never);
    await didUpdate({ event: undefined, request: request('/pelajaran/') } as never);
    expect(sent).toEqual([{ id: 'halaman-1', message: { type: NEWER_COPY_MESSAGE, url: '/kontak/' } }]);
  });

  test('offline, the saved search entry file wins over a newer one fetched by a later search, and the last fetched serves when nothing was saved', async () => {
    const caches = new FakeCacheStorage();
    const use = asInServiceWorker(preferSavedPackage.cachedResponseWillBeUsed, caches);
    const entry = request('/pagefind/pagefind-entry.json');
    const fetchedLater = new Response('{"versi":2}');
    expect(await use({ cachedResponse: fetchedLater, request: entry } as never)).toBe(fetchedLater);
    await caches.seed(CACHE_NAMES.saved, '/pagefind/pagefind-entry.json', '{"versi":1}', 'application/json');
    expect(await ((await use({ cachedResponse: fetchedLater, request: entry } as never)) as Response).text()).toBe('{"versi":1}');
    expect(await use({ cachedResponse: undefined, request: request('/pagefind/lain.js') } as never)).toBeNull();
  });

  test('a cached page keeps the bundles it names, copied from the precache', async () => {
    const caches = new FakeCacheStorage();
    await caches.seed('workbox-precache-v2-test', '/_astro/Base.abc.css', 'body{}', 'text/css');
    await caches.seed('workbox-precache-v2-test', '/_astro/page.def.js', 'export{}', 'text/javascript');
    const didUpdate = asInServiceWorker(keepPageAssets.cacheDidUpdate, caches);
    const html = '<link rel="stylesheet" href="/_astro/Base.abc.css"><script type="module" src="/_astro/page.def.js"></script><img src="/_astro/not-cached.png">';
    await didUpdate({ newResponse: new Response(html) } as never);
    expect(await caches.paths(CACHE_NAMES.assets)).toEqual(['/_astro/Base.abc.css', '/_astro/page.def.js']);
  });

  test('cache keys leave out the query, so Pagefind’s ?ts= cache-buster does not defeat the cache', async () => {
    const key = asInServiceWorker(ignoreQuery.cacheKeyWillBeUsed, new FakeCacheStorage());
    expect(await key({ request: request('/pagefind/pagefind-entry.json?ts=1764339200000'), mode: 'read' } as never)).toBe(`${TEST_ORIGIN}/pagefind/pagefind-entry.json`);
    expect(await key({ request: request('/cari/?q=paspor'), mode: 'write' } as never)).toBe(`${TEST_ORIGIN}/cari/`);
    const plain = request('/pagefind/pagefind.js');
    expect(await key({ request: plain, mode: 'read' } as never)).toBe(plain);
  });
});

describe('routes', () => {
  const match = (matcher: typeof isBundle, url: string, mode: RequestMode = 'cors', headers: HeadersInit = {}) => {
    const fn = asInServiceWorker(matcher, new FakeCacheStorage());
    const parsed = new URL(url, TEST_ORIGIN);
    return Boolean(fn({ url: parsed, request: request(parsed.href, mode, headers), sameOrigin: parsed.origin === TEST_ORIGIN } as never));
  };

  test('pages are the navigations', () => {
    expect(match(isNavigation, '/pelajaran/', 'navigate')).toBe(true);
    expect(match(isNavigation, '/pelajaran/')).toBe(false);
  });

  test('files with hashed names are the ones the page scripts treat as never changing', () => {
    const paths = ['/_astro/Base.abc.css', '/pagefind/index/id_1.pf_index', '/pagefind/fragment/id_2.pf_fragment', '/pagefind/filter/id_3.pf_filter', '/pagefind/pagefind.id_1.pf_meta', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.id.pagefind', '/kontak/', '/favicon.svg'];
    for (const url of paths) expect(match(isBundle, url) || match(isHashedSearchFile, url), url).toBe(isImmutable(url));
    expect(match(isSearchFile, '/pagefind/pagefind-entry.json?ts=1')).toBe(true);
  });

  test('search files fetched by "Simpan untuk offline" pass the search routes, so they are stored once', () => {
    expect(match(isHashedSearchFile, '/pagefind/index/id_1.pf_index', 'cors', { [SAVE_HEADER]: '1' })).toBe(false);
    expect(match(isSearchFile, '/pagefind/pagefind-entry.json', 'cors', { [SAVE_HEADER]: '1' })).toBe(false);
    expect(match(isSearchFile, '/pagefind/pagefind-entry.json?ts=1')).toBe(true);
  });

  test('other sites are never cached', () => {
    for (const matcher of [isBundle, isHashedSearchFile, isSearchFile]) expect(match(matcher, 'https://cdn.example/_astro/x.js')).toBe(false);
  });

  test('the runtime caches are the ones the page scripts fill and read', () => {
    const emptySite = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-sw-'));
    const names = serviceWorkerOptions(emptySite).runtimeCaching!.map((route) => route.options?.cacheName);
    fs.rmSync(emptySite, { recursive: true });
    expect(names).toEqual([CACHE_NAMES.visited, CACHE_NAMES.assets, CACHE_NAMES.search, CACHE_NAMES.search]);
  });
});

test('sw.js precaches the shell, bundles Workbox, fetches nothing from other sites, and is rewritten fast on the next build', async () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-sw-'));
  const templates = path.join(site, '.templates');
  const write = (file: string, content: string) => {
    fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    fs.writeFileSync(path.join(site, file), content);
  };
  try {
    write('index.html', '<title>Beranda</title>');
    write('kontak/index.html', '<title>Kontak</title>');
    write('offline/index.html', '<title>Offline</title>');
    write('_astro/Base.abc.css', 'body{}');
    write('desa/koba/index.html', '<title>Koba</title>');
    expect(precacheEntries(site)).toEqual(
      expect.arrayContaining([{ url: '/_astro/Base.abc.css', revision: null }, expect.objectContaining({ url: '/offline/index.html', revision: expect.stringMatching(/^[0-9a-f]{32}$/) })]),
    );
    const first = await writeServiceWorker(site, { templateDir: templates });
    expect(first.precached).toBe(4);
    expect(fs.readdirSync(site).filter((name) => name.endsWith('.js'))).toEqual(['sw.js']);
    const sw = fs.readFileSync(path.join(site, 'sw.js'), 'utf8');
    expect(sw).not.toContain('importScripts');
    // The only address of another site is in a Workbox warning's text, never requested.
    expect(new Set(sw.match(/https?:\/\/[^\s"'`\\]+/g))).toEqual(new Set(['https://bit.ly/wb-precache']));
    // Pages only as copies under their file names, which the precache alone answers (directoryIndex off).
    for (const url of ['/index.html', '/kontak/index.html', '/offline/index.html', '/_astro/Base.abc.css']) expect(sw).toContain(`"url":"${url}"`);
    for (const url of ['/', '/kontak/', '/offline/']) expect(sw).not.toContain(`"url":"${url}"`);
    expect(sw).toMatch(/directoryIndex:null/);
    expect(sw).not.toContain('/desa/koba/');
    expect(sw).not.toContain('__precache_list__');
    // A new version takes over without waiting for the reader.
    expect(sw).toContain('skipWaiting()');
    expect(sw).not.toContain('SKIP_WAITING');
    // The names the plugins write out are the ones the page scripts read.
    expect(sw).toContain(SAVED_COPY_ATTRIBUTE);
    expect(sw).toContain(NEWER_COPY_MESSAGE);

    // The next build changes the contacts page: same worker, the contacts page's revision changed.
    const revision = (code: string) => code.match(/"url":"\/kontak\/index\.html","revision":"([0-9a-f]+)"/)?.[1];
    write('kontak/index.html', '<title>Kontak</title><p>Nomor baru</p>');
    const second = await writeServiceWorker(site, { templateDir: templates });
    expect(second.fromTemplate).toBe(true);
    const next = fs.readFileSync(path.join(site, 'sw.js'), 'utf8');
    expect(revision(next)).toBeDefined();
    expect(revision(next)).not.toBe(revision(sw));
    expect(next.replace(revision(next)!, '')).toBe(sw.replace(revision(sw)!, ''));
  } finally {
    fs.rmSync(site, { recursive: true, force: true });
  }
});
