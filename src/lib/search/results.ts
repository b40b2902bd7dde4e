/**
 * What a search result shows: its title, what kind of page it is, and one line about it.
 * The line is the page's own summary (its meta description, captured as `ringkasan`), never
 * the search words, so results stay clean; pages without a summary fall back to Pagefind's
 * excerpt, as plain text.
 */
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

export function toResultView(data: PagefindResultData): ResultView {
  const summary = data.meta.ringkasan?.trim() || plainExcerpt(data.excerpt);
  return {
    url: data.url,
    title: data.meta.title?.trim() || data.url,
    kind: pageKind(data.url, data.filters?.jenis),
    summary,
  };
}

/** Fills "{count} hasil untuk “{query}”"-style strings. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
