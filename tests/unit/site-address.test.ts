/**
 * The address in content/situs.yaml goes into every QR code, poster, handout and share link:
 * it must be https://, and a build for publishing refuses the template's placeholder, while a
 * local build only warns that the codes point nowhere yet.
 */
import { expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { validateContent } from '../../src/lib/content/validate.ts';
import { contentWith } from '../helpers/content-fixture.ts';

const today = new Date('2026-11-28T00:00:00Z');

function withAddress(url: string): string {
  const root = contentWith();
  const file = path.join(root, 'situs.yaml');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^urlDasar: .*$/m, `urlDasar: ${url}`));
  return root;
}
const addressProblems = (root: string, production?: boolean) =>
  validateContent({ root, today, production }).problems.filter((p) => p.field === 'urlDasar').map((p) => ({ level: p.level, message: p.message }));

test('an http:// address is refused, naming the file and the fix', () => {
  const problems = validateContent({ root: withAddress('http://desa-binaan-imigrasi.go.id.example-palsu.com'), today }).problems.filter((p) => p.field === 'urlDasar');
  expect(problems).toEqual([expect.objectContaining({ level: 'error', file: expect.stringMatching(/situs\.yaml$/), message: expect.stringMatching(/harus diawali https:\/\//) })]);
});

test('the placeholder address is a warning on a local build and an error on a build for publishing', () => {
  const root = withAddress('https://desa-binaan-imigrasi.example');
  expect(addressProblems(root, false)).toEqual([{ level: 'warning', message: expect.stringMatching(/belum menunjuk ke mana pun/) }]);
  expect(addressProblems(root, true)).toEqual([{ level: 'error', message: expect.stringMatching(/tidak dibangun/) }]);
  expect(addressProblems(withAddress('https://desabinaan.imigrasi.go.id'), true)).toEqual([]);
});

test('PRODUKSI=1 npm run check:content stops on the placeholder; without it the check passes with a warning', () => {
  const root = withAddress('https://desa-binaan-imigrasi.example');
  const run = (env: Record<string, string>) => spawnSync(process.execPath, ['scripts/check-content.ts'], { env: { ...process.env, KONTEN_DIR: root, ...env }, encoding: 'utf8' });
  const production = run({ PRODUKSI: '1' });
  expect(production.status).toBe(1);
  expect(production.stdout).toMatch(/GALAT .*situs\.yaml:\d+ · urlDasar\n\s+alamat situs masih contoh/);
  const local = run({ PRODUKSI: '' });
  expect(local.status).toBe(0);
  expect(local.stdout).toMatch(/PERINGATAN .*situs\.yaml:\d+ · urlDasar/);
});
