/**
 * The service worker's configuration for Workbox's `generateSW` (called after the build by
 * src/integrations/service-worker.ts). Routes, first match wins:
 *
 * 1. the precache — the shell (./package-files.ts): hashed bundles and the favicon answered from
 *    the device; the home, contacts and offline pages are kept under their file names
 *    (`/kontak/index.html`) with `directoryIndex` off, so the precache never answers a page's
 *    address: they are copies for when the network fails, renewed with every new version;
 * 2. pages: network first, always, so an online reader sees the current version of every page
 *    on the first load after a deploy. When the network fails or is slower than the timeout, the
 *    newest copy on the device (visited, saved, or the shell's), marked so that the page says it
 *    is a copy and from when; then the offline page;
 * 3. /_astro/ bundles (names carry a content hash): from the device when there, else the network;
 * 4. Pagefind's hashed index files: likewise, also from the saved package;
 * 5. Pagefind's fixed-name files (loader, entry, WebAssembly): network first; offline, the saved
 *    package's copy (it matches the saved index files), else the last one fetched.
 *
 * A new version of the worker takes over at once (skipWaiting): with pages network first, the
 * reader sees the new version anyway, and taking over at once renews the offline copies too.
 *
 * Search files requested by "Simpan untuk offline" itself carry the SAVE_HEADER: routes 4 and 5
 * step aside, and the file is stored once, in the saved package, not also in the search cache.
 *
 * The route matchers are copied into sw.js as source text like the plugins (./sw-plugins.ts), so
 * they stand alone too. Workbox's runtime is bundled into sw.js: no request leaves the site.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { GenerateSWOptions } from 'workbox-build';
import type { RouteMatchCallback } from 'workbox-core/types.js';
import { CACHE_NAMES, isImmutable, MAX_VISITED_PAGES, NETWORK_TIMEOUT_SECONDS, OFFLINE_PAGE_URL, SERVICE_WORKER_URL } from './caches.ts';
import { fileToUrl, shellFiles, urlToFile } from './package-files.ts';
import { announceNewerCopy, datedCopies, ignoreQuery, keepPageAssets, lookInSavedPackage, markSavedCopy, newestCopy, preferSavedPackage } from './sw-plugins.ts';

/** A precache entry: hashed files need no revision, others are revised by a hash of their content. */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/**
 * The shell as precache entries. Pages keep their file name (`/kontak/index.html`, not
 * `/kontak/`): the precache answers only the addresses it lists, and readers never use these.
 */
export function precacheEntries(siteDir: string, files?: string[]): PrecacheEntry[] {
  return shellFiles(siteDir, files).map((file) => {
    const url = file.endsWith('.html') ? file : fileToUrl(file);
    const content = fs.readFileSync(path.join(siteDir, file));
    return { url, revision: isImmutable(url) ? null : crypto.createHash('md5').update(content).digest('hex') };
  });
}

export const isNavigation: RouteMatchCallback = ({ request }) => request.mode === 'navigate';

export const isBundle: RouteMatchCallback = ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_astro/');

export const isHashedSearchFile: RouteMatchCallback = ({ url, sameOrigin, request }) =>
  sameOrigin && /^\/pagefind\/((index|fragment|filter)\/|[^/]+\.pf_meta$)/.test(url.pathname) && !request.headers.has('x-simpan-offline');

export const isSearchFile: RouteMatchCallback = ({ url, sameOrigin, request }) =>
  sameOrigin && url.pathname.startsWith('/pagefind/') && !request.headers.has('x-simpan-offline');

/** `files`: the site's files (package-files.ts siteFiles), when the caller has listed them already. */
export function serviceWorkerOptions(siteDir: string, files?: string[]): GenerateSWOptions {
  return {
    swDest: path.join(siteDir, SERVICE_WORKER_URL.slice(1)),
    globDirectory: siteDir,
    // The shell is listed explicitly (precacheEntries), not by patterns.
    globPatterns: [],
    additionalManifestEntries: precacheEntries(siteDir, files),
    // Queries never change a file of a static site: /_astro/x.css?v=1 is the precached file.
    ignoreURLParametersMatching: [/./],
    // A page's address ("/kontak/") never matches the precached copy ("/kontak/index.html"):
    // pages go to the network first (route 2), the copy is for when it fails.
    directoryIndex: null,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    // Phones that can install a service worker run Chromium 80 or newer; older targets add polyfills.
    babelPresetEnvTargets: ['chrome >= 80', 'firefox >= 78', 'safari >= 14'],
    // A new version takes over at once: pages come from the network anyway, so nothing the reader
    // sees changes, and the offline copies are the new version's from then on. On the first
    // visit the worker takes charge at once too, so pages opened next are kept.
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        urlPattern: isNavigation,
        handler: 'NetworkFirst',
        options: {
          cacheName: CACHE_NAMES.visited,
          networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
          // Order matters: the newest copy is chosen before it is marked as a copy.
          plugins: [ignoreQuery, datedCopies, newestCopy, markSavedCopy, keepPageAssets, announceNewerCopy],
          expiration: { maxEntries: MAX_VISITED_PAGES },
          precacheFallback: { fallbackURL: urlToFile(OFFLINE_PAGE_URL) },
        },
      },
      { urlPattern: isBundle, handler: 'CacheFirst', options: { cacheName: CACHE_NAMES.assets } },
      { urlPattern: isHashedSearchFile, handler: 'CacheFirst', options: { cacheName: CACHE_NAMES.search, plugins: [lookInSavedPackage] } },
      {
        urlPattern: isSearchFile,
        handler: 'NetworkFirst',
        options: { cacheName: CACHE_NAMES.search, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS, plugins: [ignoreQuery, preferSavedPackage] },
      },
    ],
  };
}
