/**
 * What the site puts on a device, read from the build output after the build (Node only):
 *
 * - the shell, precached by the service worker when a page is first opened: every style and
 *   script bundle, the favicon, the web app manifest, the words of the "saved copy" notice, and
 *   copies of the home page, the contacts page and the offline page for when the network fails
 *   (the service worker never shows them in place of the network: ./sw-options.ts). None of it
 *   grows with the number of villages.
 * - the offline package, downloaded when a reader presses "Simpan untuk offline": every page
 *   except the village directory (lessons and their slides, notes, handouts and facilitator
 *   guides, journeys, contacts, search, the offer check), the files those pages use, and the
 *   whole search index, so search works offline too.
 *
 * Both lists are derived from the files, so pages added later are covered without code changes.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { isImmutable, OFFLINE_PAGE_URL, PACKAGE_MANIFEST_URL, SAVED_COPY_STRINGS_URL, SERVICE_WORKER_URL } from './caches.ts';

/** One file of the offline package, as the browser script reads it from offline-paket.json. */
export interface PackageFile {
  /** Site address: a page's address ends in `/`. */
  url: string;
  /** Size as stored on the device. */
  bytes: number;
  /** Size on the wire from a static host that gzips text (what the download costs in data). */
  gzipBytes: number;
}

/** The offline package list written to offline-paket.json. */
export interface OfflinePackage {
  /** Changes whenever any listed file changes: a device with another version saved is out of date. */
  version: string;
  /** How many of the files are pages. */
  pages: number;
  bytes: number;
  gzipBytes: number;
  files: PackageFile[];
}

/**
 * Pages left out of the offline package: the village directory grows with the area (63 pages for
 * Bangka Tengah, 83,762 for the whole country). A village page a reader opened stays readable
 * offline anyway (the service worker keeps visited pages).
 */
export const LEFT_OUT_OF_PACKAGE = ['/desa/'];

/**
 * Pagefind files this site never loads: its own search element runs without a web worker
 * (src/components/search/site-search.ts passes `noWorker`).
 */
const UNUSED_SEARCH_FILES = ['pagefind-worker.js'];

/** Pages the shell holds copies of (besides the offline page): where a reader starts, and whom to call. */
export const SHELL_PAGES = ['/', '/kontak/'];

/** Linked files that are not for reading offline: other pages' HTML, the sitemap for search engines. */
const NOT_FOR_READERS = /\.(html|xml)$/;

const COMPRESSIBLE = /\.(html|css|js|mjs|json|webmanifest|svg|txt|xml|vcf)$/;

/** Every file below `dir`, as site paths ("/kontak/index.html"), sorted. */
export function siteFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`)
    .sort();
}

/** "/kontak/index.html" → "/kontak/"; other files keep their path. */
export function fileToUrl(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

/** "/kontak/" → "/kontak/index.html". */
export function urlToFile(url: string): string {
  return url.endsWith('/') ? `${url}index.html` : url;
}

/** Gzip at the level static hosts use; Pagefind's files are compressed already and count as they are. */
export function gzipSize(file: string, content: Buffer): number {
  return COMPRESSIBLE.test(file) ? zlib.gzipSync(content, { level: 6 }).length : content.length;
}

/**
 * The shell the service worker precaches, as site paths of files. The PNG home-screen icons are
 * left out (15 kB gzipped that every first visit would download): a phone stores them when the
 * site is added to the home screen, and pages show the SVG favicon, which is in.
 */
export function shellFiles(siteDir: string, files = siteFiles(siteDir)): string[] {
  const wanted = new Set([...SHELL_PAGES, OFFLINE_PAGE_URL].map(urlToFile));
  return files.filter(
    (file) =>
      /^\/_astro\/.+\.(css|js)$/.test(file) ||
      file === '/favicon.svg' ||
      file === '/manifest.webmanifest' ||
      file === SAVED_COPY_STRINGS_URL ||
      wanted.has(file),
  );
}

/** Same-site files a page refers to in `src`/`href` attributes (styles, scripts, images, downloads). */
export function referencedFiles(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/\b(?:src|href)=["']?(\/[^"'\s>#?]+)/g)) {
    const url = match[1];
    if (!url.startsWith('//') && !url.endsWith('/')) found.add(url);
  }
  return [...found];
}

/**
 * The search files a device needs: everything Pagefind wrote except what this site never loads,
 * and the WebAssembly of languages the index does not use (Pagefind writes a fallback one).
 */
function searchFiles(siteDir: string, files: string[]): string[] {
  const entryFile = path.join(siteDir, 'pagefind', 'pagefind-entry.json');
  if (!fs.existsSync(entryFile)) return [];
  const entry = JSON.parse(fs.readFileSync(entryFile, 'utf8')) as { languages: Record<string, { wasm?: string }> };
  const wasm = new Set(Object.values(entry.languages).map((language) => `wasm.${language.wasm ?? 'unknown'}.pagefind`));
  return files.filter((file) => {
    if (!file.startsWith('/pagefind/')) return false;
    const name = file.slice('/pagefind/'.length);
    if (UNUSED_SEARCH_FILES.includes(name)) return false;
    if (/^wasm\..+\.pagefind$/.test(name)) return wasm.has(name);
    return true;
  });
}

/** The pages of the offline package, as site paths of their HTML files. */
export function packagePages(files: string[]): string[] {
  return files.filter((file) => {
    if (!file.endsWith('/index.html')) return false;
    const url = fileToUrl(file);
    return !LEFT_OUT_OF_PACKAGE.some((prefix) => url.startsWith(prefix));
  });
}

/** Builds the offline package list from a built site (`files`: its siteFiles, when already listed). */
export function offlinePackage(siteDir: string, files = siteFiles(siteDir)): OfflinePackage {
  const existing = new Set(files);
  const pages = packagePages(files);
  const chosen = new Set<string>(pages);
  for (const page of pages) {
    for (const file of referencedFiles(fs.readFileSync(path.join(siteDir, page), 'utf8'))) {
      if (existing.has(file) && !NOT_FOR_READERS.test(file) && file !== SERVICE_WORKER_URL && file !== PACKAGE_MANIFEST_URL) chosen.add(file);
    }
  }
  // Everything Astro bundled, not only what pages link: scripts import other chunks, styles
  // name images and fonts. None of it grows with the number of villages.
  for (const file of files) if (file.startsWith('/_astro/')) chosen.add(file);
  for (const file of searchFiles(siteDir, files)) chosen.add(file);

  const hash = crypto.createHash('sha256');
  const listed: PackageFile[] = [...chosen].sort().map((file) => {
    const content = fs.readFileSync(path.join(siteDir, file));
    const url = fileToUrl(file);
    // Hashed names say their content already; other files are hashed for the version.
    hash.update(url).update(isImmutable(url) ? '' : crypto.createHash('sha256').update(content).digest('hex'));
    return { url, bytes: content.length, gzipBytes: gzipSize(file, content) };
  });
  return {
    version: hash.digest('hex').slice(0, 12),
    pages: pages.length,
    bytes: listed.reduce((sum, file) => sum + file.bytes, 0),
    gzipBytes: listed.reduce((sum, file) => sum + file.gzipBytes, 0),
    files: listed,
  };
}
