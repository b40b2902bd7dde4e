/**
 * Directory addresses and lookups: namesake villages get distinct, stable addresses; names that
 * only look alike are still refused with both named; larger areas nest by province and kabupaten;
 * "Cari desa Anda" folds names the same way in the browser as here; the poster's QR code draws
 * exactly the modules the QR library computed.
 */
import { describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';
import { parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { districtUrl, isMultiRegency, villageSlugs, villageUrl } from '../../src/lib/area.ts';
import { groupByRegion } from '../../src/lib/directory.ts';
import { fill } from '../../src/i18n/fill.ts';
import { matchKey, nameMatches } from '../../src/lib/village-match.ts';
import { qrSvg } from '../../src/lib/qr.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { contentWith } from '../helpers/content-fixture.ts';

const today = new Date('2026-11-28T00:00:00Z');

describe('village addresses', () => {
  // Kemendagri's real pair in Kecamatan Kupang Timur: a kelurahan and a desa both called Oesao.
  const oesao = { nama: 'Kupang Timur', kabupaten: 'Kabupaten Kupang', provinsi: 'Nusa Tenggara Timur', desa: [
    { kode: '53.01.06.2015', nama: 'Oesao' },
    { kode: '53.01.06.1004', nama: 'Oesao' },
    { kode: '53.01.06.2001', nama: 'Noelbaki' },
  ] };

  test('the namesake with the lowest code keeps the plain slug, the others add their code', () => {
    const slugs = villageSlugs(oesao.desa);
    expect(slugs.get('53.01.06.1004')).toBe('oesao');
    expect(slugs.get('53.01.06.2015')).toBe('oesao-2015');
    expect(slugs.get('53.01.06.2001')).toBe('noelbaki');
  });

  test('one kabupaten: /desa/<kecamatan>/<desa>/; larger areas nest under provinsi and kabupaten', () => {
    expect(villageUrl(oesao, oesao.desa[0], false)).toBe('/desa/kupang-timur/oesao-2015/');
    expect(villageUrl(oesao, oesao.desa[1], true)).toBe('/desa/nusa-tenggara-timur/kabupaten-kupang/kupang-timur/oesao/');
    expect(districtUrl(oesao, true)).toBe('/desa/nusa-tenggara-timur/kabupaten-kupang/kupang-timur/');
    expect(isMultiRegency([oesao, { ...oesao, kabupaten: 'Kota Kupang' }])).toBe(true);
    expect(isMultiRegency([oesao, { ...oesao, nama: 'Kupang Barat' }])).toBe(false);
  });

  test('the content check accepts namesakes but still refuses names that differ yet share an address', () => {
    const root = contentWith();
    const file = path.join(root, 'wilayah/19.04/koba.yaml');
    const doc = parseDocument(fs.readFileSync(file, 'utf8'));
    (doc.get('desa') as YAMLSeq).items.push(doc.createNode({ kode: '19.04.01.2099', nama: 'Koba', jenis: 'desa' }) as YAMLMap);
    fs.writeFileSync(file, doc.toString());
    const errors = validateContent({ root, today }).problems.filter((p) => p.level === 'error');
    expect(errors).toEqual([]);

    (doc.get('desa') as YAMLSeq).items.push(doc.createNode({ kode: '19.04.01.2098', nama: 'Kurau Timur', jenis: 'desa' }) as YAMLMap);
    fs.writeFileSync(file, doc.toString());
    const clash = validateContent({ root, today }).problems.filter((p) => p.level === 'error');
    expect(clash).toHaveLength(1);
    expect(clash[0].field).toBe('desa[4].nama');
    expect(clash[0].message).toMatch(/"Kurau Timur".*"Kurau \(Timur\)".*\/kurau-timur\//);
  });
});

describe('regions above the kecamatan', () => {
  const district = (nama: string, kabupaten: string, provinsi: string, villages: number) => ({
    entry: { data: { nama, kabupaten, provinsi } },
    villages: Array.from({ length: villages }),
  });

  test('group kecamatan into provinces and kabupaten in their order, with village counts', () => {
    const provinces = groupByRegion([
      district('Koba', 'Kabupaten Bangka Tengah', 'Kepulauan Bangka Belitung', 11),
      district('Namang', 'Kabupaten Bangka Tengah', 'Kepulauan Bangka Belitung', 9),
      district('Bukit Intan', 'Kota Pangkalpinang', 'Kepulauan Bangka Belitung', 7),
      district('Bakongan', 'Kabupaten Aceh Selatan', 'Aceh', 7),
    ]);
    expect(provinces.map((p) => [p.nama, p.url, p.villageCount])).toEqual([
      ['Kepulauan Bangka Belitung', '/desa/kepulauan-bangka-belitung/', 27],
      ['Aceh', '/desa/aceh/', 7],
    ]);
    expect(provinces[0].regencies.map((r) => [r.url, r.districts.length, r.villageCount])).toEqual([
      ['/desa/kepulauan-bangka-belitung/kabupaten-bangka-tengah/', 2, 20],
      ['/desa/kepulauan-bangka-belitung/kota-pangkalpinang/', 1, 7],
    ]);
  });

  test('counts are written the Indonesian way', () => {
    expect(fill('{desa} desa dalam {kecamatan} kecamatan', { desa: 83762, kecamatan: 7285 })).toBe('83.762 desa dalam 7.285 kecamatan');
  });
});

describe('Cari desa Anda matching', () => {
  const matches = (name: string, query: string) => nameMatches(matchKey(name), matchKey(query));

  test('matches any part of the name, ignoring case, accents and punctuation', () => {
    expect(matches('Beluluk', 'belu')).toBe(true);
    expect(matches('Batu Belubang', 'BELU')).toBe(true);
    expect(matches('Beluluk', 'bélulük')).toBe(true);
    expect(matches('Kurau (Timur)', 'kurau timur')).toBe(true);
    expect(matches('Kurau (Timur)', 'u (ti')).toBe(true);
    expect(matches('Teluk Limau', '  teluk   limau ')).toBe(true);
  });

  test('does not match other names, and an empty query matches everything', () => {
    expect(matches('Koba', 'belu')).toBe(false);
    expect(matches('Kurau Barat', 'kurau timur')).toBe(false);
    expect(matches('Koba', '')).toBe(true);
    expect(matches('Koba', ' - ')).toBe(true);
  });
});

describe('QR code as SVG', () => {
  const url = 'https://desa-binaan-imigrasi.example/desa/pangkalan-baru/beluluk/';

  test('draws exactly the modules of the QR code, inside a quiet zone', () => {
    const svg = qrSvg(url, { label: 'Halaman Desa Beluluk', margin: 2 });
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    expect(svg).toContain(`viewBox="0 0 ${modules.size + 4} ${modules.size + 4}"`);
    const drawn = new Set<string>();
    for (const [, x, y, width] of svg.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      for (let i = 0; i < Number(width); i++) drawn.add(`${Number(y) - 2},${Number(x) - 2 + i}`);
    }
    const expected = new Set<string>();
    for (let row = 0; row < modules.size; row++) for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) expected.add(`${row},${col}`);
    expect(drawn).toEqual(expected);
  });

  test('has an accessible name, escaped', () => {
    expect(qrSvg(url, { label: 'A & "B" <C>' })).toMatch(/role="img" aria-label="A &amp; &quot;B&quot; &lt;C>"/);
  });
});
