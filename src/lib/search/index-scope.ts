/**
 * Which built pages go into the search index.
 *
 * Pagefind's first download on every search (`pagefind.<lang>_<hash>.pf_meta`) lists every
 * indexed page, at about 6–9 bytes per page gzipped however small the page. Measured on a
 * national directory build: 614 kB with all 91,061 pages; 46 kB with the 7,299 kecamatan pages;
 * 4.4 kB with the 514 kabupaten pages; against a 150 kB budget for the whole first search. So the
 * directory is indexed from the top down (/desa/, then provinsi, kabupaten, kecamatan, desa),
 * level by level while its searchable pages (those with `data-pagefind-body`) fit in
 * MAX_INDEXED_DIRECTORY_PAGES, and at least down to the first searchable level. Each directory
 * page lists the names of the places below it, so a village is still found by its name: on its
 * own page where villages are indexed (Bangka Tengah, a province), otherwise on the kabupaten or
 * kecamatan page that lists it (the result shows the name, and its link scrolls to it:
 * src/lib/search/results.ts).
 */
import fs from 'node:fs';
import path from 'node:path';

/** Searchable directory pages the index may hold: ~20 kB of the first search's download at most. */
export const MAX_INDEXED_DIRECTORY_PAGES = 3000;

/** Print views below a village page (/desa/…/<desa>/poster/): not directory levels. */
const PRINT_VIEWS = new Set(['poster', 'cetak']);

export interface DirectoryLevel {
  /** Pages at this folder depth below desa/. */
  pages: number;
  /** Whether its pages are marked for search (checked on one page of the level). */
  searchable: boolean;
}

export interface DirectoryShape {
  /** From /desa/ down: [/desa/, kecamatan, desa], or with provinsi and kabupaten levels between. */
  levels: DirectoryLevel[];
  /** How many levels from the top are indexed. */
  indexedLevels: number;
}

const SEARCHABLE = /\sdata-pagefind-body[\s>=]/;

/** The directory's levels below `<site>/desa/`, and how many of them fit in the index. */
export function directoryShape(siteDir: string, maxPages = MAX_INDEXED_DIRECTORY_PAGES): DirectoryShape | undefined {
  const root = path.join(siteDir, 'desa');
  if (!fs.existsSync(root)) return undefined;
  const counts: number[] = [];
  const samples: string[] = [];
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const folders = path.relative(root, entry.parentPath).split(path.sep).filter(Boolean);
    if (PRINT_VIEWS.has(folders.at(-1) ?? '')) continue;
    counts[folders.length] = (counts[folders.length] ?? 0) + 1;
    samples[folders.length] ??= path.join(entry.parentPath, entry.name);
  }
  const levels = Array.from(counts, (pages, depth) => ({
    pages: pages ?? 0,
    searchable: samples[depth] !== undefined && SEARCHABLE.test(fs.readFileSync(samples[depth]!, 'utf8')),
  }));
  let indexedLevels = 0;
  let indexedPages = 0;
  for (const level of levels) {
    const cost = level.searchable ? level.pages : 0;
    if (indexedPages > 0 && indexedPages + cost > maxPages) break;
    indexedPages += cost;
    indexedLevels++;
  }
  return { levels, indexedLevels };
}

/** True when every directory level, down to the village pages, is in the index. */
export function indexesEveryLevel(shape: DirectoryShape | undefined): boolean {
  return !shape || shape.indexedLevels >= shape.levels.length;
}

/**
 * The glob Pagefind reads the site with: every HTML file, or, when the directory is too large,
 * every HTML file outside desa/ and the directory pages of the indexed levels.
 */
export function indexGlob(siteDir: string, shape = directoryShape(siteDir)): string {
  const everything = '**/*.{html}';
  if (!shape || indexesEveryLevel(shape)) return everything;
  const outside = fs
    .readdirSync(siteDir, { withFileTypes: true })
    .filter((entry) => entry.name !== 'desa' && entry.name !== 'pagefind')
    .flatMap((entry) => (entry.isDirectory() ? [`${entry.name}/**/*.html`] : entry.name.endsWith('.html') ? [entry.name] : []));
  const levels = Array.from({ length: shape.indexedLevels }, (_, depth) => ['desa', ...Array<string>(depth).fill('*'), 'index.html'].join('/'));
  return `{${[...outside, ...levels].join(',')}}`;
}
