/**
 * What a search result shows: its title, what kind of page it is, and one line about it.
 * The line is the page's own summary (its meta description, captured as `ringkasan`), never
 * the search words, so results stay clean. Pagefind's excerpt (as plain text) is shown instead
 * when the page has no summary, and on a directory page whose title and summary lack a
 * searched word: a kabupaten page found by the name of one of its villages (national builds
 * index no village pages, see ./index-scope.ts) then shows that name, and its link scrolls to
 * it (a text fragment, `#:~:text=`).
 */
import { foldText } from '../slug.ts';
import { PAGE_KINDS, type PageKind } from './params.ts';
import type { PagefindResultData } from './pagefind-api.ts';

export interface ResultView {
  url: string;
  title: string;
  /** "Pelajaran", "Langkah", "Desa", "Kontak", or undefined for any other page. */
  kind?: PageKind;
  summary: string;
}

const KIND_BY_SECTION: Record<string, PageKind> = {
  pelajaran: 'Pelajaran',
  langkah: 'Langkah',
  desa: 'Desa',
  kontak: 'Kontak',
};

/** The page kind from its `jenis` filter, or from its first path segment when the filter is missing. */
export function pageKind(url: string, jenis?: readonly string[]): PageKind | undefined {
  const tagged = jenis?.find((value): value is PageKind => (PAGE_KINDS as readonly string[]).includes(value));
  if (tagged) return tagged;
  const section = new URL(url, 'https://x.invalid').pathname.split('/')[1] ?? '';
  return KIND_BY_SECTION[section];
}

/** Pagefind's excerpt without its <mark> tags and entities, as text. */
export function plainExcerpt(excerpt: string): string {
  return excerpt
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The searched words, folded like page text (lower case, no accents); one-letter words dropped. */
export function queryWords(query: string): string[] {
  return foldText(query)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1);
}

/** Words every directory page is full of: a match on them says nothing about which place was meant. */
const AREA_WORDS = new Set(['desa', 'kelurahan', 'kecamatan', 'kabupaten', 'kota', 'provinsi']);

/**
 * The highlighted words of an excerpt to link to, as plain text: the first that holds one of
 * `wanted` other than an area word ("Berok" for "kelurahan berok", not "(Kelurahan"); none when
 * the page was found by its hidden search words ("daftar desa" on /desa/).
 */
function markToLink(excerpt: string, wanted: readonly string[]): string | undefined {
  const marks = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => plainExcerpt(match[1]!).replace(/^[(]+|[.,;:!?)]+$/g, '')).filter(Boolean);
  const telling = wanted.filter((word) => !AREA_WORDS.has(word));
  return marks.find((mark) => telling.some((word) => foldText(mark).includes(word)));
}

export function toResultView(data: PagefindResultData, query = ''): ResultView {
  const title = data.meta.title?.trim() || data.url;
  const kind = pageKind(data.url, data.filters?.jenis);
  const ownSummary = data.meta.ringkasan?.trim();
  const shown = foldText(`${title} ${ownSummary ?? ''}`);
  // Every searched word must be in the title or summary: "desa beluluk" on a kabupaten page is
  // explained by neither, although its summary says "desa".
  const unexplained = queryWords(query).filter((word) => !shown.includes(word));
  const explained = unexplained.length === 0;
  const marked = markToLink(data.excerpt, unexplained);
  if (ownSummary && (kind !== 'Desa' || explained || !marked)) return { url: data.url, title, kind, summary: ownSummary };
  const fragment = kind === 'Desa' && marked ? `#:~:text=${encodeURIComponent(marked)}` : '';
  return { url: `${data.url}${fragment}`, title, kind, summary: plainExcerpt(data.excerpt) };
}

