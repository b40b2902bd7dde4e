/**
 * The words each page is found by without showing them: the editors' `kataKunci` of lessons and
 * journeys, plus the site-wide synonyms (content/halaman/pencarian.yaml). src/components/search/SearchKeywords.astro
 * renders them into the page head as Pagefind metadata.
 *
 * Why metadata: since Pagefind 1.5 every `data-pagefind-meta` field is searched like body text
 * (stemmed, ranked; weights in SEARCH_RANKING) but it is never part of the excerpt, and the
 * search UI shows only the metadata it asks for. A hidden element in the body would be indexed
 * too, but its words would leak into excerpts; a custom record (`addCustomRecord`) would be a
 * second, separate result for the same page. Checked by tests/unit/search-index.test.ts.
 */
/** The metadata field the words are stored under (never displayed). */
export const KEYWORDS_META = 'kataKunci';

interface TaggedEntry {
  id: string;
  data: { kataKunci: readonly string[] };
}

/** Page address → search words, from the lessons, the journeys and the site-wide synonyms (address → words). */
export function keywordsByPage(lessons: readonly TaggedEntry[], journeys: readonly TaggedEntry[], synonyms: Readonly<Record<string, readonly string[]>> = {}): Map<string, string[]> {
  const byPage = new Map<string, string[]>();
  const add = (page: string, words: readonly string[]) => byPage.set(page, uniqueWords([...(byPage.get(page) ?? []), ...words]));
  for (const [page, words] of Object.entries(synonyms)) add(page, words);
  for (const lesson of lessons) add(`/pelajaran/${lesson.id}/`, lesson.data.kataKunci);
  for (const journey of journeys) add(`/langkah/${journey.id}/`, journey.data.kataKunci);
  return byPage;
}

/** Words without blanks or repeats (case-insensitive), in the editors' order. */
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
