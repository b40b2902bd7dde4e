/**
 * The page scripts' logic, with fake caches: what "Simpan untuk offline" downloads and where it
 * keeps it, what the offline page lists, how sizes read, and the web app manifest.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CACHE_NAMES, isOnDevice, SAVE_HEADER } from '../../src/lib/offline/caches.ts';
import { formatSize } from '../../src/lib/offline/format.ts';
import type { OfflinePackage } from '../../src/lib/offline/package-files.ts';
import { cacheFor, planDownload, readSaved, removeOutdated, savePackage, writeSaved, type Progress } from '../../src/lib/offline/save-package.ts';
import { groupSavedPages, savedPages, titleOf } from '../../src/lib/offline/saved-pages.ts';
import { THEME_COLOUR, BACKGROUND_COLOUR, webManifest } from '../../src/lib/offline/web-manifest.ts';
import { FakeCacheStorage, TEST_ORIGIN } from '../helpers/fake-caches.ts';

const PRECACHE = 'workbox-precache-v2-http://127.0.0.1/';

const offline: OfflinePackage = {
  version: 'v2',
  pages: 2,
  bytes: 0,
  gzipBytes: 0,
  files: [
    { url: '/pelajaran/paspor/', bytes: 9000, gzipBytes: 3000 },
    { url: '/pelajaran/paspor/presentasi/', bytes: 12000, gzipBytes: 4000 },
    { url: '/_astro/Base.abc.css', bytes: 8000, gzipBytes: 2500 },
    { url: '/pagefind/pagefind-entry.json', bytes: 200, gzipBytes: 150 },
    { url: '/pagefind/index/id_1.pf_index', bytes: 5000, gzipBytes: 5000 },
  ],
};

afterEach(() => vi.unstubAllGlobals());

describe('saving for offline', () => {
  test('pages and the search index are kept together as the saved package; bundles with the other bundles', () => {
    expect(cacheFor('/pelajaran/paspor/')).toBe(CACHE_NAMES.saved);
    expect(cacheFor('/pagefind/pagefind-entry.json')).toBe(CACHE_NAMES.saved);
    expect(cacheFor('/_astro/Base.abc.css')).toBe(CACHE_NAMES.assets);
  });

  test('the size announced leaves out hashed files already on the device, but never pages', async () => {
    const caches = new FakeCacheStorage();
    await caches.seed(PRECACHE, '/_astro/Base.abc.css', 'body{}', 'text/css');
    await caches.seed(CACHE_NAMES.saved, '/pelajaran/paspor/', 'lama');
    const plan = await planDownload(offline, caches.asCacheStorage());
    expect(plan.copy.map((file) => file.url)).toEqual(['/_astro/Base.abc.css']);
    expect(plan.fetch.map((file) => file.url)).toEqual(['/pelajaran/paspor/', '/pelajaran/paspor/presentasi/', '/pagefind/pagefind-entry.json', '/pagefind/index/id_1.pf_index']);
    expect(plan.gzipBytes).toBe(3000 + 4000 + 150 + 5000);
  });

  test('downloads, stores and reports progress up to the announced size, then drops what the save replaced', async () => {
    const caches = new FakeCacheStorage();
    await caches.seed(PRECACHE, '/_astro/Base.abc.css', 'body{}', 'text/css');
    await caches.seed(CACHE_NAMES.saved, '/pelajaran/lama/', 'halaman yang sudah dihapus');
    await caches.seed(CACHE_NAMES.search, '/pagefind/index/id_0.pf_index', 'indeks lama');
    await caches.seed(CACHE_NAMES.visited, '/desa/koba/', '<link href="/_astro/Old.css">');
    await caches.seed(CACHE_NAMES.assets, '/_astro/Old.css', 'lama');
    await caches.seed(CACHE_NAMES.assets, '/_astro/Unused.css', 'tidak dipakai');
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      expect(new Headers(init.headers).has(SAVE_HEADER), url).toBe(true);
      fetched.push(url);
      return new Response(`isi ${url}`);
    });
    const progress: Progress[] = [];
    const plan = await planDownload(offline, caches.asCacheStorage());
    await savePackage(offline, plan, (step) => progress.push(step), caches.asCacheStorage());

    expect(fetched.sort()).toEqual(plan.fetch.map((file) => file.url).sort());
    expect(progress.at(-1)).toEqual({ done: 5, files: 5, doneBytes: plan.gzipBytes, gzipBytes: plan.gzipBytes });
    expect(await caches.paths(CACHE_NAMES.saved)).toEqual(['/pagefind/index/id_1.pf_index', '/pagefind/pagefind-entry.json', '/pelajaran/paspor/', '/pelajaran/paspor/presentasi/']);
    // Search files from earlier searches are gone: the saved index answers now.
    expect(await caches.has(CACHE_NAMES.search)).toBe(false);
    // A bundle a visited page still names stays; one nothing names goes.
    expect(await caches.paths(CACHE_NAMES.assets)).toEqual(['/_astro/Base.abc.css', '/_astro/Old.css']);
    expect(await (await caches.match('/pelajaran/paspor/', { cacheName: CACHE_NAMES.saved }))!.text()).toBe('isi /pelajaran/paspor/');
  });

  test('stops at a dropped connection and keeps what was stored', async () => {
    const caches = new FakeCacheStorage();
    vi.stubGlobal('fetch', async (url: string) => {
      if (url.includes('presentasi')) throw new TypeError('Failed to fetch');
      return new Response('isi');
    });
    const plan = await planDownload(offline, caches.asCacheStorage());
    await expect(savePackage(offline, plan, () => {}, caches.asCacheStorage())).rejects.toThrow('Failed to fetch');
    expect(await caches.paths(CACHE_NAMES.saved)).toContain('/pelajaran/paspor/');
  });

  test('a page is on the device when any of the site’s caches holds it, precached ones included', async () => {
    const caches = new FakeCacheStorage();
    await caches.seed(PRECACHE, '/kontak/?__WB_REVISION__=abc', 'kontak');
    await caches.seed(CACHE_NAMES.visited, '/pelajaran/paspor/', 'paspor');
    expect(await isOnDevice('/kontak/', caches.asCacheStorage())).toBe(true);
    expect(await isOnDevice('/pelajaran/paspor/', caches.asCacheStorage())).toBe(true);
    expect(await isOnDevice('/pelajaran/lain/', caches.asCacheStorage())).toBe(false);
  });

  test('remembers the version saved, and survives damaged or blocked storage', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (key: string) => store.get(key) ?? null, setItem: (key: string, value: string) => void store.set(key, value) };
    writeSaved(storage, { version: 'v2', savedAt: '2026-11-28T10:00:00.000Z' });
    expect(readSaved(storage)).toEqual({ version: 'v2', savedAt: '2026-11-28T10:00:00.000Z' });
    store.set('desa-binaan:offline-tersimpan', '{rusak');
    expect(readSaved(storage)).toBeUndefined();
    expect(readSaved(undefined)).toBeUndefined();
    expect(() => writeSaved({ getItem: () => null, setItem: () => { throw new Error('penuh'); } }, { version: 'v', savedAt: 'x' })).not.toThrow();
  });

  test('removeOutdated keeps everything the package lists', async () => {
    const caches = new FakeCacheStorage();
    for (const file of offline.files) await caches.seed(cacheFor(file.url), file.url, 'x');
    await removeOutdated(offline, caches.asCacheStorage());
    for (const file of offline.files) expect(await caches.match(file.url), file.url).toBeDefined();
  });
});

describe('the list on the offline page', () => {
  test('titles come from <title>, without the site name, with entities decoded', () => {
    expect(titleOf('<title>Apa itu perdagangan orang (TPPO)? · Desa Binaan Imigrasi</title>')).toBe('Apa itu perdagangan orang (TPPO)?');
    expect(titleOf('<title>Desa Binaan Imigrasi</title>')).toBe('Desa Binaan Imigrasi');
    expect(titleOf('<title>Kerja &amp; paspor &#8211; &#x2713; · Situs</title>')).toBe('Kerja & paspor – ✓');
  });

  test('each lesson comes with its saved views; journeys and other pages apart; not the offline page', () => {
    const groups = groupSavedPages([
      { path: '/pelajaran/paspor/presentasi/', title: 'Slide: Paspor' },
      { path: '/pelajaran/paspor/', title: 'Paspor' },
      { path: '/pelajaran/paspor/cetak/', title: 'Lembar warga: Paspor' },
      { path: '/pelajaran/apa-itu-tppo/presentasi/', title: 'Slide: Apa itu TPPO?' },
      { path: '/langkah/membuat-paspor/', title: 'Membuat paspor' },
      { path: '/kontak/', title: 'Nomor penting dan kontak' },
      { path: '/', title: 'Desa Binaan Imigrasi' },
      { path: '/pelajaran/', title: 'Pelajaran' },
      { path: '/offline/', title: 'Anda sedang offline' },
    ]);
    expect(groups.lessons).toEqual([
      { path: '/pelajaran/paspor/', title: 'Paspor', saved: true, views: [{ label: 'Lembar warga', path: '/pelajaran/paspor/cetak/' }, { label: 'Slide', path: '/pelajaran/paspor/presentasi/' }] },
      { path: '/pelajaran/apa-itu-tppo/', title: 'Slide: Apa itu TPPO?', saved: false, views: [{ label: 'Slide: Apa itu TPPO?', path: '/pelajaran/apa-itu-tppo/presentasi/' }] },
    ].sort((a, b) => a.title.localeCompare(b.title, 'id')));
    expect(groups.journeys.map((page) => page.path)).toEqual(['/langkah/membuat-paspor/']);
    expect(groups.other.map((page) => page.path)).toEqual(['/', '/kontak/', '/pelajaran/']);
  });

  test('reads every page from the visited, saved and precache caches, once each', async () => {
    const caches = new FakeCacheStorage();
    await caches.seed(PRECACHE, '/kontak/?__WB_REVISION__=abc', '<title>Kontak · Situs</title>');
    await caches.seed(PRECACHE, '/_astro/Base.abc.css', 'body{}', 'text/css');
    await caches.seed(CACHE_NAMES.visited, '/pelajaran/paspor/', '<title>Paspor · Situs</title>');
    await caches.seed(CACHE_NAMES.saved, '/pelajaran/paspor/', '<title>Paspor · Situs</title>');
    await caches.seed(CACHE_NAMES.search, '/pagefind/pagefind-entry.json', '{}');
    await caches.seed('cache-lain', '/bukan/situs/ini/', '<title>Lain</title>');
    const pages = await savedPages(TEST_ORIGIN, caches.asCacheStorage());
    expect(pages.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: '/kontak/', title: 'Kontak' },
      { path: '/pelajaran/paspor/', title: 'Paspor' },
    ]);
  });
});

test('sizes read in kB below a megabyte and in MB with a decimal comma above', () => {
  expect(formatSize(850_400)).toBe('850 kB');
  expect(formatSize(1_234_567)).toBe('1,2 MB');
  expect(formatSize(300)).toBe('1 kB');
});

test('the web app manifest is Indonesian, starts at the home page and uses the brand colours from props.css', () => {
  const props = fs.readFileSync('src/styles/props.css', 'utf8');
  expect(props).toContain(`--color-brand: ${THEME_COLOUR};`);
  expect(props).toContain(`--color-bg: ${BACKGROUND_COLOUR};`);
  expect(fs.readFileSync('src/layouts/Base.astro', 'utf8')).toContain(`<meta name="theme-color" content="${THEME_COLOUR}" />`);
  const manifest = webManifest({ name: 'Desa Binaan Imigrasi', shortName: 'Desa Binaan', description: 'x' });
  expect(manifest).toMatchObject({ lang: 'id', start_url: '/', display: 'standalone', short_name: 'Desa Binaan' });
  for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
    const png = fs.readFileSync(`public${icon.src}`);
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
  }
  expect(manifest.icons.map((icon) => icon.purpose)).toContain('maskable');
});
