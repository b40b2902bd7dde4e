/**
 * The fact and law registers, the offer check and the page texts as pages read them, loaded once
 * per build (module-level caches, like ./data.ts). Astro-bound: pages and components only.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Fact } from '../schemas/fact.ts';
import type { Law } from '../schemas/law.ts';
import { PAGE_SCHEMAS, type PageData, type PageId } from '../schemas/page.ts';
import { plainFactText } from './facts.ts';

let factsCache: Promise<Map<string, Fact>> | undefined;
/** content/fakta by id. */
export function getFacts(): Promise<Map<string, Fact>> {
  factsCache ??= getCollection('fakta').then((all) => new Map(all.map((entry) => [entry.id, entry.data])));
  return factsCache;
}

let lawsCache: Promise<Map<string, Law>> | undefined;
/** content/hukum by id. */
export function getLaws(): Promise<Map<string, Law>> {
  lawsCache ??= getCollection('hukum').then((all) => new Map(all.map((entry) => [entry.id, entry.data])));
  return lawsCache;
}

/** One fact; a missing id stops the build (the content check names the file and line first). */
export async function getFact(id: string): Promise<Fact> {
  const fact = (await getFacts()).get(id);
  if (!fact) throw new Error(`Fakta "${id}" tidak ada di content/fakta`);
  return fact;
}

/** A text with `{fakta:id}` replaced by the bare values: for titles, descriptions and attributes. */
export async function plainText(text: string): Promise<string> {
  return plainFactText(text, await getFacts());
}

/** The offer check of /cek-tawaran/. */
export async function getOfferCheck() {
  const entry = await getEntry('cekTawaran', 'cek-tawaran');
  if (!entry) throw new Error('content/cek-tawaran.yaml tidak terbaca');
  return entry.data;
}

/** A page's texts from content/halaman/<id>.yaml, read with that page's schema. */
export async function getPage<K extends PageId>(id: K): Promise<PageData<K>> {
  const entry = await getEntry('halaman', id);
  if (!entry) throw new Error(`content/halaman/${id}.yaml tidak ada`);
  return PAGE_SCHEMAS[id].parse(entry.data) as PageData<K>;
}
