/** The search words of one page, by its address; the table is built once per build. */
import { getCollection } from 'astro:content';
import { keywordsByPage } from './keywords.ts';
import { getPage } from '../registers.ts';

let table: Promise<Map<string, string[]>> | undefined;

export async function searchKeywordsFor(pathname: string): Promise<string[]> {
  table ??= Promise.all([getCollection('pelajaran'), getCollection('langkah'), getPage('pencarian')]).then(([lessons, journeys, words]) =>
    keywordsByPage(lessons, journeys, words.sinonim),
  );
  return (await table).get(pathname) ?? [];
}
