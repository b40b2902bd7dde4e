/**
 * The directory's levels above the kecamatan, for areas larger than one kabupaten:
 * /desa/ lists provinces, /desa/<provinsi>/ its kabupaten, /desa/<provinsi>/<kabupaten>/ its
 * kecamatan with their villages. Each page then lists one level only, so no page grows with the
 * number of villages in the whole area (83,762 for Indonesia), only with those of one kabupaten.
 */
import { provinceUrl, regencyUrl, type DistrictLike } from './area.ts';

interface DistrictNode {
  entry: { data: DistrictLike };
  villages: readonly unknown[];
}

export interface Regency<D extends DistrictNode> {
  /** "Kabupaten Bangka Tengah" or "Kota Pangkalpinang". */
  nama: string;
  provinsi: string;
  url: string;
  districts: D[];
  villageCount: number;
}

export interface Province<D extends DistrictNode> {
  nama: string;
  url: string;
  regencies: Regency<D>[];
  villageCount: number;
}

/** Districts (already in code order) grouped into provinces and kabupaten, keeping that order. */
export function groupByRegion<D extends DistrictNode>(districts: readonly D[]): Province<D>[] {
  const provinces = new Map<string, Province<D>>();
  const regencies = new Map<string, Regency<D>>();
  for (const district of districts) {
    const { provinsi, kabupaten } = district.entry.data;
    let province = provinces.get(provinsi);
    if (!province) {
      province = { nama: provinsi, url: provinceUrl(provinsi), regencies: [], villageCount: 0 };
      provinces.set(provinsi, province);
    }
    const regencyKey = `${provinsi}\u0000${kabupaten}`;
    let regency = regencies.get(regencyKey);
    if (!regency) {
      regency = { nama: kabupaten, provinsi, url: regencyUrl({ provinsi, kabupaten }), districts: [], villageCount: 0 };
      regencies.set(regencyKey, regency);
      province.regencies.push(regency);
    }
    regency.districts.push(district);
    regency.villageCount += district.villages.length;
    province.villageCount += district.villages.length;
  }
  return [...provinces.values()];
}

