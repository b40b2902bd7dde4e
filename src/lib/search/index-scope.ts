/**
 * Which built pages go into the search index.
 *
 * Pagefind's first download on every search (`pagefind.<lang>_<hash>.pf_meta`) lists every
 * indexed page, at about 6–9 bytes per page gzipped however small the page. Measured on a
 * national directory build: 614 kB with all 91,061 pages, 41–67 kB with the 7,299 kecamatan
 * pages, against a 150 kB budget for the whole first search. So the directory is indexed from
 * the top down (/desa/, then provinsi, kabupaten, kecamatan, desa), as many levels as fit in
 * MAX_INDEXED_DIRECTORY_PAGES. The lowest indexed level lists the names of everything below it,
 * so a village is still found by its name: through its own page where villages are indexed
 * (Bangka Tengah, any one province up to a few thousand villages), otherwise through the
 * kecamatan or kabupaten page that lists it (the result shows the name and the link scrolls to
 * it, src/lib/search/results.ts).
 */
import fs from 'node:fs';
import path from 'node:path';

/** Directory pages the index may hold: ~20 kB of the first search's download at most. */
export const MAX_INDEXED_DIRECTORY_PAGES = 3000;

/** Print views below a village page (/desa/…/<desa>/poster/): not directory levels. */
const PRINT_VIEWS = new Set(['poster', 'cetak']);

export interface DirectoryShape {
  /** Pages per folder depth below desa/: [1 (/desa/), kecamatan…, desa…] or with provinsi and kabupaten levels. */
  pagesPerLevel: number[];
  /** How many levels from the top are indexed. */
  indexedLevels: number;
}

/** Page counts per folder depth below `<site>/desa/`, and how many levels fit in the index. */
export function directoryShape(siteDir: string, maxPages = MAX_INDEXED_DIRECTORY_PAGES): DirectoryShape | undefined {
  const root = path.join(siteDir, 'desa');
  if (!fs.existsSync(root)) return undefined;
  const pagesPerLevel: number[] = [];
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const folders = path.relative(root, entry.parentPath).split(path.sep).filter(Boolean);
    if (PRINT_VIEWS.has(folders.at(-1) ?? '')) continue;
    pagesPerLevel[folders.length] = (pagesPerLevel[folders.length] ?? 0) + 1;
  }
  let indexedLevels = 0;
  let pages = 0;
  for (const count of pagesPerLevel) {
    pages += count ?? 0;
    // The top two levels are always indexed, so the directory can always be found.
    if (pages > maxPages && indexedLevels >= 2) break;
    indexedLevels++;
  }
  return { pagesPerLevel: Array.from(pagesPerLevel, (count) => count ?? 0), indexedLevels };
}

/** True when every directory level, down to the village pages, is in the index. */
export function indexesEveryLevel(shape: DirectoryShape | undefined): boolean {
  return !shape || shape.indexedLevels >= shape.pagesPerLevel.length;
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
