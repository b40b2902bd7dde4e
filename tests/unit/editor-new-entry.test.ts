/**
 * `npm run baru -- <jenis> "Judul"`: a new content file from a template, named after the title,
 * never overwriting one that exists, and unpublishable until every "GANTI" is replaced.
 */
import { describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { contentWith } from '../helpers/content-fixture.ts';

const node = (script: string, args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, [script, ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
const baru = (root: string, ...args: string[]) => node('scripts/new-entry.ts', args, { KONTEN_DIR: root });

/** Lines an editor must change: every "GANTI" outside a "#" comment. */
function placeholderLines(file: string): number[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => (line.includes('GANTI') && !line.trim().startsWith('#') && !line.trim().startsWith('{/*') ? [i + 1] : []));
}

const kinds: [kind: string, title: string, file: string][] = [
  ['pelajaran', 'Waspada tawaran kerja di kapal', 'pelajaran/waspada-tawaran-kerja-di-kapal.mdx'],
  ['langkah', 'Membuat paspor anak', 'langkah/membuat-paspor-anak.yaml'],
  ['kontak', 'Sekretariat Desa Binaan Kurau Timur', 'kontak/sekretariat-desa-binaan-kurau-timur.yaml'],
];

describe.each(kinds)('npm run baru -- %s', (kind, title, file) => {
  test('creates the file named after the title, with the title filled in, and prints the path and the next steps', () => {
    const root = contentWith();
    const result = baru(root, kind, title);
    expect(result.status, result.stderr).toBe(0);
    const created = path.join(root, file);
    expect(fs.existsSync(created)).toBe(true);
    expect(fs.readFileSync(created, 'utf8')).toMatch(new RegExp(`^(judul|nama): ${title}$`, 'm'));
    expect(result.stdout).toContain(created);
    expect(result.stdout).toMatch(/Langkah berikutnya:[\s\S]*npm run check[\s\S]*pull request/);
  });

  test('every placeholder fails npm run check on its own line until it is replaced', () => {
    const root = contentWith();
    baru(root, kind, title);
    const created = path.join(root, file);
    const expected = placeholderLines(created);
    expect(expected.length).toBeGreaterThan(3);
    const result = node('scripts/check-site.ts', ['--no-build'], { KONTEN_DIR: root });
    expect(result.status).toBe(1);
    const reported = new Set(
      [...result.stdout.matchAll(/^GALAT (.+?):(\d+)/gm)].filter(([, where]) => path.resolve(where) === created).map(([, , line]) => Number(line)),
    );
    expect(expected.filter((line) => !reported.has(line)), result.stdout).toEqual([]);
  });
});

test('the content check alone (npm run build) also refuses an untouched template', () => {
  const root = contentWith();
  baru(root, 'pelajaran', 'Waspada tawaran kerja di kapal');
  const result = node('scripts/check-content.ts', [], { KONTEN_DIR: root });
  expect(result.status).toBe(1);
  expect(result.stdout).toMatch(/waspada-tawaran-kerja-di-kapal\.mdx:\d+ · topik\n {2}topik tidak dikenal; pilih salah satu/);
  expect(result.stdout).toMatch(/waspada-tawaran-kerja-di-kapal\.mdx:\d+ · ditinjau\n {2}tulis tanggal dengan format TTTT-BB-HH/);
});

test('placeholder messages repeat the instruction and say what to do', () => {
  const root = contentWith();
  baru(root, 'kontak', 'Sekretariat Desa Binaan Kurau Timur');
  const result = node('scripts/check-site.ts', ['--no-build'], { KONTEN_DIR: root });
  expect(result.stdout).toMatch(/sekretariat-desa-binaan-kurau-timur\.yaml:\d+ · lembaga\n {2}isian contoh dari templat belum diganti: nama lembaga\. Hapus "GANTI:" dan tulis isi yang sebenarnya\./);
});

test('never overwrites an existing file', () => {
  const root = contentWith();
  const file = path.join(root, 'pelajaran/pelajaran-uji.mdx');
  const before = fs.readFileSync(file, 'utf8');
  const result = baru(root, 'pelajaran', 'Pelajaran uji');
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/pelajaran-uji\.mdx sudah ada; file itu tidak ditimpa\. Ubah file itu, atau pilih judul lain/);
  expect(fs.readFileSync(file, 'utf8')).toBe(before);
});

test('an unknown kind or a missing title explains how to use the command', () => {
  const root = contentWith();
  const unknown = baru(root, 'artikel', 'Judul');
  expect(unknown.status).toBe(2);
  expect(unknown.stderr).toMatch(/jenis "artikel" tidak dikenal[\s\S]*npm run baru -- pelajaran "Judul pelajaran"/);
  const noTitle = baru(root, 'kontak');
  expect(noTitle.status).toBe(2);
  expect(noTitle.stderr).toMatch(/judul belum ditulis/);
});

test('a new lesson comes after the last one and lists the contact ids it may use', () => {
  const root = contentWith();
  baru(root, 'pelajaran', 'Pelajaran kedua');
  const text = fs.readFileSync(path.join(root, 'pelajaran/pelajaran-kedua.mdx'), 'utf8');
  expect(text).toMatch(/^urutan: 2$/m);
  expect(text).toMatch(/^# Id yang ada: hotline-uji, kantor-uji$/m);
});
