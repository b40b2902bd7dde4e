/**
 * Astro loaders for the area files (one YAML per kecamatan holding its villages) and the
 * single site-settings file. Both read files the same way the content check does.
 */
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { CONTENT_ROOT, SITE_FILE, contentDir } from './paths.ts';
import { listFiles, readYaml } from './files.ts';

interface RawDistrict {
  kode: string;
  desa?: { kode: string }[];
}

/**
 * The entry's file as Astro's data store wants it: relative to the project, even when KONTEN_DIR
 * lies outside it (/tmp/nasional for the national benchmark); an absolute path is refused there.
 */
function storePath(absolute: string): string {
  return path.relative(process.cwd(), absolute).split(path.sep).join('/');
}

function readDistricts(): { file: string; data: RawDistrict }[] {
  return listFiles(contentDir('areas'), ['.yaml', '.yml']).map((absolute) => {
    const read = readYaml(absolute);
    if (read.syntaxError) throw new Error(`${read.file}:${read.syntaxError.line ?? ''} ${read.syntaxError.message}`);
    return { file: storePath(absolute), data: read.data as RawDistrict };
  });
}

/** Kecamatan, keyed by Kemendagri code. */
export function districtLoader(): Loader {
  return {
    name: 'wilayah-kecamatan',
    load: async ({ store, parseData, generateDigest }) => {
      store.clear();
      for (const { file, data } of readDistricts()) {
        const parsed = await parseData({ id: data.kode, data: data as unknown as Record<string, unknown>, filePath: file });
        store.set({ id: data.kode, data: parsed, digest: generateDigest(data as unknown as Record<string, unknown>), filePath: file });
      }
    },
  };
}

/** Desa and kelurahan, keyed by Kemendagri code, each knowing its kecamatan. */
export function villageLoader(): Loader {
  return {
    name: 'wilayah-desa',
    load: async ({ store, parseData, generateDigest }) => {
      store.clear();
      for (const { file, data } of readDistricts()) {
        for (const village of data.desa ?? []) {
          const record = { ...village, kecamatan: data.kode } as Record<string, unknown>;
          const parsed = await parseData({ id: village.kode, data: record, filePath: file });
          store.set({ id: village.kode, data: parsed, digest: generateDigest(record), filePath: file });
        }
      }
    },
  };
}

/** One YAML file as a one-entry collection: the site settings ("situs"), the offer check ("cek-tawaran"). */
export function singleFileLoader(fileName: string, id: string): Loader {
  return {
    name: id,
    load: async ({ store, parseData, generateDigest }) => {
      store.clear();
      const file = path.join(CONTENT_ROOT, fileName);
      const data = readYaml(file).data as Record<string, unknown>;
      store.set({ id, data: await parseData({ id, data }), digest: generateDigest(data), filePath: storePath(file) });
    },
  };
}

/** The site settings as a one-entry collection with id "situs". */
export const siteLoader = () => singleFileLoader(SITE_FILE, 'situs');
