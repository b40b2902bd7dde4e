/**
 * The list of check messages in CONTRIBUTING.md ("Daftar pesan pemeriksaan"), generated from the
 * real checks run on the bad fixtures: tests/fixtures/content-invalid (content), a template left
 * unfilled, review dates past their limit, and tests/fixtures/site-invalid (built pages). The
 * editors' guide therefore quotes exactly what `npm run check` prints; a unit test fails when the
 * guide is out of date.
 *
 *   node scripts/editor-messages.ts           print the section
 *   node scripts/editor-messages.ts --tulis   rewrite it in CONTRIBUTING.md
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { validateContent } from '../src/lib/content/validate.ts';
import { formatProblem, type Problem } from '../src/lib/content/problems.ts';
import { findPlaceholders } from '../src/lib/checks/placeholders.ts';
import { checkBuiltSite } from '../src/lib/checks/site-check.ts';

export const GUIDE = 'CONTRIBUTING.md';
export const START = '<!-- pesan:mulai (dibuat oleh node scripts/editor-messages.ts --tulis; jangan diubah dengan tangan) -->';
export const END = '<!-- pesan:selesai -->';

const FIXTURES = path.resolve('tests/fixtures');
const TODAY = new Date('2026-11-28T00:00:00Z');

/** Title and how to fix it, per fixture case. A new case without an entry still gets its messages. */
const CASES: Record<string, [title: string, fix: string]> = {
  'yaml-syntax': ['Penulisan YAML salah', 'Lihat baris yang disebut dan satu baris di atasnya. Setelah nama kolom harus ada titik dua dan spasi. Awal baris memakai spasi, bukan Tab. Tanda kutip harus berpasangan.'],
  'frontmatter-syntax': ['Bagian atas pelajaran salah tulis', 'Bagian atas file .mdx (di antara dua baris "---") adalah YAML: periksa titik dua, spasi di awal baris, dan tanda kutip.'],
  'missing-field': ['Kolom wajib belum diisi', 'Tambahkan kolom itu. Contoh lengkap setiap jenis isi ada di panduan ini.'],
  'mistyped-field': ['Nama kolom salah eja', 'Ganti nama kolom dengan yang disarankan. Nama kolom harus persis, termasuk huruf besar-kecil.'],
  'wrong-type': ['Isi kolom salah jenis', 'Angka ditulis tanpa tanda kutip (durasi: 15). Daftar ditulis dengan "- " di awal setiap baris.'],
  'unknown-topic': ['Topik tidak dikenal', 'Tulis salah satu topik yang disebut, persis seperti itu.'],
  'quiz-answer': ['Jawaban kuis tidak ada di pilihan', 'Salin jawaban yang benar persis dari daftar pilihan, termasuk huruf besar-kecil dan tanda baca.'],
  'bad-phone': ['Nomor telepon tidak valid', 'Salin nomor persis dari sumbernya, dalam tanda kutip: "0811-1129-129", "129" atau "+62 812 9007 0027".'],
  'whatsapp-service-number': ['Nomor layanan pendek sebagai WhatsApp', 'WhatsApp hanya untuk nomor ponsel lengkap. Nomor pendek seperti 129 ditulis sebagai jenis: telepon.'],
  'bad-date': ['Tanggal salah tulis', 'Tulis tanggal sebagai TTTT-BB-HH: tahun, bulan, hari, misalnya 2026-11-28.'],
  'missing-kecamatan': ['Kode kecamatan tidak ada', 'Pakai salah satu kode kecamatan yang disebut. Kode ada di baris "kode:" file content/wilayah.'],
  'missing-lesson': ['Pelajaran yang dirujuk tidak ada', 'Id pelajaran adalah nama filenya tanpa ".mdx". Pilih salah satu id yang disebut, atau buat pelajaran itu dulu.'],
  'missing-contact': ['Kontak yang dirujuk tidak ada', 'Id kontak adalah nama filenya tanpa ".yaml". Pilih salah satu id yang disebut, atau buat kontak itu dulu dengan npm run baru -- kontak "Nama".'],
  'journey-missing-contact': ['Kontak di panduan tidak ada', 'Id kontak adalah nama filenya tanpa ".yaml". Pilih salah satu id yang disebut.'],
  'missing-journey': ['Panduan yang dirujuk tidak ada', 'Id panduan adalah nama filenya di content/langkah tanpa ".yaml".'],
  'same-url': ['Dua desa akan memakai alamat halaman yang sama', 'Alamat halaman dibuat dari nama desa. Bedakan namanya sesuai data Kemendagri.'],
  'code-mismatch': ['Kode desa bukan milik kecamatannya', 'Periksa kode di data Kemendagri. Desa harus berada di file kecamatan yang kodenya menjadi awal kode desa.'],
  'officer-twice': ['Dua petugas Pimpasa untuk satu kecamatan', 'Satu kecamatan punya satu file Pimpasa. Hapus salah satu file.'],
  'officer-list': ['Satu petugas ditulis untuk beberapa kecamatan', 'Tulis satu kode kecamatan saja. Petugas untuk kecamatan lain ditulis di file kecamatan itu.'],
  'no-sources': ['Pelajaran tanpa sumber atau tanggal tinjau', 'Setiap pelajaran perlu sumber (judul, url, diakses) dan tanggal ditinjau.'],
  'mdx-outside-lessons': ['File MDX di luar content/pelajaran', 'Hanya file .mdx yang langsung berada di content/pelajaran yang diterbitkan. Pindahkan pelajaran ke sana (bukan ke sub-folder, dan berakhiran .mdx). Teks halaman lain ada di content/halaman sebagai YAML.'],
  'fact-missing': ['Fakta yang dirujuk tidak ada', 'Id fakta adalah nama filenya di content/fakta tanpa ".yaml". Pilih salah satu id yang disebut, atau buat fakta itu dulu (lihat Fakta dan aturan).'],
  'fact-hand-typed': ['Nilai dari daftar fakta diketik langsung', 'Angka itu sudah ada di daftar fakta. Ganti angka yang diketik dengan rujukannya: `<Fakta id="…" />` di isi pelajaran, `{fakta:…}` di teks YAML. Jika angkanya memang berbeda, periksa dulu apakah daftar fakta perlu diperbarui.'],
  'fact-in-summary': ['Fakta di judul atau ringkasan', 'Judul dan ringkasan tampil sebagai teks biasa di daftar, tab peramban dan hasil pencarian. Tulis angkanya di isi halaman, bukan di judul atau ringkasan.'],
  'fact-no-basis': ['Fakta tanpa dasar hukum', 'Setiap fakta menyebut aturan tempatnya bersandar: `dasarHukum` dengan `hukum` (id dari content/hukum) dan `pasal`.'],
  'fact-law-missing': ['Aturan yang dirujuk fakta tidak ada', 'Id aturan adalah nama filenya di content/hukum tanpa ".yaml". Pilih salah satu id yang disebut, atau buat file aturan itu dulu.'],
  'law-unknown-status': ['Status aturan tidak dikenal', 'Status hanya `berlaku`, `diubah` atau `dicabut`. Untuk `diubah` dan `dicabut`, tulis juga `perubahan`.'],
  'law-cited-unknown': ['Aturan yang dikutip belum ada di daftar aturan', 'Setiap aturan yang disebut di teks (misalnya "UU 21/2007") perlu file di content/hukum: jenis, nomor, tahun, judul, status, sumber dan tanggal diperiksa.'],
  'law-revoked': ['Aturan diubah atau dicabut: halaman yang memakainya perlu ditinjau', 'Baca lagi bagian yang disebut dengan aturan yang baru. Perbaiki isinya bila perlu, lalu tulis tanggal hari ini di `ditinjau` (pelajaran, panduan, cek tawaran) atau `diperiksa` (fakta). Pesan hilang sendiri setelah semua ditinjau sesudah tanggal perubahan.'],
  'offer-missing-lesson': ['Pelajaran atau kontak di cek tawaran tidak ada', 'Setiap pertanyaan cek tawaran menunjuk ke pelajaran (id dari content/pelajaran) dan kontak (id dari content/kontak) yang ada.'],
  'long-sentence': ['Kalimat terlalu panjang', 'Pecah kalimat itu menjadi dua atau tiga kalimat pendek. Satu kalimat satu pesan.'],
  'contact-no-source': ['Kontak tanpa sumber atau tanggal diperiksa', 'Setiap nomor perlu sumber (judul, url, diakses) dan tanggal diperiksa.'],
  'step-no-action': ['Langkah tanpa tindakan', 'Setiap langkah perlu daftar tindakan: apa yang harus dilakukan, satu baris "- " untuk satu tindakan.'],
  'step-no-title': ['Langkah tanpa judul', 'Setiap langkah diawali "- judul:" dengan judul pendek.'],
  'mdx-import': ['Baris import atau export di pelajaran', 'Hapus baris itu. Komponen pelajaran (Kotak, Kontak, Fakta, …) sudah tersedia tanpa import. Jika itu kalimat biasa yang kebetulan diawali kata "import" atau "export", ubah susunan kalimatnya.'],
  'mdx-expression': ['Kurung kurawal { } di isi pelajaran', 'Kurung kurawal menjalankan kode. Untuk menampilkan tanda kurung kurawal tulis `\\{` dan `\\}`. Catatan yang tidak tampil ditulis `{/* catatan */}`. Angka dari daftar fakta ditulis `<Fakta id="…" />`.'],
  'mdx-attribute-expression': ['Kode di atribut komponen', 'Tulis isi atribut sebagai teks dalam tanda kutip: `judul="…"`. Hanya `baris` pada `<Perbandingan>` yang memakai `{[ … ]}`, dan isinya hanya teks dalam tanda kutip seperti contoh di panduan ini.'],
  'mdx-raw-tags': ['Tag HTML yang tidak boleh ada di pelajaran', 'Hapus tag itu. Pelajaran tidak memuat skrip, gaya tampilan, isi situs lain (iframe, object, embed), pengaturan halaman (meta, base, link) atau formulir. Untuk isi dari situs lain tulis tautan biasa `[Baca: judul](https://…)`.'],
  'mdx-event-attribute': ['Atribut yang menjalankan kode (onclick, onload, …)', 'Hapus atribut yang diawali "on". Tautan cukup ditulis `[teks tautan](/alamat/)`.'],
  'mdx-code-url': ['Alamat javascript:, data: atau vbscript:', 'Alamat seperti itu menjalankan kode atau menyembunyikan isi. Tulis alamat halaman biasa yang diawali https:// atau /.'],
  'mdx-external-image': ['Gambar dari situs lain', 'Gambar dari situs lain memberi tahu situs itu siapa yang membaca, dan bisa berubah setelah diperiksa. Simpan gambarnya di public/gambar/ (dengan izin pemiliknya) lalu tulis `![keterangan gambar](/gambar/nama-file.jpg)`. Tautan biasa ke situs lain tetap boleh.'],
  'mdx-unknown-component': ['Komponen atau atribut tidak dikenal', 'Pakai salah satu komponen yang disebut, dengan atribut yang disebut, persis seperti contoh di "Komponen pelajaran".'],
  'phone-unknown': ['Nomor telepon yang tidak ada di daftar kontak', 'Setiap nomor telepon dan WhatsApp berasal dari content/kontak, yang mencatat sumber dan tanggal diperiksa. Di pelajaran tulis `<Kontak id="…" />`; di panduan dan cek tawaran sebut nama layanannya dan tulis id-nya di kolom kontak. Jika nomornya memang baru, tambahkan dulu ke content/kontak beserta sumbernya (`npm run baru -- kontak "Nama"`).'],
  'duplicate-entry': ['Dua file untuk satu entri', 'Satu entri satu file. Gabungkan isinya ke satu file (.yaml untuk data, .mdx untuk pelajaran), lalu hapus file yang lain.'],
  'yaml-alias-bomb': ['File YAML yang tidak bisa dibaca', 'Tulis setiap isi langsung, tanpa alias (`&nama` dan `*nama`). Jika file ini bukan buatan Anda, jangan gabungkan pull request-nya.'],
  'broken-link': ['Tautan ke halaman yang tidak ada', 'Perbaiki alamat tautan di baris yang disebut. Pakai alamat yang disarankan, atau salin alamat dari bilah alamat peramban saat halaman itu terbuka.'],
  'broken-anchor': ['Tautan ke bagian (#) yang tidak ada', 'Bagian setelah # adalah judul bagian dalam huruf kecil dengan tanda hubung. Pakai salah satu bagian yang disebut.'],
  'vague-label': ['Teks tautan yang tidak jelas ("klik di sini")', 'Tulis tujuan tautan sebagai teksnya: `[Baca: Nomor penting dan kontak](/kontak/)`, bukan `[klik di sini](/kontak/)`.'],
  'invalid-html': ['HTML tidak valid karena komponen ditulis di dalam kalimat', 'Tulis komponen di barisnya sendiri, dengan satu baris kosong sebelum dan sesudahnya.'],
  'raw-fact-token': ['Rujukan fakta tampil apa adanya', 'Halaman menampilkan `{fakta:…}` alih-alih nilainya. Ini kesalahan di templat situs, bukan di tulisan Anda: laporkan kepada pengembang dan sertakan pesannya.'],
  'layout-link': ['Masalah di tata letak situs (bukan di isi)', 'Jika pesan menunjuk ke file di dist/ dan menyebut "kode situs", masalahnya bukan di tulisan Anda. Laporkan kepada pengembang dan sertakan pesannya.'],
};

