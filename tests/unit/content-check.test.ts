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
  ['mdx-outside-lessons', { file: 'halaman/tentang.mdx', message: /tidak akan diterbitkan/ }],
  ['long-sentence', { file: 'pelajaran/pelajaran-uji.mdx', field: 'isi', message: /kalimat \d+ kata \(batas 40\): pecah/ }],
  ['contact-no-source', { file: 'kontak/kantor-uji.yaml', field: /^(sumber|diperiksa)$/, message: /belum diisi/ }],
  ['step-no-action', { file: 'langkah/langkah-uji.yaml', field: 'langkah[2].tindakan', message: /belum diisi/ }],
  ['step-no-title', { file: 'langkah/langkah-uji.yaml', field: 'langkah[2].judul', message: /kolom wajib "judul" belum diisi/ }],
  ['journey-missing-contact', { file: 'langkah/langkah-uji.yaml', field: 'langkah[1].kontak[1]', message: /kontak "hotline-hilang" tidak ada.*hotline-uji/ }],
  ['whatsapp-service-number', { file: 'kontak/hotline-uji.yaml', field: 'saluran[2].nomor', message: /"129" .*tidak bisa dipakai untuk WhatsApp/ }],
  ['fact-missing', { file: 'pelajaran/pelajaran-uji.mdx', field: '<Fakta id>', message: /fakta "biaya-hilang" tidak ada di content\/fakta.*biaya-uji/ }],
  ['fact-hand-typed', { file: 'langkah/langkah-uji.yaml', field: 'langkah[2].tindakan[1]', message: /"Rp123\.000" adalah nilai dari daftar fakta \(content\/fakta\/biaya-uji\.yaml\).*\{fakta:biaya-uji\}/ }],
  ['fact-no-basis', { file: 'fakta/biaya-uji.yaml', field: 'dasarHukum', message: /belum diisi/ }],
  ['fact-law-missing', { file: 'fakta/biaya-uji.yaml', field: 'dasarHukum[1].hukum', message: /aturan "uu-hilang" tidak ada di content\/hukum.*uu-99-2020/ }],
  ['law-unknown-status', { file: 'hukum/uu-99-2020.yaml', field: 'status', message: /status hanya "berlaku", "diubah" atau "dicabut"/ }],
  ['law-cited-unknown', { file: 'pelajaran/pelajaran-uji.mdx', message: /"UU Nomor 77 Tahun 2019" belum ada di daftar aturan \(content\/hukum\)/ }],
  ['fact-in-summary', { file: 'pelajaran/pelajaran-uji.mdx', field: 'ringkasan', message: /\{fakta:biaya-uji\} tidak bisa dipakai di ringkasan/ }],
  ['law-revoked', { file: 'pelajaran/pelajaran-uji.mdx', message: /^pelajaran ini memakai UU 99\/2020 lewat fakta "biaya-uji"\. Aturan itu dicabut oleh uu-98-2025 sejak 2026-11-15/ }],
  ['offer-missing-lesson', { file: 'cek-tawaran.yaml', field: 'pertanyaan[1].pelajaran', message: /pelajaran "pelajaran-hilang" tidak ada.*pelajaran-uji/ }],
  // Lessons are content, not programs (every listed kind: tests/unit/content-safety.test.ts).
  ['mdx-import', { file: 'pelajaran/pelajaran-uji.mdx', field: 'import', message: /^baris "import fs from 'node:fs'" adalah kode program.*Hapus baris ini/ }],
  ['mdx-expression', { file: 'pelajaran/pelajaran-uji.mdx', field: '{…}', message: /^\{globalThis\.fetch\(.*\)\} adalah kode JavaScript.*tulis \\\{ dan \\\}.*\{\/\* catatan \*\/\}/ }],
  ['mdx-attribute-expression', { file: 'pelajaran/pelajaran-uji.mdx', field: '<Kotak judul>', message: /^judul=\{process\.env\.HOME\} adalah kode JavaScript.*judul="…"/ }],
  ['mdx-raw-tags', { file: 'pelajaran/pelajaran-uji.mdx', field: '<script>', message: /^tag <script> tidak boleh ada di pelajaran.*Hapus tag ini/ }],
  ['mdx-event-attribute', { file: 'pelajaran/pelajaran-uji.mdx', field: '<a onclick>', message: /^atribut onclick menjalankan kode.*Hapus atribut ini/ }],
  ['mdx-code-url', { file: 'pelajaran/pelajaran-uji.mdx', field: '[tautan]', message: /"javascript:alert\(1\)" menjalankan kode.*diawali https:\/\/ atau \// }],
  ['mdx-external-image', { file: 'pelajaran/pelajaran-uji.mdx', field: '![gambar]', message: /gambar "https:\/\/pelacak\.example\/piksel\.gif" dimuat dari situs lain.*public\/gambar\// }],
  ['mdx-unknown-component', { file: 'pelajaran/pelajaran-uji.mdx', field: '<Video>', message: /^komponen <Video> tidak dikenal\..*<Kotak>.*<Kontak>/ }],
  // Numbers come from the contacts (every place: tests/unit/content-safety.test.ts).
  ['phone-unknown', { file: 'pelajaran/pelajaran-uji.mdx', field: 'isi', message: /^nomor "0812-3456-7890" tidak ada di content\/kontak.*<Kontak id="…" \/> \(kontak yang ada: hotline-uji, kantor-uji\).*npm run baru -- kontak/ }],
  // One file per entry; a hostile file is named, never a crash.
  ['duplicate-entry', { file: 'kontak/hotline-uji.yml', message: /^"hotline-uji\.yaml" dan "hotline-uji\.yml" adalah dua file untuk satu entri "hotline-uji".*hapus hotline-uji\.yml/ }],
  ['yaml-alias-bomb', { file: 'kontak/bom-alias.yaml', message: /^file YAML ini tidak bisa dibaca.*tanpa alias/ }],
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

describe('a law marked as changed or revoked', () => {
  /** The valid fixture with UU 99/2020 revoked by UU 98/2025 from `since` (a change that concerns the given kinds of fact only, if any). */
  function revoked(since: string, menyangkut?: string) {
    const root = contentWith();
    const lawFile = path.join(root, 'hukum/uu-99-2020.yaml');
    fs.writeFileSync(
      lawFile,
      fs.readFileSync(lawFile, 'utf8').replace('status: berlaku', `status: dicabut\nperubahan:\n  - oleh: uu-98-2025\n    berlaku: ${since}\n    catatan: Aturan uji tidak berlaku lagi.${menyangkut ? `\n    menyangkut: [${menyangkut}]` : ''}`),
    );
    return root;
  }
  const lineOf = (root: string, file: string, text: string) => fs.readFileSync(path.join(root, file), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;

  test('lists every fact, lesson, journey and offer question that relies on it, with file and line', () => {
    const root = revoked('2026-11-15');
    const errors = validateContent({ root, today }).problems.filter((p) => p.level === 'error');
    const at = (file: string) => errors.filter((e) => e.file.endsWith(file)).map((e) => ({ line: e.line, field: e.field, message: e.message }));
    expect(at('fakta/biaya-uji.yaml')).toEqual([expect.objectContaining({ field: 'diperiksa', message: expect.stringMatching(/bersandar pada UU 99\/2020.*dicabut oleh uu-98-2025 sejak 2026-11-15/) })]);
    // Listed once, where the file first relies on the law: the quiz shows the fact before the body cites the law.
    expect(at('pelajaran/pelajaran-uji.mdx')).toEqual([
      expect.objectContaining({ line: lineOf(root, 'pelajaran/pelajaran-uji.mdx', '{fakta:biaya-uji}'), message: expect.stringMatching(/^pelajaran ini memakai UU 99\/2020 lewat fakta "biaya-uji".*dicabut oleh uu-98-2025 sejak 2026-11-15: Aturan uji tidak berlaku lagi\. Tinjau lagi.*perbarui ditinjau \(sekarang 2026-11-01\)/) }),
    ]);
    expect(at('langkah/langkah-uji.yaml')).toEqual([
      expect.objectContaining({ line: lineOf(root, 'langkah/langkah-uji.yaml', '{fakta:biaya-uji}'), field: 'langkah[1].biaya', message: expect.stringMatching(/^panduan ini memakai UU 99\/2020 lewat fakta "biaya-uji"/) }),
    ]);
    // Only the offer question that shows the value, by its place in the list.
    expect(at('cek-tawaran.yaml')).toEqual([expect.objectContaining({ field: 'pertanyaan[2].alasan', message: expect.stringMatching(/^pertanyaan cek tawaran ini \(pertanyaan\[2\]\) memakai UU 99\/2020/) })]);
    expect(spawnSync(process.execPath, ['scripts/check-content.ts'], { env: { ...process.env, KONTEN_DIR: root }, encoding: 'utf8' }).status).toBe(1);
  });

  test('stops listing a page once it is reviewed after the change', () => {
    const root = revoked('2026-11-15');
    for (const file of ['pelajaran/pelajaran-uji.mdx', 'langkah/langkah-uji.yaml']) {
      const full = path.join(root, file);
      fs.writeFileSync(full, fs.readFileSync(full, 'utf8').replace(/^ditinjau: 2026-11-01$/m, 'ditinjau: 2026-11-20'));
    }
    const files = validateContent({ root, today }).problems.filter((p) => p.level === 'error').map((p) => path.relative(root, path.resolve(p.file)));
    expect(files).not.toContain('pelajaran/pelajaran-uji.mdx');
    expect(files).not.toContain('langkah/langkah-uji.yaml');
    expect(files).toContain('cek-tawaran.yaml');
  });

  test('a change that concerns penalties only leaves a fee resting on the law alone, but not a page that cites the law', () => {
    const root = revoked('2026-11-15', 'hukuman');
    const files = validateContent({ root, today }).problems.filter((p) => p.level === 'error').map((p) => path.relative(root, path.resolve(p.file)));
    expect(files).not.toContain('fakta/biaya-uji.yaml');
    expect(files).not.toContain('langkah/langkah-uji.yaml');
    expect(files).not.toContain('cek-tawaran.yaml');
    // The lesson names "UU 99/2020" in its text: any change to that law asks for a new review.
    expect(files).toContain('pelajaran/pelajaran-uji.mdx');
  });

  test('a change that takes effect later is not due yet', () => {
    const errors = validateContent({ root: revoked('2027-06-01'), today }).problems.filter((p) => p.level === 'error');
    expect(errors).toEqual([]);
  });
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
