/**
 * How content refers to the registers: a hand-typed value is found however it is spelt, but not
 * inside a longer number; a law is recognised in the ways Indonesian texts cite it; the little
 * markup of YAML texts is split safely (no javascript: link from content).
 */
import { describe, expect, test } from 'vitest';
import { factIdsIn, handTypedValueFinder, lawCitationsIn, lawShortName, plainFactText } from '../../src/lib/facts.ts';
import { inlineParts } from '../../src/lib/inline-text.ts';
import { recentChange } from '../../src/lib/fact-status.ts';
import type { Law } from '../../src/schemas/law.ts';

const facts = new Map([
  ['biaya', { nilai: 'Rp950.000', tulisanLain: ['950 ribu'] }],
  ['penjara', { nilai: 'paling lama 15 tahun', tulisanLain: [] }],
  ['gratis', { nilai: 'Rp0', tulisanLain: [] }],
]);

describe('hand-typed registered values', () => {
  const find = handTypedValueFinder(facts);
  test('are found however the amount is spaced or dotted', () => {
    expect(find('Biayanya Rp 950.000 saja.').map((h) => h.factIds)).toEqual([['biaya']]);
    expect(find('Biayanya Rp950000.').map((h) => h.factIds)).toEqual([['biaya']]);
    expect(find('Biayanya 950 ribu.').map((h) => h.factIds)).toEqual([['biaya']]);
    expect(find('Penjara paling  lama 15 tahun.').map((h) => h.factIds)).toEqual([['penjara']]);
    expect(find('Untuk calon PMI: rp 0.')[0]?.factIds).toEqual(['gratis']);
  });
  test('point at where they start in the text', () => {
    const text = 'Ada biaya. Rp 950.000 untuk e-paspor.';
    expect(find(text)[0].index).toBe(text.indexOf('Rp'));
  });
  test('are not found inside longer numbers or words, or when written through the register', () => {
    expect(find('Biayanya Rp1.950.000 atau Rp09.')).toEqual([]);
    expect(find('paling lama 150 tahun')).toEqual([]);
    expect(find('Biayanya {fakta:biaya}, atau <Fakta id="gratis" /> untuk PMI.')).toEqual([]);
  });
});

test('fact ids are found in tags and tokens, once each, in order of use', () => {
  expect(factIdsIn('<Fakta id="a" /> lalu {fakta:b} dan {fakta:a}')).toEqual(['a', 'b']);
  expect(plainFactText('Biaya {fakta:biaya}, {fakta:hilang}.', facts)).toBe('Biaya Rp950.000, {fakta:hilang}.');
});

describe('law citations', () => {
  const law = (jenis: Law['jenis'], nomor: string, tahun: number, sebutan: string[] = []) => ({ jenis, nomor, tahun, sebutan });
  const laws = new Map([
    ['uu-21-2007', law('UU', '21', 2007, ['UU TPPO'])],
    ['pp-45-2024', law('PP', '45', 2024)],
    ['perban-bp2mi-9-2020', law('Perban', '9', 2020)],
    ['uu-1-2023', law('UU', '1', 2023, ['KUHP'])],
  ]);
  test('are recognised in the ways texts write them', () => {
    const text = 'Pasal 18 UU 21/2007, Undang-Undang Nomor 21 Tahun 2007, Peraturan Pemerintah (PP) Nomor 45 Tahun 2024, Perban BP2MI 9/2020, Peraturan BP2MI Nomor 9 Tahun 2020, KUHP, UU TPPO';
    expect(lawCitationsIn(text, laws).map((c) => c.lawId)).toEqual(['uu-21-2007', 'uu-21-2007', 'pp-45-2024', 'perban-bp2mi-9-2020', 'perban-bp2mi-9-2020', 'uu-1-2023', 'uu-21-2007']);
  });
  test('of a law not in the register come back without an id, so the check can ask for it', () => {
    expect(lawCitationsIn('Menurut UU Nomor 6 Tahun 2011', laws)).toEqual([{ lawId: undefined, text: 'UU Nomor 6 Tahun 2011', index: 8 }]);
  });
  test('are written short the way readers know them', () => {
    expect(lawShortName({ jenis: 'UU', nomor: '21', tahun: 2007 })).toBe('UU 21/2007');
    expect(lawShortName({ jenis: 'Perban', nomor: '9', tahun: 2020, penerbit: 'BP2MI' })).toBe('Perban BP2MI 9/2020');
    expect(lawShortName({ jenis: 'SE', nomor: 'IMI-GR.01.01-0252', tahun: 2023, penerbit: 'Dirjen Imigrasi' })).toBe('SE Dirjen Imigrasi IMI-GR.01.01-0252');
  });
});

test('a recent change to a law is shown beside the facts of the kind it concerns, and an old one is not', () => {
  const change = { oleh: 'uu-1-2026', berlaku: '2026-01-02', catatan: 'Hukuman berubah.', menyangkut: ['hukuman' as const] };
  const laws = new Map([['uu-21-2007', { perubahan: [change] }]]);
  const basis = [{ hukum: 'uu-21-2007' }];
  expect(recentChange({ dasarHukum: basis, jenis: 'hukuman' }, laws, new Date('2026-12-03'))).toEqual(change);
  expect(recentChange({ dasarHukum: basis, jenis: 'usia' }, laws, new Date('2026-12-03'))).toBeUndefined();
  expect(recentChange({ dasarHukum: basis, jenis: 'hukuman' }, laws, new Date('2025-12-01'))).toBeUndefined();
  expect(recentChange({ dasarHukum: basis, jenis: 'hukuman' }, laws, new Date('2028-06-01'))).toBeUndefined();
});

test('YAML text markup: facts, placeholders, links and bold; unsafe link addresses stay text', () => {
  expect(inlineParts('Di {wilayah}, biaya {fakta:biaya}. [Baca](/pelajaran/) **penting**', { wilayah: 'Koba' })).toEqual([
    { text: 'Di Koba, biaya ' },
    { fact: 'biaya' },
    { text: '. ' },
    { text: 'Baca', link: '/pelajaran/' },
    { text: ' ' },
    { text: 'penting', bold: true },
  ]);
  expect(inlineParts('[klik](javascript:alert(1))')).toEqual([{ text: '[klik](javascript:alert(1)' }, { text: ')' }]);
});
