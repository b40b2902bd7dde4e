/**
 * Where editors' content lives. KONTEN_DIR points the whole site at another content folder:
 * the national-scale benchmark and the editor-workflow tests build from a copy.
 */
import path from 'node:path';

export const CONTENT_ROOT = path.resolve(process.env.KONTEN_DIR ?? 'content');

export const CONTENT_DIRS = {
  lessons: 'pelajaran',
  journeys: 'langkah',
  areas: 'wilayah',
  officers: 'pimpasa',
  contacts: 'kontak',
  facts: 'fakta',
  laws: 'hukum',
  pages: 'halaman',
} as const;

export const SITE_FILE = 'situs.yaml';
/** The questions and texts of "Cek tawaran kerja". */
export const OFFER_FILE = 'cek-tawaran.yaml';

/** Absolute path of a content folder under a content root. */
export function contentDir(kind: keyof typeof CONTENT_DIRS, root = CONTENT_ROOT): string {
  return path.join(root, CONTENT_DIRS[kind]);
}
