/**
 * Content lookups shared by pages, computed once per build (module-level caches): the site
 * settings, contacts by id, the emergency numbers, and the directory with its addresses.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { districtUrl, isMultiRegency, villageUrl } from './area.ts';

export type Contact = CollectionEntry<'kontak'>;
export type Officer = CollectionEntry<'pimpasa'>;

export async function getSite() {
  const entry = await getEntry('situs', 'situs');
  if (!entry) throw new Error('content/situs.yaml tidak terbaca');
  return entry.data;
}

let contactsCache: Promise<Map<string, Contact>> | undefined;
export function getContacts(): Promise<Map<string, Contact>> {
  contactsCache ??= getCollection('kontak').then(
    (all) => new Map(all.sort((a, b) => a.data.urutan - b.data.urutan || a.data.nama.localeCompare(b.data.nama)).map((c) => [c.id, c])),
  );
  return contactsCache;
}

/** Contacts by id, in the order given; a missing id is a build error (the content check reports it first). */
export async function contactsById(ids: readonly string[]): Promise<Contact[]> {
  const all = await getContacts();
  return ids.map((id) => {
    const contact = all.get(id);
    if (!contact) throw new Error(`Kontak "${id}" tidak ada di content/kontak`);
    return contact;
  });
}

/** The numbers shown in every footer and at every "Jika terjadi" point. */
export async function emergencyContacts(): Promise<Contact[]> {
  return [...(await getContacts()).values()].filter((c) => c.data.darurat);
}

export interface DirectoryVillage {
  entry: CollectionEntry<'desa'>;
  url: string;
}
export interface DirectoryDistrict {
  entry: CollectionEntry<'kecamatan'>;
  url: string;
  officer?: Officer;
  villages: DirectoryVillage[];
}

let directoryCache: Promise<{ districts: DirectoryDistrict[]; multiRegency: boolean }> | undefined;
/** Every kecamatan with its address, officer and villages, sorted by code. */
export function getDirectory() {
  directoryCache ??= (async () => {
    const [districts, villages, officers] = await Promise.all([getCollection('kecamatan'), getCollection('desa'), getCollection('pimpasa')]);
    const multiRegency = isMultiRegency(districts.map((d) => d.data));
    const officerByDistrict = new Map(officers.map((o) => [o.data.kecamatan, o]));
    const villagesByDistrict = new Map<string, CollectionEntry<'desa'>[]>();
    for (const village of villages) {
      const list = villagesByDistrict.get(village.data.kecamatan) ?? [];
      list.push(village);
      villagesByDistrict.set(village.data.kecamatan, list);
    }
    const result = districts
      .sort((a, b) => a.data.kode.localeCompare(b.data.kode))
      .map((district) => ({
        entry: district,
        url: districtUrl(district.data, multiRegency),
        officer: officerByDistrict.get(district.data.kode),
        villages: (villagesByDistrict.get(district.data.kode) ?? [])
          .sort((a, b) => a.data.nama.localeCompare(b.data.nama, 'id'))
          .map((entry) => ({ entry, url: villageUrl(district.data, entry.data, multiRegency) })),
      }));
    return { districts: result, multiRegency };
  })();
  return directoryCache;
}
