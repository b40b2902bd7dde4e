/**
 * The editors' whole path, as CONTRIBUTING.md tells it, on a copy of the small valid content:
 * add a village contact and a new lesson with `npm run baru`, see `npm run check` refuse the
 * placeholders, fill the files the way the templates explain, run the check again — which builds
 * the site and checks its pages — and find the new lesson page, with its contact, in the output.
 * The lesson also carries every component example of CONTRIBUTING.md, so the same single Astro
 * build proves those examples render to valid HTML.
 */
import { expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseDocument } from 'yaml';
import { contentWith } from '../helpers/content-fixture.ts';
import { componentExamples } from '../helpers/editor-guide.ts';

const today = new Date().toISOString().slice(0, 10);

function run(script: string, args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [script, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 170_000 });
}

/** Sets fields in YAML text the way an editor would, keeping the template's comments. */
function fillYaml(text: string, values: [path: (string | number)[], value: unknown][], remove: (string | number)[][] = []): string {
  const doc = parseDocument(text);
  for (const [fieldPath, value] of values) doc.setIn(fieldPath, value);
  for (const fieldPath of remove) doc.deleteIn(fieldPath);
  return doc.toString({ lineWidth: 0 });
}

/** The lines still holding a placeholder, comments aside. */
const leftovers = (text: string) => text.split('\n').filter((line) => line.includes('GANTI') && !/^\s*(#|\{\/\*)/.test(line));

test('an editor adds a village contact and a lesson, and npm run check walks them to a passing, built site', { timeout: 180_000 }, () => {
  const content = contentWith();
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbi-editor-build-'));
  fs.rmSync(outDir, { recursive: true });
  const env = { KONTEN_DIR: content, OUT_DIR: outDir, ASTRO_CACHE_DIR: path.join(os.tmpdir(), `dbi-editor-cache-${process.pid}`) };

  // 1. Two new files from the templates.
  expect(run('scripts/new-entry.ts', ['kontak', 'Sekretariat Desa Binaan Kurau Timur'], env).status).toBe(0);
  expect(run('scripts/new-entry.ts', ['pelajaran', 'Kerja di kapal ikan'], env).status).toBe(0);
  const contactFile = path.join(content, 'kontak/sekretariat-desa-binaan-kurau-timur.yaml');
  const lessonFile = path.join(content, 'pelajaran/kerja-di-kapal-ikan.mdx');

  // 2. The check refuses them, naming both files, and builds nothing.
  const refused = run('scripts/check-site.ts', [], env);
  expect(refused.status).toBe(1);
  expect(refused.stdout).toMatch(/GALAT .*sekretariat-desa-binaan-kurau-timur\.yaml:\d+ · lembaga/);
  expect(refused.stdout).toMatch(/GALAT .*kerja-di-kapal-ikan\.mdx:\d+ · ringkasan/);
  expect(fs.existsSync(outDir)).toBe(false);

  // 3. Fill the contact: an office whose number is not published yet, so `saluran` gives way to `belumTersedia`.
  const source = { judul: 'Sumber uji', penerbit: 'Penerbit uji', url: 'https://example.org/sumber', diakses: today };
  fs.writeFileSync(
    contactFile,
    fillYaml(
      fs.readFileSync(contactFile, 'utf8'),
      [
        [['lembaga'], 'Pemerintah Desa Kurau Timur'],
        [['jenis'], 'kantor'],
        [['untuk'], 'Tanya jadwal pertemuan desa binaan dan materi cetak.'],
        [['belumTersedia'], 'Nomor sekretariat belum diumumkan. Datang ke kantor desa pada jam kerja.'],
        [['alamat'], 'Kantor Desa Kurau Timur'],
        [['tingkat'], 'C'],
        [['sumber', 0], source],
        [['diperiksa'], today],
      ],
      [['saluran']],
    ),
  );

  // 4. Fill the lesson: frontmatter by field, body lines by hand, with a component and the new contact.
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(fs.readFileSync(lessonFile, 'utf8'))!;
  const filledFrontmatter = fillYaml(frontmatter, [
    [['ringkasan'], 'Tawaran kerja di kapal ikan bisa menjadi jebakan. Kenali tandanya.'],
    [['topik'], 'tppo'],
    [['durasi'], 10],
    [['tujuan', 0], 'Mengenali tawaran kerja di kapal yang berbahaya.'],
    [['pesanKunci', 0], 'Tanyakan dulu ke Disnaker sebelum berangkat.'],
    [['kuis', 0], { pertanyaan: 'Ke mana bertanya sebelum menerima tawaran?', pilihan: ['Disnaker', 'Perekrut'], jawaban: 'Disnaker', penjelasan: 'Disnaker bisa memeriksa tawaran itu.' }],
    [['fasilitator', 'bahan', 0], 'Lembar cetak'],
    [['fasilitator', 'pertanyaanDiskusi', 0], 'Siapa yang pernah mendapat tawaran seperti ini?'],
    [['fasilitator', 'kegiatan'], 'Warga membaca satu iklan kerja dan mencari tanda bahayanya.'],
    [['kontak'], ['sekretariat-desa-binaan-kurau-timur']],
    [['sumber', 0], { ...source, tingkat: 'C' }],
    [['ditinjau'], today],
  ]);
  // The guide's component examples, each on its own with blank lines around it, as the guide says;
  // its <Kontak> example points at a contact of the real content, here the one just made.
  const guideComponents = componentExamples()
    .map(({ code }) => code.replace(/<Kontak id="[^"]+"/, '<Kontak id="sekretariat-desa-binaan-kurau-timur"').replace(/<Fakta id="[^"]+"/, '<Fakta id="biaya-uji"').trim())
    .join('\n\n');
  const filledBody = body
    .replace('## GANTI: judul bagian pertama', '## Tawaran yang terlalu bagus')
    .replace('GANTI: isi bagian pertama, dengan kalimat pendek dan kata sehari-hari.', 'Gajinya besar. Syaratnya mudah. Hati-hati.')
    .replace('## GANTI: judul bagian kedua', '## Tanya dulu')
    .replace(
      'GANTI: isi bagian kedua.',
      `<Kotak jenis="peringatan" judul="Jangan serahkan paspor">\nPegang paspor Anda sendiri.\n</Kotak>\n\nTanyakan ke sekretariat desa binaan.\n\n## Contoh komponen\n\n${guideComponents}`,
    );
  fs.writeFileSync(lessonFile, `---\n${filledFrontmatter}---\n${filledBody}`);
  expect(leftovers(fs.readFileSync(contactFile, 'utf8'))).toEqual([]);
  expect(leftovers(fs.readFileSync(lessonFile, 'utf8'))).toEqual([]);

  // 5. The check passes: content, then a build, then every built page.
  const passed = run('scripts/check-site.ts', [], env);
  expect(passed.status, `${passed.stdout}\n${passed.stderr}`).toBe(0);
  expect(passed.stdout).toMatch(/== 2\. Membangun situs/);
  expect(passed.stdout).toMatch(/✓ Semua pemeriksaan lulus: 0 galat/);

  // 6. The new lesson is a page, showing the new contact; the contacts page lists it too.
  const page = fs.readFileSync(path.join(outDir, 'pelajaran/kerja-di-kapal-ikan/index.html'), 'utf8');
  expect(page).toMatch(/<h1[^>]*>Kerja di kapal ikan<\/h1>/);
  expect(page).toContain('Jangan serahkan paspor');
  expect(page).toContain('Sekretariat Desa Binaan Kurau Timur');
  expect(page).toContain('Nomor sekretariat belum diumumkan.');
  expect(page).toContain('Gajinya sangat tinggi.'); // <TandaBahaya> from the guide
  expect(page).toContain('Selalu melewati batas negara.'); // <Perbandingan> from the guide
  expect(fs.readFileSync(path.join(outDir, 'kontak/index.html'), 'utf8')).toContain('Sekretariat Desa Binaan Kurau Timur');
});
