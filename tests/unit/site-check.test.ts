/**
 * `npm run check` on the built site: a broken internal link, a "#bagian" that does not exist, a
 * vague link label and invalid HTML from an MDX component are each reported with the content file
 * and line the editor wrote, and what to write instead. The built pages are small hand-made trees
 * in tests/fixtures/site-invalid/ (the valid `_dasar` site, with one case laid over it), beside the
 * content they would be built from, so no Astro build is needed here.
 */
import { describe, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { validateContent } from '../../src/lib/content/validate.ts';
import { checkBuiltSite, samplePages } from '../../src/lib/checks/site-check.ts';
import { vaguePhrase } from '../../src/lib/checks/link-labels.ts';
import { contentWith } from '../helpers/content-fixture.ts';

const SITE_FIXTURES = path.resolve('tests/fixtures/site-invalid');
const CASES = ['broken-link', 'broken-anchor', 'vague-label', 'invalid-html', 'layout-link', 'raw-fact-token'];

/** A built site and its content: the valid base with the given cases laid over both. */
function fixture(...cases: string[]) {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbi-situs-'));
  fs.cpSync(path.join(SITE_FIXTURES, '_dasar'), outDir, { recursive: true });
  const contentRoot = contentWith();
  for (const name of cases) {
    const built = path.join(SITE_FIXTURES, name, 'situs');
    const content = path.join(SITE_FIXTURES, name, 'konten');
    if (fs.existsSync(built)) fs.cpSync(built, outDir, { recursive: true });
    if (fs.existsSync(content)) fs.cpSync(content, contentRoot, { recursive: true });
  }
  return { outDir, contentRoot };
}

async function check(...cases: string[]) {
  const { outDir, contentRoot } = fixture(...cases);
  const { content, problems: contentProblems } = validateContent({ root: contentRoot, today: new Date('2026-11-28T00:00:00Z') });
  expect(contentProblems.filter((p) => p.level === 'error'), 'the content itself is valid').toEqual([]);
  const result = await checkBuiltSite({ outDir, contentRoot, content });
  const shown = (file: string) => (file.startsWith(contentRoot) ? `konten/${path.relative(contentRoot, file)}` : file.startsWith(outDir) ? `situs/${path.relative(outDir, file)}` : file);
  return { ...result, problems: result.problems.map((p) => ({ ...p, file: shown(path.resolve(p.file)) })), contentRoot };
}

/** Line number of the first line containing `text` in a content fixture file. */
function lineOf(caseName: string, file: string, text: string): number {
  return fs.readFileSync(path.join(SITE_FIXTURES, caseName, 'konten', file), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
}

test('the valid fixture site passes every check', async () => {
  const { problems, pagesChecked } = await check();
  expect(problems).toEqual([]);
  expect(pagesChecked).toBe(5);
});

test('every site-invalid case is covered by a test', () => {
  expect(fs.readdirSync(SITE_FIXTURES).filter((name) => name !== '_dasar').sort()).toEqual([...CASES].sort());
});

describe('a broken internal link', () => {
  test('names the content file and line, the address, and the address that was probably meant', async () => {
    const { problems } = await check('broken-link');
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ file: 'konten/pelajaran/pelajaran-uji.mdx', line: lineOf('broken-link', 'pelajaran/pelajaran-uji.mdx', 'langkah-ujii'), level: 'error' });
    expect(problem.field).toBe('tautan "/langkah/langkah-ujii/"');
    expect(problem.message).toMatch(/di halaman \/pelajaran\/pelajaran-uji\/: tautan rusak: halaman "\/langkah\/langkah-ujii\/" tidak ada di situs\. Mungkin maksud Anda "\/langkah\/langkah-uji\/"\?/);
  });
});

describe('a link to a section that does not exist', () => {
  test('names the line, the missing #anchor, the one probably meant and how anchors are made', async () => {
    const { problems } = await check('broken-anchor');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'konten/pelajaran/pelajaran-uji.mdx', line: lineOf('broken-anchor', 'pelajaran/pelajaran-uji.mdx', '#bagian-pertma') });
    expect(problems[0].message).toMatch(/bagian "#bagian-pertma" tidak ada di halaman \/pelajaran\/pelajaran-uji\/\. Mungkin maksud Anda "#bagian-pertama"\?/);
    expect(problems[0].message).toMatch(/"## Tanda bahaya" menjadi "#tanda-bahaya"/);
  });
});

describe('a vague link label', () => {
  test('in a lesson: names the line and suggests the title of the page the link goes to', async () => {
    const { problems } = await check('vague-label');
    const lesson = problems.find((p) => p.file === 'konten/pelajaran/pelajaran-uji.mdx');
    expect(lesson).toMatchObject({ line: lineOf('vague-label', 'pelajaran/pelajaran-uji.mdx', 'klik di sini'), field: 'teks tautan "klik di sini"', level: 'error' });
    expect(lesson?.message).toMatch(/tidak menyebut ke mana tautan itu membawa pembaca.*misalnya "Baca: Nomor penting dan kontak"/);
  });
  test('in a journey: names the YAML line of the label and suggests naming the other site', async () => {
    const { problems } = await check('vague-label');
    const journey = problems.find((p) => p.file === 'konten/langkah/langkah-uji.yaml');
    expect(journey).toMatchObject({ line: lineOf('vague-label', 'langkah/langkah-uji.yaml', 'Selengkapnya'), field: 'teks tautan "Selengkapnya"' });
    expect(journey?.message).toMatch(/misalnya "Buka situs siapkerja\.kemnaker\.go\.id"/);
  });
  test.each([
    ['Klik di sini!', 'klik di sini'],
    ['Selengkapnya »', 'selengkapnya'],
    ['Klik di sini untuk mendaftar', 'klik di sini'],
    ['read more', 'read more'],
    ['Baca pelajaran Tanda bahaya TPPO', undefined],
    ['Kirim email ke humas@imigrasi.go.id', undefined],
  ])('"%s" is vague: %s', (label, phrase) => {
    expect(vaguePhrase(label)).toBe(phrase);
  });
});

