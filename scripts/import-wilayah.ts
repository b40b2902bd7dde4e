/**
 * `npm run import:wilayah -- <kode>`: writes the kecamatan and desa/kelurahan under a Kemendagri
 * code prefix ("19.04" = Kabupaten Bangka Tengah, "19" = a province, "semua" = all of Indonesia)
 * from data/wilayah-indonesia-desa.csv into content/wilayah/, and a Pimpasa file per kecamatan
 * into content/pimpasa/ when none exists.
 *
 * Re-running keeps what editors wrote: only kode, nama, jenis, kabupaten and provinsi are
 * rewritten; every other field and every comment stays. Villages that left the data but carry
 * editors' fields are kept and reported, never silently dropped.
 *
 * Options: --konten <dir>  content folder to write into (default: content, or KONTEN_DIR)
 *          --data <file>   CSV to read (default: data/wilayah-indonesia-desa.csv)
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Document, isMap, isSeq, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { slugify } from '../src/lib/slug.ts';
import { CONTENT_ROOT } from '../src/lib/content/paths.ts';
import { IMPORTED_VILLAGE_FIELDS } from '../src/schemas/area.ts';

interface Row {
  kode: string;
  nama: string;
  kecamatan: string;
  kabupaten: string;
  provinsi: string;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { konten: { type: 'string' }, data: { type: 'string' } },
});
const prefix = positionals[0];
if (!prefix || !/^(semua|\d{2}(\.\d{2}){0,2})$/.test(prefix)) {
  console.error('Pakai: npm run import:wilayah -- <kode>   contoh: 19.04 (satu kabupaten), 19 (satu provinsi), semua (seluruh Indonesia)');
  process.exit(2);
}
const contentRoot = path.resolve(values.konten ?? CONTENT_ROOT);
const csvFile = path.resolve(values.data ?? 'data/wilayah-indonesia-desa.csv');
const today = new Date().toISOString().slice(0, 10);

/** Minimal CSV reader for the Kemendagri file: commas, double-quoted fields with "" escapes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows.filter((r) => r.length > 1);
}

const [header, ...records] = parseCsv(fs.readFileSync(csvFile, 'utf8'));
const column = (name: string) => header.indexOf(name);
const rows: Row[] = records
  .map((r) => ({ kode: r[column('kode')], nama: r[column('nama')], kecamatan: r[column('kecamatan')], kabupaten: r[column('kabupaten')], provinsi: r[column('provinsi')] }))
  .filter((r) => prefix === 'semua' || r.kode.startsWith(`${prefix}.`));
if (rows.length === 0) {
  console.error(`Tidak ada desa/kelurahan dengan kode ${prefix} di ${path.relative(process.cwd(), csvFile)}.`);
  process.exit(1);
}

const byDistrict = new Map<string, Row[]>();
for (const row of rows) {
  const code = row.kode.split('.').slice(0, 3).join('.');
  byDistrict.set(code, [...(byDistrict.get(code) ?? []), row]);
}

const HEADER =
  ' Data wilayah dari Kepmendagri (lihat data/SOURCES.md), ditulis oleh "npm run import:wilayah".\n' +
  ' Kolom kode, nama, jenis, kabupaten dan provinsi diperbarui oleh impor: jangan diubah manual.\n' +
  ' Kolom lain (sekretariat, agenLiterasi, catatan, pelajaranAwal) milik editor dan tidak ditimpa.';

const villageType = (code: string) => (code.split('.')[3].startsWith('1') ? 'kelurahan' : 'desa');
let written = 0;
let created = 0;
let officersCreated = 0;
// Kecamatan that already have a Pimpasa file, read once (re-reading the folder for every
// kecamatan made a national import take minutes). Whatever the file is called, an editor's
// officer entry for a kecamatan is never duplicated.
const officerDir = path.join(contentRoot, 'pimpasa');
fs.mkdirSync(officerDir, { recursive: true });
const officersByDistrict = new Set(
  fs
    .readdirSync(officerDir)
    .filter((name) => /\.ya?ml$/.test(name))
    .flatMap((name) => /^kecamatan:\s*["']?([\d.]+)/m.exec(fs.readFileSync(path.join(officerDir, name), 'utf8'))?.[1] ?? []),
);
const kept: string[] = [];

for (const [code, villages] of byDistrict) {
  const first = villages[0];
  const dir = path.join(contentRoot, 'wilayah', code.split('.').slice(0, 2).join('.'));
  fs.mkdirSync(dir, { recursive: true });
  let file = path.join(dir, `${slugify(first.kecamatan)}.yaml`);
  // Two kecamatan of one kabupaten with the same slug: keep them apart by code.
  if (fs.existsSync(file) && !fs.readFileSync(file, 'utf8').includes(`kode: "${code}"`)) {
    file = path.join(dir, `${slugify(first.kecamatan)}-${code.split('.')[2]}.yaml`);
  }
  const exists = fs.existsSync(file);
  const doc: Document = exists ? parseDocument(fs.readFileSync(file, 'utf8')) : new Document({});
  if (doc.errors.length > 0) {
    console.error(`${path.relative(process.cwd(), file)}: YAML rusak, tidak diubah. Perbaiki dulu (npm run check:content menunjukkan barisnya).`);
    process.exitCode = 1;
    continue;
  }
  doc.commentBefore = HEADER;
  const quoted = (value: string) => Object.assign(doc.createNode(value), { type: 'QUOTE_DOUBLE' });
  doc.set('kode', quoted(code));
  doc.set('nama', first.kecamatan);
  doc.set('kabupaten', first.kabupaten);
  doc.set('provinsi', first.provinsi);

  const existing = doc.get('desa');
  const seq: YAMLSeq = isSeq(existing) ? existing : new YAMLSeq();
  const byCode = new Map<string, YAMLMap>();
  for (const item of seq.items) if (isMap(item)) byCode.set(String(item.get('kode')), item);
  const items: YAMLMap[] = [];
  for (const village of [...villages].sort((a, b) => a.kode.localeCompare(b.kode))) {
    const node = byCode.get(village.kode) ?? new YAMLMap();
    byCode.delete(village.kode);
    node.set('kode', quoted(village.kode));
    node.set('nama', village.nama);
    node.set('jenis', villageType(village.kode));
    // Imported fields first, editors' fields after, in their own order.
    node.items.sort((a, b) => rank(a.key) - rank(b.key));
    items.push(node);
  }
  for (const [oldCode, node] of byCode) {
    const editorFields = node.items.filter((pair) => !(IMPORTED_VILLAGE_FIELDS as readonly string[]).includes(String((pair.key as { value?: unknown })?.value ?? pair.key)));
    if (editorFields.length > 0) {
      items.push(node);
      kept.push(`${path.relative(process.cwd(), file)}: ${oldCode} (${node.get('nama')}) tidak ada lagi di data Kemendagri tetapi berisi catatan editor; dibiarkan. Pindahkan catatannya lalu hapus desa ini.`);
    }
  }
  seq.items = items;
  doc.set('desa', seq);
  fs.writeFileSync(file, doc.toString({ lineWidth: 0 }));
  written++;
  if (!exists) created++;

  const officerFile = path.join(officerDir, `${code.split('.').slice(0, 2).join('-')}-${slugify(first.kecamatan)}.yaml`);
  if (!officersByDistrict.has(code)) {
    officersByDistrict.add(code);
    fs.writeFileSync(
      officerFile,
      `# Pimpasa (Petugas Imigrasi Pembina Desa) Kecamatan ${first.kecamatan}.\n` +
        '# Nama dan nomor petugas belum diumumkan kantor imigrasi. Jangan diisi dengan tebakan:\n' +
        '# isi nama, telepon dan whatsapp hanya dari surat tugas atau halaman resmi, lalu tambahkan sumbernya.\n' +
        `kecamatan: "${code}"\nnama:\ntelepon:\nwhatsapp:\ndiperiksa: ${today}\n`,
    );
    officersCreated++;
  }
}

function rank(key: unknown): number {
  const name = String((key as { value?: unknown })?.value ?? key);
  const index = (IMPORTED_VILLAGE_FIELDS as readonly string[]).indexOf(name);
  return index === -1 ? IMPORTED_VILLAGE_FIELDS.length : index;
}

for (const line of kept) console.warn(`PERINGATAN ${line}`);
console.log(
  `Impor ${prefix}: ${rows.length} desa/kelurahan di ${byDistrict.size} kecamatan; ${written} file wilayah ditulis (${created} baru), ${officersCreated} file Pimpasa baru.`,
);
