/**
 * The query table (tests/fixtures/search-queries.ts) against the built index. It runs the site's
 * own pagefind.js in Node (tests/helpers/search-node.ts), not in a browser: one load, then each
 * query takes milliseconds. It lives with the browser tests because it needs the build that
 * `npm test` makes before them; a unit test would have to build the site a second time.
 */
import { test, expect } from '@playwright/test';
import { outDir } from '../../scripts/lib/built-site.ts';
import strings from '../../src/i18n/id.json' with { type: 'json' };
import { TOPICS } from '../../src/schemas/topics.ts';
import { CHROME_ONLY_QUERIES, SEARCH_QUERIES } from '../fixtures/search-queries.ts';
import { loadSiteSearch, type NodeSearch } from '../helpers/search-node.ts';

let search: NodeSearch;
test.beforeAll(async () => {
  search = await loadSiteSearch(outDir());
});

for (const { query, page, rank, why } of SEARCH_QUERIES) {
  test(`"${query}" → ${page}${rank === 1 ? ' first' : ' in the top three'}`, async () => {
    const found = (await search.search(query, { limit: rank })).map((result) => result.url);
    expect(found, `hasil teratas untuk "${query}"${why ? ` (${why})` : ''}`).toContain(page);
  });
}

test('words only in the header, footer or exit button find nothing', async () => {
  for (const query of CHROME_ONLY_QUERIES) {
    // The about page may explain these things (cookies, the exit button) in its own words.
    const found = (await search.search(query)).map((result) => result.url).filter((url) => url !== '/tentang/');
    expect(found, `"${query}"`).toEqual([]);
  }
});

test('the topic filter on /cari/ offers exactly the values the pages carry', async () => {
  const labels = TOPICS.map((topic) => strings[`topik.${topic}` as keyof typeof strings]);
  let tagged = 0;
  for (const kind of ['Pelajaran', 'Langkah']) tagged += (await search.api.search(null, { filters: { jenis: kind } })).results.length;
  let byTopic = 0;
  for (const label of labels) byTopic += (await search.api.search(null, { filters: { topik: label } })).results.length;
  expect(tagged).toBeGreaterThan(0);
  expect(byTopic, 'pelajaran dan langkah yang ditemukan lewat filter topik').toBe(tagged);
});

test('every search word an editor added finds its page, and is never shown in the excerpt', async () => {
  const tagged = [];
  for (const kind of ['Pelajaran', 'Langkah', 'Kontak']) {
    for (const result of (await search.api.search(null, { filters: { jenis: kind } })).results) {
      const data = await result.data();
      if (data.meta.kataKunci) tagged.push(data);
    }
  }
  expect(tagged.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const page of tagged) {
    const text = page.content.toLocaleLowerCase('id');
    const words = page.meta.kataKunci!.split(', ');
    // Rendered into the page (even hidden), the list would sit in the text word after word.
    const escape = (word: string) => word.toLocaleLowerCase('id').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (words.length >= 3 && new RegExp(words.slice(0, 3).map(escape).join('[\\s,;·]*')).test(text)) problems.push(`kata kunci tercetak di ${page.url}`);
    // Words the page itself does not contain: only the metadata can find the page by them.
    const hiddenWords = words.filter((word) => !text.includes(word.toLocaleLowerCase('id')));
    for (const word of hiddenWords) {
      const hits = await Promise.all((await search.api.search(word)).results.map((result) => result.data()));
      const hit = hits.find((data) => data.url === page.url);
      if (!hit) problems.push(`"${word}" tidak menemukan ${page.url}`);
      else if (hit.excerpt.toLocaleLowerCase('id').includes(word.toLocaleLowerCase('id'))) problems.push(`"${word}" tampil di cuplikan ${page.url}`);
    }
  }
  expect(problems).toEqual([]);
});

test('every lesson and journey page is in the index with its kind', async () => {
  for (const kind of ['Pelajaran', 'Langkah', 'Desa', 'Kontak']) {
    const pages = await search.search(null, { filters: { jenis: kind }, limit: 1 });
    expect(pages.map((p) => p.kind), kind).toEqual([kind]);
  }
});
