/**
 * One page of each type, picked from what was built: the benchmark measures them, the privacy
 * test opens them. A type that has not been built yet is simply absent from the list.
 */
import { htmlFile, sitemapPaths } from './built-site.ts';

export interface PageOfType {
  /** Short English key used in tests and the report. */
  type: string;
  /** What the page is, in the report's words. */
  label: string;
  path: string;
}

const firstMatching = (paths: string[], pattern: RegExp) => paths.find((p) => pattern.test(p));

/** The directory pages under /desa/, by depth: the deepest are villages, one level up kecamatan. */
function directoryLevels(paths: string[]) {
  const depth = (p: string) => p.split('/').filter(Boolean).length;
  // Print views of a village (poster, cetak) are not directory levels.
  const directory = paths.filter((p) => p.startsWith('/desa/') && depth(p) > 1 && !/\/(poster|cetak)\/$/.test(p));
  const deepest = Math.max(0, ...directory.map(depth));
  return {
    district: directory.find((p) => depth(p) === deepest - 1),
    village: directory.find((p) => depth(p) === deepest),
  };
}

/** The first lesson in the sitemap, or undefined before any lesson exists. */
export function firstLesson(paths: string[]): string | undefined {
  return firstMatching(paths, /^\/pelajaran\/[^/]+\/$/);
}

/** Every lesson page path (/pelajaran/<slug>/). */
export function lessonPaths(paths: string[]): string[] {
  return paths.filter((p) => /^\/pelajaran\/[^/]+\/$/.test(p));
}

/**
 * The lesson's companion views (slides, print handout, facilitator guide), when built;
 * they may be kept out of the sitemap, so they are looked up on disk.
 */
export function lessonViews(lesson: string, dir?: string): { view: string; path: string }[] {
  return (['presentasi', 'cetak', 'catatan'] as const)
    .map((view) => ({ view, path: `${lesson}${view}/` }))
    .filter(({ path }) => htmlFile(path, dir));
}

/** One built page of each type, in a fixed order. */
export function pagesByType(dir?: string): PageOfType[] {
  const paths = sitemapPaths(dir);
  const built = (path: string | undefined) => (path && htmlFile(path, dir) ? path : undefined);
  const lesson = firstLesson(paths);
  const { district, village } = directoryLevels(paths);
  const candidates: [string, string, string | undefined][] = [
    ['home', 'Beranda', '/'],
    ['lesson', 'Pelajaran', lesson],
    ['slides', 'Presentasi', lesson && `${lesson}presentasi/`],
    ['handout', 'Lembar cetak', lesson && `${lesson}cetak/`],
    ['guide', 'Catatan fasilitator', lesson && `${lesson}catatan/`],
    ['journey', 'Langkah resmi', firstMatching(paths, /^\/langkah\/[^/]+\/$/)],
    ['offer-check', 'Cek tawaran', '/cek-tawaran/'],
    ['directory', 'Daftar desa', '/desa/'],
    ['district', 'Kecamatan', district],
    ['village', 'Desa', village],
    ['poster', 'Poster desa', firstMatching(paths, /^\/desa\/.*\/poster\/$/) ?? (village && `${village}poster/`)],
    ['contacts', 'Kontak', '/kontak/'],
    ['search', 'Cari', '/cari/'],
    ['about', 'Tentang', '/tentang/'],
  ];
  return candidates.flatMap(([type, label, path]) => (built(path) ? [{ type, label, path: path! }] : []));
}
