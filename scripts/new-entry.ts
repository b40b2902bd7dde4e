/**
 * `npm run baru -- pelajaran "Judul"` (or `langkah`, `kontak`): creates a correctly shaped
 * content file from scripts/templates/, named after the title, with every field to fill marked
 * "GANTI" and explained in Indonesian comments. The placeholders fail `npm run check` until they
 * are replaced, so an unfinished file cannot be published. Never overwrites an existing file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_ROOT, contentDir, type CONTENT_DIRS } from '../src/lib/content/paths.ts';
import { idFromFile, listFiles, readMdx, readYaml, relativeFile } from '../src/lib/content/files.ts';
import { slugify } from '../src/lib/slug.ts';
import { TOPICS } from '../src/schemas/topics.ts';

interface Kind {
  folder: keyof typeof CONTENT_DIRS;
  extension: string;
  /** Extensions of existing entries with the same id (a lesson may be .md or .mdx). */
  siblings: string[];
  template: string;
  /** Address of the new page once built, for the next-steps text. */
  page?: (id: string) => string;
  what: string;
}

const KINDS: Record<string, Kind> = {
  pelajaran: { folder: 'lessons', extension: '.mdx', siblings: ['.mdx', '.md'], template: 'pelajaran.mdx', page: (id) => `/pelajaran/${id}/`, what: 'pelajaran' },
  langkah: { folder: 'journeys', extension: '.yaml', siblings: ['.yaml', '.yml'], template: 'langkah.yaml', page: (id) => `/langkah/${id}/`, what: 'panduan langkah demi langkah' },
  kontak: { folder: 'contacts', extension: '.yaml', siblings: ['.yaml', '.yml'], template: 'kontak.yaml', page: () => '/kontak/', what: 'kontak' },
};

const USAGE = `Cara memakai:
  npm run baru -- pelajaran "Judul pelajaran"
  npm run baru -- langkah "Judul panduan"
  npm run baru -- kontak "Nama kontak"`;

function fail(message: string, code = 1): never {
  console.error(`✗ ${message}`);
  process.exit(code);
}

const [kindName, ...titleWords] = process.argv.slice(2);
const title = titleWords.join(' ').trim();
const kind = KINDS[kindName ?? ''];
if (!kind) fail(`${kindName ? `jenis "${kindName}" tidak dikenal. ` : ''}Tulis jenis isi dan judulnya.\n${USAGE}`, 2);
if (!title) fail(`judul belum ditulis.\n${USAGE}`, 2);
const id = slugify(title);
if (!id) fail(`judul "${title}" tidak bisa dijadikan nama file: pakai huruf atau angka.`, 2);

const folder = contentDir(kind.folder, CONTENT_ROOT);
const target = path.join(folder, `${id}${kind.extension}`);
const existing = kind.siblings.map((ext) => path.join(folder, `${id}${ext}`)).find((file) => fs.existsSync(file));
if (existing) {
  fail(`${relativeFile(existing)} sudah ada; file itu tidak ditimpa. Ubah file itu, atau pilih judul lain (nama file dibuat dari judul: "${id}").`);
}

const ids = (name: keyof typeof CONTENT_DIRS, extensions: string[]) => listFiles(contentDir(name, CONTENT_ROOT), extensions).map(idFromFile);
const text = fs
  .readFileSync(path.join(import.meta.dirname, 'templates', kind.template), 'utf8')
  .replaceAll('{{judul}}', yamlText(title))
  .replaceAll('{{urutan}}', String(nextOrder(kind)))
  .replaceAll('{{topik}}', TOPICS.join(', '))
  .replaceAll('{{kontak}}', ids('contacts', ['.yaml', '.yml']).join(', ') || '(belum ada)')
  .replaceAll('{{pelajaran}}', ids('lessons', ['.mdx', '.md']).join(', ') || '(belum ada)');

fs.mkdirSync(folder, { recursive: true });
fs.writeFileSync(target, text, { flag: 'wx' });

const file = relativeFile(target);
console.log(`✓ File ${kind.what} baru dibuat: ${file}

Langkah berikutnya:
  1. Buka ${file}. Ganti setiap "GANTI" dengan isi yang sebenarnya;
     penjelasannya ada di baris "#" di atas setiap kolom.
  2. Setiap fakta (aturan, biaya, nomor, alamat) perlu sumber dan tanggal: isi bagian "sumber".
     Jangan menebak nama, nomor atau biaya.
  3. Jalankan "npm run check". Perbaiki setiap pesan, lalu jalankan lagi sampai lulus.
  4. Lihat hasilnya: "npm start", lalu buka http://127.0.0.1:4321${kind.page?.(id) ?? '/'}
  5. Kirim perubahan sebagai pull request (lihat CONTRIBUTING.md, bagian "Mengirim perubahan").`);

/** YAML text as written: plain when that is safe, otherwise in double quotes. */
function yamlText(value: string): string {
  return /[:#]|^[\s\-?[\]{}&*!|>'"%@`,]|\s$/.test(value) ? JSON.stringify(value) : value;
}

/** One after the highest `urutan` in the folder, so the new entry comes last until the editor says otherwise. */
function nextOrder(of: Kind): number {
  let highest = 0;
  for (const file of listFiles(contentDir(of.folder, CONTENT_ROOT), of.siblings)) {
    const data = (of.extension === '.mdx' ? readMdx(file) : readYaml(file)).data as { urutan?: unknown } | undefined;
    if (typeof data?.urutan === 'number' && data.urutan > highest) highest = data.urutan;
  }
  return highest + 1;
}
