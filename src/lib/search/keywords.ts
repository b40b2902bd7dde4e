/**
 * The words each page is found by without showing them: the editors' `kataKunci` of lessons and
 * journeys, plus the site-wide synonyms (./synonyms.ts). Rendered by
 * src/components/search/SearchKeywords.astro into the page head as Pagefind metadata.
 *
 * Why metadata: since Pagefind 1.5 every `data-pagefind-meta` field is searched like body text
 * (stemmed, ranked, title boosted 5x) but it is never part of the excerpt, and the search UI only
 * shows the metadata it asks for. A hidden element in the body would be indexed too, but its words
 * would leak into excerpts; a custom record (`addCustomRecord`) would be a second, separate result
 * for the same page. Checked by tests/unit/search-index.test.ts.
 */
import { getCollection } from 'astro:content';
import { PAGE_SYNONYMS } from './synonyms.ts';

/** The metadata field the words are stored under (never displayed). */
export const KEYWORDS_META = 'kataKunci';

let keywordsCache: Promise<Map<string, string[]>> | undefined;

/** Page address → words, built once per build. */
function keywordsByPage(): Promise<Map<string, string[]>> {
  keywordsCache ??= (async () => {
    const [lessons, journeys] = await Promise.all([getCollection('pelajaran'), getCollection('langkah')]);
    const byPage = new Map<string, string[]>(Object.entries(PAGE_SYNONYMS).map(([page, words]) => [page, [...words]]));
    const add = (page: string, words: readonly string[]) => byPage.set(page, [...(byPage.get(page) ?? []), ...words]);
    for (const lesson of lessons) add(`/pelajaran/${lesson.id}/`, lesson.data.kataKunci);
    for (const journey of journeys) add(`/langkah/${journey.id}/`, journey.data.kataKunci);
    return byPage;
  })();
  return keywordsCache;
}

/** The search words for a page, without duplicates (case-insensitive), in the editors' order. */
export async function searchKeywordsFor(pathname: string): Promise<string[]> {
  const words = (await keywordsByPage()).get(pathname) ?? [];
  return uniqueWords(words);
}

export function uniqueWords(words: readonly string[]): string[] {
  const seen = new Set<string>();
  return words
    .map((word) => word.trim())
    .filter((word) => {
      const key = word.toLocaleLowerCase('id');
      if (!word || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
