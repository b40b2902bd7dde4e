/**
 * Addresses of the directory pages. One kabupaten: /desa/<kecamatan>/<desa>/. An area larger
 * than one kabupaten (a province, the whole country): /desa/<provinsi>/<kabupaten>/<kecamatan>/<desa>/,
 * so kecamatan with the same name in different kabupaten never collide.
 */
import { slugify } from './slug.ts';

export interface DistrictLike {
  nama: string;
  kabupaten: string;
  provinsi: string;
}

/** True when the districts span more than one kabupaten. */
export function isMultiRegency(districts: readonly DistrictLike[]): boolean {
  const first = districts[0];
  return districts.some((d) => d.kabupaten !== first?.kabupaten || d.provinsi !== first?.provinsi);
}

/** Path segments of a kecamatan page below /desa/. */
export function districtSegments(district: DistrictLike, multiRegency: boolean): string[] {
  const own = slugify(district.nama);
  return multiRegency ? [slugify(district.provinsi), slugify(district.kabupaten), own] : [own];
}

export function districtUrl(district: DistrictLike, multiRegency: boolean): string {
  return `/desa/${districtSegments(district, multiRegency).join('/')}/`;
}

export function villageUrl(district: DistrictLike, villageName: string, multiRegency: boolean): string {
  return `${districtUrl(district, multiRegency)}${slugify(villageName)}/`;
}
