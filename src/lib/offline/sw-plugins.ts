/**
 * Workbox plugins the generated service worker uses. Workbox's `generateSW` copies each function
 * into sw.js as source text (Function.prototype.toString), so every function here must stand
 * alone: no imports, no variables from outside its own body — only the service worker's globals
 * (caches, fetch, URL, self). The cache names, the `data-salinan` attribute and the message
 * type are therefore written out; tests/unit/offline-sw.test.ts runs these functions against
 * fake caches and checks them against the names in ./caches.ts, so a mismatch fails there.
 */
import type { WorkboxPlugin } from 'workbox-core/types.js';

/**
 * A Pagefind index file the search cache does not hold may be in the package the reader saved
 * ("Simpan untuk offline").
 */
export const lookInSavedPackage: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse, request }) => {
    if (cachedResponse) return cachedResponse;
    const saved = await (await caches.open('dbi-simpanan')).match(request);
    return saved ?? null;
  },
};

/**
 * A page the network cannot deliver (no signal, or slower than the timeout): the most recently
 * saved copy on the device, by its `Date` header — from a visit (the route's own cache), from
 * "Simpan untuk offline", or the shell's copy that each new version of the site precaches under
 * the page's file name (`/kontak/index.html`; the precache never answers the page's address
 * itself, so an online reader always gets the network's version first).
 */
export const newestCopy: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse, request }) => {
    const url = new URL(request.url);
    const saved = await (await caches.open('dbi-simpanan')).match(request);
    const shell = url.pathname.endsWith('/') ? await caches.match(`${url.pathname}index.html`, { ignoreSearch: true }) : undefined;
    const savedAt = (response: Response) => Date.parse(response.headers.get('date') ?? '') || 0;
    let newest: Response | null = null;
    for (const copy of [cachedResponse, saved, shell]) if (copy && (!newest || savedAt(copy) > savedAt(newest))) newest = copy;
    return newest;
  },
};

/**
 * A page kept from a visit keeps the time it was fetched in its `Date` header (every web server
 * sends one; a copy without it is stamped now), so a copy shown later can say when it was saved.
 * Only complete answers are kept (status 200), as Workbox does by default.
 */
export const datedCopies: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => {
    if (!response || response.status !== 200) return null;
    if (response.headers.has('date')) return response;
    const headers = new Headers(response.headers);
    headers.set('date', new Date().toUTCString());
    return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
  },
};

/**
 * The last say on a page answered from the device: `<html data-salinan="<ISO time>">`, so the
 * page can tell the reader that they are reading a saved copy, and from when
 * (src/components/offline/saved-copy-notice.ts). Empty when the copy has no date.
 */
export const markSavedCopy: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse }) => {
    if (!cachedResponse || !(cachedResponse.headers.get('content-type') ?? '').includes('text/html')) return cachedResponse ?? null;
    const time = Date.parse(cachedResponse.headers.get('date') ?? '');
    const savedAt = Number.isNaN(time) ? '' : new Date(time).toISOString();
    const html = (await cachedResponse.text()).replace(/<html\b/i, `<html data-salinan="${savedAt}"`);
    const headers = new Headers(cachedResponse.headers);
    headers.delete('content-length');
    headers.delete('content-encoding');
    return new Response(html, { status: cachedResponse.status, statusText: cachedResponse.statusText, headers });
  },
};

/**
 * When the network's answer to a page arrives (in time, or after the copy was shown), it is
 * saved, and the page it was for hears of it: a page showing a copy then offers the newer one
 * ("Muat ulang"); a page that came from the network ignores the message.
 */
export const announceNewerCopy: WorkboxPlugin = {
  cacheDidUpdate: async ({ event, request }) => {
    const fetchEvent = event as { resultingClientId?: string; clientId?: string } | undefined;
    const id = fetchEvent?.resultingClientId || fetchEvent?.clientId;
    if (!id) return;
    const worker = self as unknown as { clients: { get: (id: string) => Promise<{ postMessage: (message: unknown) => void } | undefined> } };
    const client = await worker.clients.get(id);
    client?.postMessage({ type: 'dbi-halaman-terbaru', url: new URL(request.url).pathname });
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
