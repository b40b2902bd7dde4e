/**
 * Re-running the area import never loses what editors wrote: their fields and comments on a
 * village or a kecamatan survive, and a village that left the Kemendagri data but carries
 * editors' fields is kept and reported instead of being dropped.
 */
import { beforeEach, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';

let root: string;
const kobaFile = () => path.join(root, 'wilayah/19.04/koba.yaml');

function runImport(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/import-wilayah.ts', '19.04', '--konten', root, ...args], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return result;
}

/** The Bangka Tengah rows of the Kemendagri file, minus the given village codes. */
function csvWithout(...codes: string[]): string {
  const [header, ...rows] = fs.readFileSync('data/wilayah-indonesia-desa.csv', 'utf8').split('\n');
  const file = path.join(root, 'wilayah.csv');
  fs.writeFileSync(file, [header, ...rows.filter((row) => row.startsWith('19.04.') && !codes.some((code) => row.startsWith(`${code},`)))].join('\n') + '\n');
  return file;
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dbi-impor-'));
  fs.cpSync('content/wilayah', path.join(root, 'wilayah'), { recursive: true });
  fs.cpSync('content/pimpasa', path.join(root, 'pimpasa'), { recursive: true });
  // An editor adds the village's own entries (test values), a comment, and a note for the kecamatan.
  const text = fs.readFileSync(kobaFile(), 'utf8')
    .replace('    nama: Berok\n    jenis: kelurahan\n', '    nama: Berok\n    jenis: kelurahan\n    # Ditambahkan editor: rapat warga uji.\n    sekretariat: Ruang uji di kantor kelurahan\n    catatan: Catatan uji.\n    agenLiterasi:\n      - nama: Agen Uji\n')
    .replace('provinsi: Kepulauan Bangka Belitung\n', 'provinsi: Kepulauan Bangka Belitung\ncatatan: Catatan kecamatan uji.\n');
  expect(text).toContain('Ruang uji');
  fs.writeFileSync(kobaFile(), text);
});

test('a re-import keeps editors’ fields and comments, and still refreshes the imported fields', () => {
  // An imported field edited by hand is put back to the Kemendagri value.
  fs.writeFileSync(kobaFile(), fs.readFileSync(kobaFile(), 'utf8').replace('nama: Padang Mulia', 'nama: Padang Mulya (salah ketik)'));
  runImport();
  const text = fs.readFileSync(kobaFile(), 'utf8');
  expect(text).toContain('# Ditambahkan editor: rapat warga uji.');
  const koba = parse(text);
  expect(koba.catatan).toBe('Catatan kecamatan uji.');
  const berok = koba.desa.find((v: { kode: string }) => v.kode === '19.04.01.1017');
  expect(berok).toEqual({
    kode: '19.04.01.1017',
    nama: 'Berok',
    jenis: 'kelurahan',
    sekretariat: 'Ruang uji di kantor kelurahan',
    catatan: 'Catatan uji.',
    agenLiterasi: [{ nama: 'Agen Uji' }],
  });
  expect(koba.desa.find((v: { kode: string }) => v.kode === '19.04.01.1018').nama).toBe('Padang Mulia');
  expect(koba.desa).toHaveLength(11);
  // Officer files are created only when missing: the existing ones are left alone.
  expect(fs.readdirSync(path.join(root, 'pimpasa'))).toHaveLength(6);
});

test('a village that left the data keeps its editors’ entries and is reported; one without entries goes', () => {
  // Berok (with entries) and Nibung (without) disappear from the Kemendagri file.
  const result = runImport('--data', csvWithout('19.04.01.1017', '19.04.01.2003'));
  const koba = parse(fs.readFileSync(kobaFile(), 'utf8'));
  const codes = koba.desa.map((v: { kode: string }) => v.kode);
  expect(codes).toContain('19.04.01.1017');
  expect(codes).not.toContain('19.04.01.2003');
  expect(koba.desa.find((v: { kode: string }) => v.kode === '19.04.01.1017').sekretariat).toBe('Ruang uji di kantor kelurahan');
  expect(result.stderr).toMatch(/PERINGATAN .*koba\.yaml: 19\.04\.01\.1017 \(Berok\) tidak ada lagi di data Kemendagri tetapi berisi catatan editor/);
  expect(result.stderr).not.toMatch(/Nibung/);
});
