/**
 * Every mistake an editor can make in content/ is reported by the content check with the file,
 * the field, and a fix in Indonesian — all at once — and fails the check.
 */
import { describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { validateContent } from '../../src/lib/content/validate.ts';
import { contentWith, INVALID } from '../helpers/content-fixture.ts';

const today = new Date('2026-11-28T00:00:00Z');

function errorsFor(caseName?: string) {
  const root = contentWith(caseName);
  const { problems } = validateContent({ root, today });
  return problems.filter((p) => p.level === 'error').map((p) => ({ ...p, file: path.relative(root, path.resolve(p.file)) }));
}

test('the valid fixture passes with no errors', () => {
  expect(errorsFor()).toEqual([]);
});

// case → the file, field and words the editor must see.
const cases: [string, { file: string; field?: string | RegExp; message: RegExp }][] = [
  ['yaml-syntax', { file: 'kontak/hotline-uji.yaml', message: /YAML tidak benar.*tanda kutip/ }],
  ['frontmatter-syntax', { file: 'pelajaran/pelajaran-uji.mdx', message: /YAML tidak benar/ }],
  ['missing-field', { file: 'pelajaran/pelajaran-uji.mdx', field: 'ringkasan', message: /kolom wajib "ringkasan" belum diisi/ }],
  ['mistyped-field', { file: 'langkah/langkah-uji.yaml', field: 'ringkasn', message: /tidak dikenal; mungkin maksud Anda "ringkasan"/ }],
  ['wrong-type', { file: 'pelajaran/pelajaran-uji.mdx', field: 'durasi', message: /durasi dalam menit sebagai angka/ }],
  ['unknown-topic', { file: 'pelajaran/pelajaran-uji.mdx', field: 'topik', message: /topik tidak dikenal; pilih salah satu: tppo, tppm/ }],
  ['quiz-answer', { file: 'pelajaran/pelajaran-uji.mdx', field: 'kuis[1].jawaban', message: /"Mungkin" tidak ada di pilihan; salin persis salah satu dari: "Ya", "Tidak"/ }],
  ['bad-phone', { file: 'kontak/hotline-uji.yaml', field: 'saluran[2].nomor', message: /nomor "0811-11" tidak valid/ }],
  ['bad-date', { file: 'kontak/hotline-uji.yaml', field: 'diperiksa', message: /format TTTT-BB-HH/ }],
  ['missing-kecamatan', { file: 'pimpasa/koba.yaml', field: 'kecamatan', message: /kecamatan "19.04.09" tidak ada di content\/wilayah. Kode yang ada: 19.04.01 \(Koba\)/ }],
  ['missing-lesson', { file: 'langkah/langkah-uji.yaml', field: 'langkah[2].pelajaran[1]', message: /pelajaran "pelajaran-hilang" tidak ada.*pelajaran-uji/ }],
  ['missing-contact', { file: 'pelajaran/pelajaran-uji.mdx', field: 'kontak[1]', message: /kontak "hotline-hilang" tidak ada.*hotline-uji/ }],
  ['missing-journey', { file: 'pelajaran/pelajaran-uji.mdx', field: 'bagianDari', message: /langkah "langkah-hilang" tidak ada.*langkah-uji/ }],
  ['same-url', { file: 'wilayah/19.04/koba.yaml', field: 'desa[3].nama', message: /"Kurau Timur".*"Kurau \(Timur\)".*alamat yang sama \/kurau-timur\// }],
  ['code-mismatch', { file: 'wilayah/19.04/koba.yaml', field: 'desa[2].kode', message: /19.04.02.2005.*bukan kode di kecamatan 19.04.01.*diawali "19.04.01."/ }],
  ['officer-twice', { file: 'pimpasa/koba.yaml', field: 'kecamatan', message: /sudah punya petugas Pimpasa di .*koba-lagi.yaml|sudah punya petugas Pimpasa/ }],
  ['officer-list', { file: 'pimpasa/koba.yaml', field: 'kecamatan', message: /satu petugas untuk satu kecamatan/ }],
  ['no-sources', { file: 'pelajaran/pelajaran-uji.mdx', field: /^(sumber|ditinjau)$/, message: /belum diisi/ }],
  ['facilitator-outside', { file: 'halaman/tentang.mdx', field: '<CatatanFasilitator>', message: /hanya untuk pelajaran/ }],
  ['long-sentence', { file: 'pelajaran/pelajaran-uji.mdx', field: 'isi', message: /kalimat \d+ kata \(batas 40\): pecah/ }],
  ['contact-no-source', { file: 'kontak/kantor-uji.yaml', field: /^(sumber|diperiksa)$/, message: /belum diisi/ }],
  ['step-no-action', { file: 'langkah/langkah-uji.yaml', field: 'langkah[2].tindakan', message: /belum diisi/ }],
  ['step-no-title', { file: 'langkah/langkah-uji.yaml', field: 'langkah[2].judul', message: /kolom wajib "judul" belum diisi/ }],
  ['journey-missing-contact', { file: 'langkah/langkah-uji.yaml', field: 'langkah[1].kontak[1]', message: /kontak "hotline-hilang" tidak ada.*hotline-uji/ }],
  ['whatsapp-service-number', { file: 'kontak/hotline-uji.yaml', field: 'saluran[2].nomor', message: /"129" .*tidak bisa dipakai untuk WhatsApp/ }],
];

describe.each(cases)('content check: %s', (caseName, expected) => {
  test('names the file, the field and the fix', () => {
    const errors = errorsFor(caseName);
    expect(errors.length, `no error for ${caseName}`).toBeGreaterThan(0);
    const match = errors.find(
      (e) =>
        e.file.endsWith(expected.file) &&
        (expected.field === undefined || (expected.field instanceof RegExp ? expected.field.test(e.field ?? '') : e.field === expected.field)) &&
        expected.message.test(e.message),
    );
    expect(match, JSON.stringify(errors, null, 2)).toBeTruthy();
  });
});

test('every fixture case is covered by a test', () => {
  expect(fs.readdirSync(INVALID).sort()).toEqual(cases.map(([name]) => name).sort());
});

test('all problems are listed at once, not only the first', () => {
  const root = contentWith('quiz-answer');
  fs.cpSync(path.join(INVALID, 'bad-phone'), root, { recursive: true });
  fs.cpSync(path.join(INVALID, 'code-mismatch'), root, { recursive: true });
  const errors = validateContent({ root, today }).problems.filter((p) => p.level === 'error');
  expect(errors.map((e) => e.field)).toEqual(expect.arrayContaining(['kuis[1].jawaban', 'saluran[2].nomor', 'desa[2].kode']));
});

test('a syntax error reports its line', () => {
  const errors = errorsFor('yaml-syntax');
  expect(errors[0].line).toBeGreaterThan(0);
});

describe('review dates', () => {
  test('a lesson not reviewed for 12 months is a warning, for 24 months an error', () => {
    const root = contentWith();
    const oneYear = validateContent({ root, today: new Date('2027-11-15T00:00:00Z') }).problems;
    expect(oneYear.find((p) => p.field === 'ditinjau' && p.file.endsWith('pelajaran-uji.mdx'))?.level).toBe('warning');
    const twoYears = validateContent({ root, today: new Date('2028-11-15T00:00:00Z') }).problems;
    const overdue = twoYears.find((p) => p.field === 'ditinjau' && p.file.endsWith('pelajaran-uji.mdx'));
    expect(overdue?.level).toBe('error');
    expect(overdue?.message).toMatch(/perbarui tanggal ditinjau/);
  });
  test('a contact not checked for 12 months is a warning', () => {
    const problems = validateContent({ root: contentWith(), today: new Date('2027-11-15T00:00:00Z') }).problems;
    expect(problems.find((p) => p.file.endsWith('hotline-uji.yaml') && p.field === 'diperiksa')?.level).toBe('warning');
  });
});

test('npm run check:content exits non-zero and prints the problem in Indonesian', () => {
  const root = contentWith('quiz-answer');
  const result = spawnSync(process.execPath, ['scripts/check-content.ts'], { env: { ...process.env, KONTEN_DIR: root }, encoding: 'utf8' });
  expect(result.status).toBe(1);
  expect(result.stdout).toMatch(/GALAT .*pelajaran-uji\.mdx:\d+ · kuis\[1\]\.jawaban/);
  expect(result.stderr).toMatch(/situs tidak diterbitkan/);
});
