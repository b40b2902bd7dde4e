/**
 * Workbox plugins the generated service worker uses. Workbox's `generateSW` copies each function
 * into sw.js as source text (Function.prototype.toString), so every function here must stand
 * alone: no imports, no variables from outside its own body — only the service worker's globals
 * (caches, fetch, URL). The cache names are therefore written out; tests/unit/offline-sw.test.ts
 * runs these functions against fake caches named from ./caches.ts, so a mismatch fails there.
 */
import type { WorkboxPlugin } from 'workbox-core/types.js';

/**
 * A page or search file the network cannot deliver (no signal, or slower than the timeout) and
 * the route's own cache does not hold may be in the package the reader saved ("Simpan untuk
 * offline"). Used for pages (a newer copy from a visit comes first) and for Pagefind's hashed files.
 */
export const lookInSavedPackage: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse, request }) => {
    if (cachedResponse) return cachedResponse;
    const saved = await (await caches.open('dbi-simpanan')).match(request);
    return saved ?? null;
  },
};

/**
 * For Pagefind's fixed-name files (loader, entry, WebAssembly), the saved copy comes first when
 * the network fails. The saved entry file names exactly the saved index files; one fetched later
 * by an online search after a new version may name index files this device never downloaded,
 * and search would fail offline.
 */
export const preferSavedPackage: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse, request }) => {
    const saved = await (await caches.open('dbi-simpanan')).match(request);
    return saved ?? cachedResponse ?? null;
  },
};

/**
 * When a page is cached, its styles and scripts are copied from the precache into the assets
 * cache. A new version of the site replaces the precache; pages cached before still name the
 * old bundle files, and find them here instead of showing up unstyled offline.
 */
export const keepPageAssets: WorkboxPlugin = {
  cacheDidUpdate: async ({ newResponse }) => {
    const html = await newResponse.clone().text();
    const urls = new Set(html.match(/\/_astro\/[^"'\s)>?#]+/g) ?? []);
    const assets = await caches.open('dbi-aset');
    for (const url of urls) {
      if (await assets.match(url)) continue;
      const copy = await caches.match(url);
      if (copy) await assets.put(url, copy);
    }
  },
};

/**
 * Cache keys without the query: on a static site the query never changes a file. Pagefind asks
 * for `pagefind-entry.json?ts=<now>` so that HTTP caches never answer; without the `ts`, the copy
 * saved yesterday answers today's request offline, and each search replaces that one copy
 * instead of adding another. Likewise /cari/?q=paspor (what the header search box opens) is the
 * saved /cari/ page.
 */
export const ignoreQuery: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    if (!url.search) return request;
    url.search = '';
    return url.href;
  },
};
