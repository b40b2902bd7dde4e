/**
 * Builds the Pagefind index of a built site through Pagefind's Node API. Used by the
 * `astro:build:done` hook (src/integrations/pagefind.ts) and by the tests that index small
 * fixtures. Any error Pagefind reports at any step is thrown, so a broken index fails the
 * build instead of shipping a search that finds nothing.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { directoryShape, indexGlob } from './index-scope.ts';

/**
 * Pagefind writes one fragment file per page by default; `maxFragments` bundles them into
 * shared files above this many pages. Measured on a national-size build: with every village
 * page indexed (91,061 pages) 91,280 files by default, 4,179 bundled into 4,000. Bundling is not
 * free: every page's entry in the index metadata grows and a result fetches its whole bundle
 * (7,299 kecamatan pages: 7,339 files and 155 kB for a first search unbundled, 1,865 files and
 * 183 kB bundled into 2,000). ./index-scope.ts keeps the index small instead (Bangka Tengah
 * ~85 pages, ~95 files; national with searchable kabupaten pages ~530 pages, ~555 files), so
 * this only acts as a backstop that keeps the file count in the low thousands.
 */
export const MAX_FRAGMENT_FILES = 2000;

/**
 * Pagefind ships three ready-made UIs and a highlighter beside its search library. This site
 * uses only `pagefind.js` (and its WebAssembly) under its own small search element, so the
 * others are removed from the output: fewer files to host, nothing anyone could load by mistake.
 */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * Blocks inside page content that repeat from page to page, or are controls rather than text:
 * left out of the index so they neither bloat every page's index entry and fragment nor pull
 * pages up for words that are not theirs ("110" should find the contacts page, not every lesson
 * that lists the police). Components should mark such blocks with `data-pagefind-ignore`
 * themselves; these are the ones that did not yet (checked by tests/e2e/search-queries.spec.ts).
 */
export const REPEATED_BLOCKS = [
  // A lesson's "Siapa yang bisa dihubungi" cards: the same cards as on /kontak/.
  '.lesson__contacts',
  // Source lists: titles of news articles, "Diakses <date>" on every line.
  '.source-list',
  // The quiz restates the lesson, with the same button labels in every lesson.
  '.quiz',
  // A journey step's "related lessons" and "whom to call" lines: links to other pages.
  '.step-nav__related',
  // The step-by-step buttons ("Tampilkan semua langkah", "Tampilkan" on every step).
  '.step-nav__controls',
  '.step-nav__toggle',
];

export interface SearchIndexReport {
  /** HTML files Pagefind read. */
  filesRead: number;
  /** Pages in the index: those with `data-pagefind-body` (or every page when no page has it). */
  pageCount: number;
  /** Directory levels indexed (/desa/ = 1, then provinsi/kabupaten/kecamatan/desa), of how many (see ./index-scope.ts). */
  directoryLevels?: { indexed: number; total: number };
  /** Files in the written bundle folder, after removing the unused UIs. */
  fileCount: number;
  /** Where the bundle was written. */
  outputPath: string;
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind gagal saat ${step}:\n  - ${errors.join('\n  - ')}`);
}

/** Indexed pages per language, as Pagefind records them in its entry file. */
async function indexedPages(outputPath: string): Promise<number> {
  const entry = JSON.parse(await fs.readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

async function countFiles(dir: string): Promise<number> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).length;
}

export interface SearchIndexOptions {
  /** Where to write the bundle (default `<siteDir>/pagefind`). */
  outputPath?: string;
  /** For measurements and tests; the site always uses MAX_FRAGMENT_FILES. */
  maxFragments?: number;
  /** For measurements and tests; the site always uses MAX_INDEXED_DIRECTORY_PAGES. */
  maxDirectoryPages?: number;
}

/** Indexes the HTML files below `siteDir` (see ./index-scope.ts) and writes the bundle to `<siteDir>/pagefind/`. */
export async function buildSearchIndex(
  siteDir: string,
  { outputPath = path.join(siteDir, 'pagefind'), maxFragments = MAX_FRAGMENT_FILES, maxDirectoryPages }: SearchIndexOptions = {},
): Promise<SearchIndexReport> {
  try {
    const created = await pagefind.createIndex({
      // The site is Indonesian only: one index with Indonesian stemming, even if a page forgot <html lang>.
      forceLanguage: 'id',
      excludeSelectors: REPEATED_BLOCKS,
      maxFragments,
    });
    if (created.errors.length > 0 || !created.index) fail('membuat indeks', created.errors.length ? created.errors : ['tidak ada indeks']);
    const { index } = created;

    const shape = directoryShape(siteDir, maxDirectoryPages);
    const added = await index.addDirectory({ path: siteDir, glob: indexGlob(siteDir, shape) });
    if (added.errors.length > 0) fail(`membaca ${siteDir}`, added.errors);
    if (added.page_count === 0) fail(`membaca ${siteDir}`, ['tidak ada halaman yang diindeks (tidak ada file HTML?)']);

    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) fail(`menulis ${outputPath}`, written.errors);

    await Promise.all(UNUSED_BUNDLE_FILES.map((file) => fs.rm(path.join(outputPath, file), { force: true })));
    return {
      filesRead: added.page_count,
      pageCount: await indexedPages(outputPath),
      directoryLevels: shape && { indexed: shape.indexedLevels, total: shape.levels.length },
      fileCount: await countFiles(outputPath),
      outputPath,
    };
  } finally {
    await pagefind.close();
  }
}
