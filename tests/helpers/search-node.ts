/**
 * Runs the site's own search bundle (`<site>/pagefind/pagefind.js`, the file browsers load) in
 * Node, so query tests need no browser: `fetch` is taught to read file:// URLs from disk, and the
 * same options as the search page are applied (src/lib/search/pagefind-api.ts).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEARCH_RANKING, type PagefindApi, type PagefindFilters } from '../../src/lib/search/pagefind-api.ts';
import { toResultView, type ResultView } from '../../src/lib/search/results.ts';

let fileFetchInstalled = false;

function installFileFetch() {
  if (fileFetchInstalled) return;
  fileFetchInstalled = true;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    if (url.protocol !== 'file:') return networkFetch(input, init);
    try {
      return new Response(await fs.readFile(url), { status: 200 });
    } catch {
      return new Response('', { status: 404 });
    }
  };
}

export interface NodeSearch {
  /** Full result views (title, kind, summary, url) of the first `limit` results. */
  search(query: string | null, options?: { filters?: PagefindFilters; limit?: number }): Promise<ResultView[]>;
  /** The raw API, for details the views leave out (excerpts, metadata). */
  api: PagefindApi;
}

/** Loads the search bundle of a built site (e.g. dist/) for searching from Node. */
export async function loadSiteSearch(siteDir: string): Promise<NodeSearch> {
  installFileFetch();
  const bundle = path.resolve(siteDir, 'pagefind');
  // A query string makes each site's bundle a separate module instance.
  const api = (await import(`${pathToFileURL(path.join(bundle, 'pagefind.js')).href}?site=${encodeURIComponent(bundle)}`)) as PagefindApi;
  await api.options({ basePath: `${pathToFileURL(bundle).href}/`, baseUrl: '/', ranking: SEARCH_RANKING, excerptLength: 24 });
  await api.init();
  return {
    api,
    async search(query, { filters = {}, limit = 5 } = {}) {
      const found = await api.search(query, { filters });
      const data = await Promise.all(found.results.slice(0, limit).map((result) => result.data()));
      return data.map((item) => toResultView(item, query ?? ''));
    },
  };
}
