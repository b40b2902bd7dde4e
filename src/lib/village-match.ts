/**
 * "Cari desa Anda" matching, shared by the browser filter (src/components/directory/VillageFilter.astro
 * imports this module) and the unit tests, so both fold names the same way: through foldText
 * (lower case, no accents — the same folding as the page addresses), with punctuation read as a
 * space, so "kurau timur" finds "Kurau (Timur)" and "belu" finds "Beluluk".
 */
import { foldText } from './slug.ts';

/** The form a name or a query is compared in. */
export function matchKey(text: string): string {
  return foldText(text)
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** True when the query (already a matchKey) is empty or appears anywhere in the name's key. */
export function nameMatches(nameKey: string, queryKey: string): boolean {
  return queryKey === '' || nameKey.includes(queryKey);
}
