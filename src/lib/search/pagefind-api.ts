/**
 * The part of Pagefind's browser API (`/pagefind/pagefind.js`) this site uses. Pagefind ships
 * no types for it; these follow its documentation (pagefind.app/docs/api) and are shared by the
 * search element and the Node test helper, which runs the same file.
 */
export interface PagefindOptions {
  /** Search on the main thread: saves downloading pagefind-worker.js (~12 kB) before the first result. */
  noWorker?: boolean;
  /** Words around the match in `excerpt`. */
  excerptLength?: number;
  /** Replaces the cache-busting timestamp on pagefind-entry.json, so a service worker can keep it. */
  metaCacheTag?: string;
  /** Prefix for result URLs. */
  baseUrl?: string;
  /** Where the bundle lives (derived from the module URL when not given). */
  basePath?: string;
  ranking?: {
    termFrequency?: number;
    termSimilarity?: number;
    pageLength?: number;
    termSaturation?: number;
    /** Boost for matches in metadata fields; `title` is 5 by default. */
    metaWeights?: Record<string, number>;
  };
}

export type PagefindFilters = Record<string, string | string[]>;

export interface PagefindResultData {
  url: string;
  /** Plain-text excerpt around the match, with <mark> around matched words. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  content: string;
  word_count: number;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindApi {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy(): Promise<void>;
}

/**
 * Ranking used by the site, in the browser and in the query tests alike. The editors' search
 * words (`kataKunci`) weigh like the title: a resident who types "TKI" means the page an editor
 * tagged with it, more than a page that mentions the word in passing.
 */
export const SEARCH_RANKING: NonNullable<PagefindOptions['ranking']> = {
  metaWeights: { title: 5, kataKunci: 5, ringkasan: 1 },
};
