/**
 * The service worker's configuration for Workbox's `generateSW` (called after the build by
 * src/integrations/service-worker.ts). Routes, first match wins:
 *
 * 1. the precache — the shell (./package-files.ts): answered from the device, renewed when a new
 *    version is installed;
 * 2. pages: network first, with a short timeout for a weak signal; then the copy from the last
 *    visit, then the saved offline package, then the offline page;
 * 3. /_astro/ bundles (names carry a content hash): from the device when there, else the network;
 * 4. Pagefind's hashed index files: likewise, also from the saved package;
 * 5. Pagefind's fixed-name files (loader, entry, WebAssembly): network first; offline, the saved
 *    package's copy (it matches the saved index files), else the last one fetched.
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
import { fileToUrl, shellFiles } from './package-files.ts';
import { ignoreQuery, keepPageAssets, lookInSavedPackage, preferSavedPackage } from './sw-plugins.ts';

/** A precache entry: hashed files need no revision, others are revised by a hash of their content. */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

export function precacheEntries(siteDir: string, files?: string[]): PrecacheEntry[] {
  return shellFiles(siteDir, files).map((file) => {
    const url = fileToUrl(file);
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
    // Queries never change a file of a static site: /kontak/?dari=poster is the precached /kontak/.
    ignoreURLParametersMatching: [/./],
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    // Phones that can install a service worker run Chromium 80 or newer; older targets add polyfills.
    babelPresetEnvTargets: ['chrome >= 80', 'firefox >= 78', 'safari >= 14'],
    // The new version waits until the reader presses "Muat ulang" (it sends SKIP_WAITING)...
    skipWaiting: false,
    // ...but on the first visit the worker takes charge at once, so pages opened next are kept.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        urlPattern: isNavigation,
        handler: 'NetworkFirst',
        options: {
          cacheName: CACHE_NAMES.visited,
          networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
          plugins: [ignoreQuery, lookInSavedPackage, keepPageAssets],
          expiration: { maxEntries: MAX_VISITED_PAGES },
          precacheFallback: { fallbackURL: OFFLINE_PAGE_URL },
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