describe('invalid HTML from an MDX component', () => {
  test('a <Kotak> inside a sentence: names the MDX line, the rule and the fix (blank lines around it)', async () => {
    const { problems } = await check('invalid-html');
    const line = lineOf('invalid-html', 'pelajaran/pelajaran-uji.mdx', '<Kotak');
    const atLine = problems.filter((p) => p.file === 'konten/pelajaran/pelajaran-uji.mdx' && p.line === line);
    expect(atLine.length, JSON.stringify(problems, null, 2)).toBeGreaterThan(0);
    expect(atLine.every((p) => p.field?.startsWith('HTML '))).toBe(true);
    expect(atLine.map((p) => p.message).join('\n')).toMatch(/Beri baris kosong sebelum dan sesudah komponen|Beri baris kosong di sekitar komponen/);
    expect(atLine[0].message).toMatch(/Bagian halaman: .*class="kotak kotak--peringatan"/);
    // Every problem of this case points at the editor's line, none at the built file.
    expect(problems.filter((p) => !p.file.startsWith('konten/'))).toEqual([]);
  });
});

describe('a broken link in the layout of every page', () => {
  test('is listed once, with the pages it is on, as a problem of the site code', async () => {
    const { problems } = await check('layout-link');
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toMatch(/^situs\/.*index\.html$/);
    expect(problems[0].message).toMatch(/^di 5 halaman \(\/, \/kontak\/, \/langkah\/langkah-uji\/, \/pelajaran\/, …\): tautan rusak: halaman "\/tentang-kami\/"/);
    expect(problems[0].message).toMatch(/kode situs \(src\/\): laporkan kepada pengembang/);
  });
});

test('a fact token a template printed as it is, instead of its value, is an error that names the content line holding it', async () => {
  const { problems } = await check('raw-fact-token');
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ file: 'konten/langkah/langkah-uji.yaml', field: '{fakta:biaya-uji}', level: 'error' });
  expect(problems[0].line).toBe(fs.readFileSync(path.join(contentWith(), 'langkah/langkah-uji.yaml'), 'utf8').split('\n').findIndex((l) => l.includes('{fakta:biaya-uji}')) + 1);
  expect(problems[0].message).toMatch(/tampil apa adanya.*laporkan kepada pengembang/);
});

test('all problems of the site are listed at once', async () => {
  // Two cases that touch different pages: a lesson with a broken link, a journey with a vague label.
  const { problems } = await check('vague-label', 'broken-link');
  expect(problems.map((p) => p.field)).toEqual(
    expect.arrayContaining(['tautan "/langkah/langkah-ujii/"', 'teks tautan "Selengkapnya"']),
  );
});

test('large groups of similar pages are sampled evenly; small groups are checked in full', () => {
  const pages = [
    ...Array.from({ length: 1000 }, (_, i) => ({ url: `/desa/k/d${String(i).padStart(4, '0')}/`, file: `x${i}` })),
    { url: '/pelajaran/a/', file: 'a' },
  ];
  const { pages: chosen, sampled } = samplePages(pages, 100);
  expect(chosen).toHaveLength(101);
  expect(chosen.map((p) => p.url)).toContain('/pelajaran/a/');
  expect(chosen.map((p) => p.url)).toContain('/desa/k/d0990/');
  expect(sampled).toEqual([{ group: '/desa/ (kedalaman 3)', checked: 100, total: 1000 }]);
});

describe('npm run check', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['scripts/check-site.ts', '--no-build'], { env: { ...process.env, ...env }, encoding: 'utf8' });

  test('exits 1 and prints the site problem with file, line and field in Indonesian', () => {
    const { outDir, contentRoot } = fixture('broken-anchor');
    const result = run({ OUT_DIR: outDir, KONTEN_DIR: contentRoot });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/GALAT .*pelajaran-uji\.mdx:\d+ · tautan "#bagian-pertma"/);
    expect(result.stderr).toMatch(/Pemeriksaan gagal: 1 galat/);
  });

  test('passes on a valid site and says how many pages it checked', () => {
    const { outDir, contentRoot } = fixture();
    const result = run({ OUT_DIR: outDir, KONTEN_DIR: contentRoot });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/✓ Semua pemeriksaan lulus: 0 galat, \d+ peringatan; 5 dari 5 halaman diperiksa/);
  });

  test('a lesson not reviewed for 24 months stops the check before anything is built, naming the field and the fix', () => {
    const contentRoot = contentWith();
    const lesson = path.join(contentRoot, 'pelajaran/pelajaran-uji.mdx');
    fs.writeFileSync(lesson, fs.readFileSync(lesson, 'utf8').replace(/^ditinjau: .*$/m, 'ditinjau: 2023-01-15'));
    const outDir = path.join(os.tmpdir(), `dbi-tidak-dibangun-${process.pid}`);
    const result = spawnSync(process.execPath, ['scripts/check-site.ts'], { env: { ...process.env, OUT_DIR: outDir, KONTEN_DIR: contentRoot }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/GALAT .*pelajaran-uji\.mdx:\d+ · ditinjau\n {2}pelajaran ini tidak ditinjau selama \d+ bulan \(batas 24 bulan\): periksa isinya ke sumber, lalu perbarui tanggal ditinjau/);
    expect(result.stderr).toMatch(/Perbaiki galat di atas dulu/);
    expect(fs.existsSync(outDir)).toBe(false);
  });
});
