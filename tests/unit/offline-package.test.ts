/**
 * What goes on a device, read from a small built site: the precached shell stays the same size
 * however many villages the area has; the offline package holds every page but the village
 * directory, the files those pages use and the search index, and its version follows the content.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fileToUrl, offlinePackage, referencedFiles, shellFiles } from '../../src/lib/offline/package-files.ts';
import { measureOfflineSize } from '../../scripts/lib/offline-size.ts';

let site: string;

const page = (title: string, body = '') =>
  `<!doctype html><html lang="id"><head><title>${title} · Desa Binaan Imigrasi</title><link rel="stylesheet" href="/_astro/Base.abc123.css"><link rel="sitemap" href="/sitemap-index.xml"><link rel="icon" href="/favicon.svg"></head><body><script type="module" src="/_astro/page.def456.js"></script>${body}</body></html>`;

function write(file: string, content: string | Buffer) {
  const full = path.join(site, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, content);
}

function addVillages(count: number) {
  for (let i = 0; i < count; i++) write(`desa/koba/desa-${i}/index.html`, page(`Desa ${i}`));
}

beforeEach(() => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-paket-'));
  write('index.html', page('Beranda'));
  write('404.html', page('Tidak ditemukan'));
  write('kontak/index.html', page('Kontak'));
  write('offline/index.html', page('Anda sedang offline'));
  write('cari/index.html', page('Cari'));
  write('pelajaran/index.html', page('Pelajaran'));
  write('pelajaran/paspor/index.html', page('Paspor', '<img src="/gambar/paspor.png" alt=""><a href="/kontak/">Kontak</a><a href="https://example.org/x.pdf">luar</a>'));
  write('pelajaran/paspor/presentasi/index.html', page('Slide: Paspor'));
  write('langkah/membuat-paspor/index.html', page('Membuat paspor'));
  write('desa/index.html', page('Desa'));
  write('desa/koba/index.html', page('Koba'));
  addVillages(3);
  write('desa/koba/pimpasa.vcf', 'BEGIN:VCARD');
  write('_astro/Base.abc123.css', 'body{color:#000}');
  write('_astro/page.def456.js', 'import "./shared.789abc.js";');
  write('_astro/shared.789abc.js', 'export {};');
  write('_astro/photo.123abc.webp', Buffer.alloc(700, 9));
  write('gambar/paspor.png', Buffer.alloc(2000, 1));
  write('icons/icon-192.png', Buffer.alloc(100, 2));
  write('favicon.svg', '<svg/>');
  write('manifest.webmanifest', '{}');
  write('sitemap-index.xml', '<sitemapindex/>');
  write('pagefind/pagefind-entry.json', JSON.stringify({ version: '1.6.0', languages: { id: { hash: 'id_1', wasm: 'id', page_count: 5 } } }));
  write('pagefind/pagefind.js', 'export {}');
  write('pagefind/pagefind-worker.js', 'self.x=1');
  write('pagefind/wasm.id.pagefind', Buffer.alloc(300, 3));
  write('pagefind/wasm.unknown.pagefind', Buffer.alloc(300, 4));
  write('pagefind/pagefind.id_1.pf_meta', Buffer.alloc(50, 5));
  write('pagefind/index/id_1.pf_index', Buffer.alloc(500, 6));
  write('pagefind/fragment/id_2.pf_fragment', Buffer.alloc(80, 7));
  write('pagefind/filter/id_3.pf_filter', Buffer.alloc(40, 8));
});

afterEach(() => fs.rmSync(site, { recursive: true, force: true }));

describe('the precached shell', () => {
  test('is the bundles, favicon, web app manifest, the saved-copy notice’s words, and copies of the home page, contacts and offline page', () => {
    write('offline-teks.json', '{}');
    expect(shellFiles(site).map(fileToUrl).sort()).toEqual(
      ['/', '/_astro/Base.abc123.css', '/_astro/page.def456.js', '/_astro/shared.789abc.js', '/favicon.svg', '/kontak/', '/manifest.webmanifest', '/offline/', '/offline-teks.json'].sort(),
    );
  });

  test('does not grow with the number of villages', () => {
    const before = shellFiles(site);
    addVillages(50);
    expect(shellFiles(site)).toEqual(before);
  });
});

describe('the offline package', () => {
  test('holds every page except the village directory and the 404 page', () => {
    const urls = offlinePackage(site).files.map((file) => file.url);
    const pages = urls.filter((url) => url.endsWith('/'));
    expect(pages.sort()).toEqual(['/', '/cari/', '/kontak/', '/langkah/membuat-paspor/', '/offline/', '/pelajaran/', '/pelajaran/paspor/', '/pelajaran/paspor/presentasi/']);
    expect(urls.some((url) => url.startsWith('/desa/'))).toBe(false);
    expect(offlinePackage(site).pages).toBe(pages.length);
  });

  test('holds the files its pages use, everything Astro bundled, and none the pages only link for search engines', () => {
    const urls = offlinePackage(site).files.map((file) => file.url);
    expect(urls).toEqual(expect.arrayContaining(['/gambar/paspor.png', '/_astro/Base.abc123.css', '/_astro/page.def456.js', '/_astro/shared.789abc.js', '/_astro/photo.123abc.webp', '/favicon.svg']));
    expect(urls).not.toContain('/sitemap-index.xml');
    expect(urls).not.toContain('/desa/koba/pimpasa.vcf');
  });

  test('holds the search index, without the web worker and the WebAssembly of unused languages', () => {
    const search = offlinePackage(site).files.map((file) => file.url).filter((url) => url.startsWith('/pagefind/'));
    expect(search.sort()).toEqual([
      '/pagefind/filter/id_3.pf_filter',
      '/pagefind/fragment/id_2.pf_fragment',
      '/pagefind/index/id_1.pf_index',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.id_1.pf_meta',
      '/pagefind/pagefind.js',
      '/pagefind/wasm.id.pagefind',
    ]);
  });

  test('does not grow with the number of villages', () => {
    const before = offlinePackage(site);
    addVillages(50);
    expect(offlinePackage(site)).toEqual(before);
  });

  test('adds its sizes up, and gzips text but not Pagefind’s compressed files', () => {
    const offline = offlinePackage(site);
    expect(offline.bytes).toBe(offline.files.reduce((sum, file) => sum + file.bytes, 0));
    expect(offline.gzipBytes).toBe(offline.files.reduce((sum, file) => sum + file.gzipBytes, 0));
    const wasm = offline.files.find((file) => file.url === '/pagefind/wasm.id.pagefind')!;
    expect(wasm.gzipBytes).toBe(wasm.bytes);
    const home = offline.files.find((file) => file.url === '/')!;
    expect(home.gzipBytes).toBeLessThan(home.bytes);
  });

  test('gets a new version when a page changes, and keeps it when nothing does', () => {
    const first = offlinePackage(site).version;
    expect(offlinePackage(site).version).toBe(first);
    write('kontak/index.html', page('Kontak', '<p>Nomor baru</p>'));
    expect(offlinePackage(site).version).not.toBe(first);
  });
});

test('referencedFiles finds same-site files in src and href, not pages, anchors or other sites', () => {
  const html = '<a href="/kontak/">k</a><a href="/a.pdf#p2">pdf</a><img src=/b.png><a href="//cdn.example/x.js">x</a><a href="https://example.org/y.png">y</a><link href="/c.css?v=1">';
  expect(referencedFiles(html).sort()).toEqual(['/a.pdf', '/b.png', '/c.css']);
});

test('measureOfflineSize (for npm run bench) weighs the shell, the worker and the package, and what is left after the precache', () => {
  const offline = offlinePackage(site);
  write('offline-paket.json', JSON.stringify(offline));
  write('sw.js', 'self.addEventListener("fetch", () => {});');
  const size = measureOfflineSize(site);
  expect(size.precache.files).toBe(shellFiles(site).length);
  expect(size.serviceWorker.files).toBe(1);
  expect(size.package).toEqual({ files: offline.files.length, pages: offline.pages, bytes: offline.bytes, gzipBytes: offline.gzipBytes });
  // The three bundles are precached already; the home, contacts and offline pages are fetched again (pages change).
  expect(size.packageAfterPrecache.files).toBe(offline.files.length - 3);
  expect(size.packageAfterPrecache.gzipBytes).toBeLessThan(size.package.gzipBytes);
});
