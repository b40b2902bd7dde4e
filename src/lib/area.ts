/**
 * Addresses of the directory pages. One kabupaten: /desa/<kecamatan>/<desa>/. An area larger
 * than one kabupaten (a province, the whole country): /desa/<provinsi>/<kabupaten>/<kecamatan>/<desa>/,
 * so kecamatan with the same name in different kabupaten never collide; /desa/<provinsi>/ and
 * /desa/<provinsi>/<kabupaten>/ then list what is below them.
 *
 * Two villages of one kecamatan with the same official name (Kemendagri has 16 such pairs, e.g.
 * Kelurahan Oesao 53.01.06.1004 and Desa Oesao 53.01.06.2015): the lower code keeps the plain
 * slug and every other one gets the last part of its code, "oesao-2015". Kemendagri hands out new
 * codes upwards, so an address already printed on a poster's QR code keeps working when a
 * namesake appears later. Names that differ but give the same slug ("Kurau Timur" and
 * "Kurau (Timur)") are not renamed here: the content check rejects them, naming both.
 */
import { foldText, slugify } from './slug.ts';

export interface DistrictLike {
  nama: string;
  kabupaten: string;
  provinsi: string;
}

export interface VillageLike {
  kode: string;
  nama: string;
}

/** A kecamatan with its villages, as in content/wilayah. */
export interface DistrictWithVillages extends DistrictLike {
  desa: readonly VillageLike[];
}

/** True when the districts span more than one kabupaten. */
export function isMultiRegency(districts: readonly DistrictLike[]): boolean {
  const first = districts[0];
  return districts.some((d) => d.kabupaten !== first?.kabupaten || d.provinsi !== first?.provinsi);
}

export function provinceUrl(provinceName: string): string {
  return `/desa/${slugify(provinceName)}/`;
}

export function regencyUrl(district: Pick<DistrictLike, 'provinsi' | 'kabupaten'>): string {
  return `${provinceUrl(district.provinsi)}${slugify(district.kabupaten)}/`;
}

/** Path segments of a kecamatan page below /desa/. */
export function districtSegments(district: DistrictLike, multiRegency: boolean): string[] {
  const own = slugify(district.nama);
  return multiRegency ? [slugify(district.provinsi), slugify(district.kabupaten), own] : [own];
}

export function districtUrl(district: DistrictLike, multiRegency: boolean): string {
  return `/desa/${districtSegments(district, multiRegency).join('/')}/`;
}

/** The same official name, ignoring case, accents and spacing. */
const sameNameKey = (name: string) => foldText(name).replace(/\s+/g, ' ').trim();

const slugCache = new WeakMap<readonly VillageLike[], Map<string, string>>();

/**
 * The slug of every village of one kecamatan, by code: the slug of its name, with the code's
 * last part added for each namesake after the one with the lowest code (see the file comment).
 */
export function villageSlugs(villages: readonly VillageLike[]): Map<string, string> {
  const cached = slugCache.get(villages);
  if (cached) return cached;
  const byName = new Map<string, VillageLike[]>();
  for (const village of villages) {
    const key = sameNameKey(village.nama);
    byName.set(key, [...(byName.get(key) ?? []), village]);
  }
  const slugs = new Map<string, string>();
  for (const namesakes of byName.values()) {
    const [first, ...others] = [...namesakes].sort((a, b) => a.kode.localeCompare(b.kode));
    slugs.set(first.kode, slugify(first.nama));
    for (const village of others) slugs.set(village.kode, `${slugify(village.nama)}-${village.kode.split('.').at(-1)}`);
  }
  slugCache.set(villages, slugs);
  return slugs;
}

/** Address of a village page; `district.desa` must hold the village (namesakes decide its slug). */
export function villageUrl(district: DistrictWithVillages, village: VillageLike, multiRegency: boolean): string {
  const slug = villageSlugs(district.desa).get(village.kode);
  if (slug === undefined) throw new Error(`Desa ${village.kode} (${village.nama}) tidak ada di kecamatan ${district.nama}`);
  return `${districtUrl(district, multiRegency)}${slug}/`;
}
