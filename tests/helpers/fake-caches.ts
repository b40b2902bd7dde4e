/**
 * An in-memory CacheStorage for unit tests of the offline code (Node has Request and Response but
 * no caches). Matching follows the browser: by URL, ignoring the query with `ignoreSearch`, in
 * one named cache with `cacheName`, else in every cache in creation order.
 */
const ORIGIN = 'http://127.0.0.1';

function urlOf(request: RequestInfo | URL): string {
  const raw = request instanceof Request ? request.url : String(request);
  return new URL(raw, ORIGIN).href;
}

function sameResource(a: string, b: string, ignoreSearch: boolean): boolean {
  if (!ignoreSearch) return a === b;
  const [x, y] = [new URL(a), new URL(b)];
  return x.origin === y.origin && x.pathname === y.pathname;
}

export class FakeCache {
  readonly entries = new Map<string, { body: ArrayBuffer; init: ResponseInit }>();

  async put(request: RequestInfo | URL, response: Response) {
    this.entries.set(urlOf(request), { body: await response.arrayBuffer(), init: { status: response.status, headers: response.headers } });
  }
  async add(request: RequestInfo | URL) {
    await this.put(request, await fetch(urlOf(request)));
  }
  async match(request: RequestInfo | URL, options?: CacheQueryOptions): Promise<Response | undefined> {
    const url = urlOf(request);
    for (const [key, { body, init }] of this.entries) if (sameResource(key, url, Boolean(options?.ignoreSearch))) return new Response(body.slice(0), init);
    return undefined;
  }
  async keys(): Promise<Request[]> {
    return [...this.entries.keys()].map((url) => new Request(url));
  }
  async delete(request: RequestInfo | URL): Promise<boolean> {
    return this.entries.delete(urlOf(request));
  }
}

export class FakeCacheStorage {
  readonly caches = new Map<string, FakeCache>();

  async open(name: string): Promise<FakeCache> {
    if (!this.caches.has(name)) this.caches.set(name, new FakeCache());
    return this.caches.get(name)!;
  }
  async has(name: string) {
    return this.caches.has(name);
  }
  async keys() {
    return [...this.caches.keys()];
  }
  async delete(name: string) {
    return this.caches.delete(name);
  }
  async match(request: RequestInfo | URL, options?: MultiCacheQueryOptions): Promise<Response | undefined> {
    const names = options?.cacheName ? [options.cacheName] : [...this.caches.keys()];
    for (const name of names) {
      const found = await this.caches.get(name)?.match(request, options);
      if (found) return found;
    }
    return undefined;
  }
  /** Puts a text body under a site path, for setting up a test. */
  async seed(cacheName: string, path: string, body: string, contentType = 'text/html') {
    await (await this.open(cacheName)).put(path, new Response(body, { headers: { 'Content-Type': contentType } }));
  }
  /** The site paths (with query) held by a cache. */
  async paths(cacheName: string): Promise<string[]> {
    const cache = this.caches.get(cacheName);
    return cache ? [...cache.entries.keys()].map((url) => { const u = new URL(url); return u.pathname + u.search; }).sort() : [];
  }
  asCacheStorage(): CacheStorage {
    return this as unknown as CacheStorage;
  }
}

export const TEST_ORIGIN = ORIGIN;