/** Cases in the order of CASES (the order a reader meets the problems), new ones last. */
function inGuideOrder(names: string[]): string[] {
  const order = Object.keys(CASES);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return [...names].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** A content folder made of the valid fixture with one case laid over it. */
function contentCopy(overlay?: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dbi-pesan-'));
  fs.cpSync(path.join(FIXTURES, 'content-valid'), root, { recursive: true });
  if (overlay) fs.cpSync(overlay, root, { recursive: true });
  return root;
}

/** Problems as an editor's terminal shows them, with temporary folders named as in the repository. */
function show(problems: Problem[], roots: [dir: string, name: string][]): string {
  let text = problems.map((p) => formatProblem(p)).join('\n\n');
  for (const [dir, name] of roots) text = text.replaceAll(`${dir}/`, `${name}/`).replaceAll(dir, name);
  return text;
}

function section(title: string, fix: string, origin: string, text: string): string {
  return `#### ${title}\n\n${fix}\n\nContoh pesan (dari ${origin}):\n\n\`\`\`text\n${text}\n\`\`\``;
}

export async function messagesMarkdown(): Promise<string> {
  const parts: string[] = [];

  parts.push('### Isi (content/)');
  for (const name of inGuideOrder(fs.readdirSync(path.join(FIXTURES, 'content-invalid')))) {
    const root = contentCopy(path.join(FIXTURES, 'content-invalid', name));
    const errors = validateContent({ root, today: TODAY }).problems.filter((p) => p.level === 'error');
    const [title, fix] = CASES[name] ?? [name, 'Pesannya menyebut cara memperbaikinya.'];
    parts.push(section(title, fix, `\`tests/fixtures/content-invalid/${name}\``, show(errors, [[root, 'content']])));
  }

  const template = contentCopy();
  spawnSync(process.execPath, ['scripts/new-entry.ts', 'kontak', 'Kontak Baru'], { env: { ...process.env, KONTEN_DIR: template }, encoding: 'utf8' });
  const placeholder = findPlaceholders(template).filter((p) => p.field === 'lembaga');
  parts.push(section('Isian templat belum diganti', 'Ganti teks "GANTI: …" dengan isi yang sebenarnya. Petunjuknya ada di pesan dan di baris "#" di atas kolom itu.', '`npm run baru -- kontak "Kontak Baru"` yang belum diisi', show(placeholder, [[template, 'content']])));

  const dated = contentCopy();
  const review = (today: string, file: string, field: string) =>
    validateContent({ root: dated, today: new Date(`${today}T00:00:00Z`) }).problems.filter((p) => p.file.endsWith(file) && p.field === field);
  parts.push(
    section(
      'Tanggal tinjau dan tanggal diperiksa sudah lama',
      'Periksa lagi isinya ke sumber. Jika masih benar, tulis tanggal hari ini di ditinjau (pelajaran, panduan) atau diperiksa (kontak). Jika berubah, perbaiki isinya dulu. Pelajaran: peringatan setelah 12 bulan, galat setelah 24 bulan. Kontak: peringatan setelah 12 bulan.',
      'berkas uji yang diperiksa 13 dan 25 bulan kemudian',
      show([...review('2027-12-15', 'pelajaran-uji.mdx', 'ditinjau'), ...review('2028-12-15', 'pelajaran-uji.mdx', 'ditinjau'), ...review('2027-12-15', 'hotline-uji.yaml', 'diperiksa')], [[dated, 'content']]),
    ),
  );

  const exampleUrl = contentCopy();
  const siteFile = path.join(exampleUrl, 'situs.yaml');
  fs.writeFileSync(siteFile, fs.readFileSync(siteFile, 'utf8').replace(/^urlDasar: .*$/m, 'urlDasar: https://desa-binaan-imigrasi.example'));
  parts.push(
    section(
      'Alamat situs masih contoh',
      'Peringatan ini tetap muncul sampai kantor menentukan alamat tempat situs diterbitkan. Tulis alamat itu (diawali https://) di urlDasar pada content/situs.yaml. Build untuk diterbitkan (`npm run build:produksi`) menolak alamat contoh sebagai galat.',
      '`content/situs.yaml` dengan alamat contoh',
      show(validateContent({ root: exampleUrl, today: TODAY }).problems.filter((p) => p.field === 'urlDasar'), [[exampleUrl, 'content']]),
    ),
  );

  // Symlinks and non-UTF-8 bytes do not survive in git reliably: made here, as the tests make them.
  const files = contentCopy();
  fs.symlinkSync(path.join(files, 'pelajaran/pelajaran-uji.mdx'), path.join(files, 'pelajaran/tautan.mdx'));
  fs.writeFileSync(path.join(files, 'kontak/kantor-latin1.yaml'), Buffer.concat([Buffer.from('nama: Kantor Pengaduan\nlembaga: Dinas Pengaduan Caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
  fs.appendFileSync(path.join(files, 'langkah/langkah-uji.yaml'), `\n${'# catatan panjang\n'.repeat(12_000)}`);
  parts.push(
    section(
      'Tautan simbolik, teks bukan UTF-8, atau file terlalu besar',
      'Isi situs harus berupa file teks biasa. Ganti tautan simbolik (symlink) dengan salinan filenya. Simpan ulang file dengan pengodean UTF-8 (di editor teks: Save with Encoding → UTF-8). File di atas 200 kB (1 MB untuk content/wilayah) biasanya salah tempel: pecah menjadi beberapa file.',
      'berkas uji dengan symlink, huruf Latin-1 dan catatan yang sangat panjang',
      show(validateContent({ root: files, today: TODAY, publicDir: fs.mkdtempSync(path.join(os.tmpdir(), 'dbi-pesan-public-')) }).problems.filter((p) => /symlink|UTF-8|batasnya/.test(p.message)), [[files, 'content']]),
    ),
  );

  parts.push('### Halaman hasil build (tautan, teks tautan, HTML)');
  const siteFixtures = path.join(FIXTURES, 'site-invalid');
  for (const name of inGuideOrder(fs.readdirSync(siteFixtures).filter((n) => n !== '_dasar'))) {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbi-pesan-situs-'));
    fs.cpSync(path.join(siteFixtures, '_dasar'), outDir, { recursive: true });
    fs.cpSync(path.join(siteFixtures, name, 'situs'), outDir, { recursive: true });
    const overlay = path.join(siteFixtures, name, 'konten');
    const root = contentCopy(fs.existsSync(overlay) ? overlay : undefined);
    const { content } = validateContent({ root, today: TODAY });
    const { problems } = await checkBuiltSite({ outDir, contentRoot: root, content });
    const [title, fix] = CASES[name] ?? [name, 'Pesannya menyebut cara memperbaikinya.'];
    parts.push(section(title, fix, `\`tests/fixtures/site-invalid/${name}\``, show(problems, [[root, 'content'], [outDir, 'dist']])));
  }
  return parts.join('\n\n');
}

/** The guide with its message section replaced. */
export function withMessages(guide: string, markdown: string): string {
  const start = guide.indexOf(START);
  const end = guide.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${GUIDE}: penanda ${START} dan ${END} tidak ditemukan`);
  return `${guide.slice(0, start + START.length)}\n\n${markdown}\n\n${guide.slice(end)}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const markdown = await messagesMarkdown();
  if (process.argv.includes('--tulis')) {
    fs.writeFileSync(GUIDE, withMessages(fs.readFileSync(GUIDE, 'utf8'), markdown));
    console.log(`✓ Daftar pesan di ${GUIDE} diperbarui.`);
  } else console.log(markdown);
}
