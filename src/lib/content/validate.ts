/**
 * Validates every content file at once with the same zod schemas the site is built from,
 * then checks what zod alone cannot: references between entries, duplicate URLs, codes that
 * do not belong to their kecamatan, one officer per kecamatan, review dates, plain language.
 * `npm run check:content` prints the result; `npm run build` runs it first.
 */
import path from 'node:path';
import type { z } from 'astro/zod';
import { contactSchema, type Contact } from '../../schemas/contact.ts';
import { districtSchema, type District } from '../../schemas/area.ts';
import { journeySchema, type Journey } from '../../schemas/journey.ts';
import { lessonSchema, type Lesson } from '../../schemas/lesson.ts';
import { officerSchema, type Officer } from '../../schemas/officer.ts';
import { siteSchema, type Site } from '../../schemas/site.ts';
import { factSchema, type Fact } from '../../schemas/fact.ts';
import { lawSchema, type Law } from '../../schemas/law.ts';
import { offerCheckSchema, type OfferCheck } from '../../schemas/offer-check.ts';
import { PAGE_SCHEMAS, type PageId } from '../../schemas/page.ts';
import { slugify } from '../slug.ts';
import { villageSlugs } from '../area.ts';
import { parsePhone, isParsedPhone } from '../phone.ts';
import { CONTENT_ROOT, OFFER_FILE, SITE_FILE, contentDir } from './paths.ts';
import { idFromFile, listFiles, readMdx, readYaml, relativeFile, type ReadFile } from './files.ts';
import { describeIssue, formatField, type Problem } from './problems.ts';
import { keysAt } from './schema-keys.ts';
import { PLAIN_LANGUAGE, sentencesOf } from './readability.ts';
import { checkRegisters, walkStrings, type CheckedText } from './check-registers.ts';
import { checkFiles } from './check-files.ts';
import { checkMdx } from './check-mdx.ts';
import { checkPhones, knownNumbers } from './check-phones.ts';

export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  body?: string;
}

export interface ValidContent {
  site?: Site;
  lessons: Entry<Lesson>[];
  journeys: Entry<Journey>[];
  contacts: Entry<Contact>[];
  officers: Entry<Officer>[];
  districts: Entry<District>[];
  facts: Entry<Fact>[];
  laws: Entry<Law>[];
  offerCheck?: OfferCheck;
}

export interface ValidationOptions {
  /** Content folder; defaults to ./content or KONTEN_DIR. */
  root?: string;
  /** "Today" for review-date checks (tests pass a fixed date). */
  today?: Date;
  /**
   * A build for publishing (PRODUKSI=1, `npm run build:produksi`): the placeholder site address,
   * which would go into every QR code, poster and share link, is then an error instead of a warning.
   */
  production?: boolean;
  /** Static files folder checked for symbolic links; defaults to ./public. */
  publicDir?: string;
}

const MONTH = 30.44 * 24 * 60 * 60 * 1000;

export function validateContent(options: ValidationOptions = {}): { problems: Problem[]; content: ValidContent } {
  const root = path.resolve(options.root ?? CONTENT_ROOT);
  const today = options.today ?? new Date();
  const problems: Problem[] = [];
  const content: ValidContent = { lessons: [], journeys: [], contacts: [], officers: [], districts: [], facts: [], laws: [] };

  const report = (read: Pick<ReadFile, 'file' | 'lineOf'>, fieldPath: readonly PropertyKey[], message: string, level: Problem['level'] = 'error') =>
    problems.push({ file: read.file, line: read.lineOf(fieldPath), field: fieldPath.length ? formatField(fieldPath) : undefined, message, level });

  function parse<T>(read: ReadFile, schema: z.ZodType<T>): T | undefined {
    if (read.syntaxError) {
      problems.push({ file: read.file, line: read.syntaxError.line, message: read.syntaxError.message, level: 'error' });
      return undefined;
    }
    const result = schema.safeParse(read.data ?? {});
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      for (const { path: fieldPath, message } of describeIssue(issue, read.data, (p) => keysAt(schema, p))) {
        report(read, fieldPath, message);
      }
    }
    return undefined;
  }

  function load<T>(files: string[], reader: (file: string) => ReadFile, schema: z.ZodType<T>): { entry: Entry<T>; read: ReadFile }[] {
    const loaded: { entry: Entry<T>; read: ReadFile }[] = [];
    for (const absolute of files) {
      const read = reader(absolute);
      const id = idFromFile(absolute);
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) && !absolute.includes(`${path.sep}wilayah${path.sep}`)) {
        problems.push({
          file: read.file,
          message: `nama file "${path.basename(absolute)}" juga menjadi alamat halaman: pakai huruf kecil, angka dan tanda hubung saja, misalnya "${slugify(id) || 'nama-file'}${path.extname(absolute)}"`,
          level: 'error',
        });
      }
      const data = parse(read, schema);
      if (data !== undefined) loaded.push({ entry: { id, file: read.file, data, body: read.body }, read });
    }
    return loaded;
  }

  // Site settings.
  const siteFile = path.join(root, SITE_FILE);
  const siteRead = listFiles(root, [SITE_FILE]).includes(siteFile) ? readYaml(siteFile) : undefined;
  if (!siteRead) problems.push({ file: relativeFile(siteFile), message: 'file pengaturan situs tidak ada; salin contoh dari CONTRIBUTING.md', level: 'error' });
  else content.site = parse(siteRead, siteSchema);

  const contacts = load(listFiles(contentDir('contacts', root), ['.yaml', '.yml']), readYaml, contactSchema);
  const officers = load(listFiles(contentDir('officers', root), ['.yaml', '.yml']), readYaml, officerSchema);
  const districts = load(listFiles(contentDir('areas', root), ['.yaml', '.yml']), readYaml, districtSchema);
  const lessons = load(listFiles(contentDir('lessons', root), ['.mdx']).filter((file) => path.dirname(file) === contentDir('lessons', root)), readMdx, lessonSchema);
  const journeys = load(listFiles(contentDir('journeys', root), ['.yaml', '.yml']), readYaml, journeySchema);
  content.contacts = contacts.map((x) => x.entry);
  content.officers = officers.map((x) => x.entry);
  content.districts = districts.map((x) => x.entry);
  content.lessons = lessons.map((x) => x.entry);
  content.journeys = journeys.map((x) => x.entry);
  const facts = load(listFiles(contentDir('facts', root), ['.yaml', '.yml']), readYaml, factSchema);
  const laws = load(listFiles(contentDir('laws', root), ['.yaml', '.yml']), readYaml, lawSchema);
  content.facts = facts.map((x) => x.entry);
  content.laws = laws.map((x) => x.entry);

  // The offer check and the page texts: one file each, each with its own schema.
  const offerFile = path.join(root, OFFER_FILE);
  const offerRead = listFiles(root, [OFFER_FILE]).includes(offerFile) ? readYaml(offerFile) : undefined;
  if (!offerRead) problems.push({ file: relativeFile(offerFile), message: 'file cek tawaran kerja tidak ada; salin contoh dari CONTRIBUTING.md', level: 'error' });
  else content.offerCheck = parse(offerRead, offerCheckSchema);
  const pages: { id: PageId; read: ReadFile; data: unknown }[] = [];
  const pageFiles = new Map(listFiles(contentDir('pages', root), ['.yaml', '.yml']).map((file) => [idFromFile(file), file]));
  for (const [id, file] of pageFiles) {
    if (!(id in PAGE_SCHEMAS)) {
      problems.push({ file: relativeFile(file), message: `file teks halaman "${path.basename(file)}" tidak dikenal. Nama yang dipakai situs: ${Object.keys(PAGE_SCHEMAS).map((p) => `${p}.yaml`).join(', ')}`, level: 'error' });
      continue;
    }
    const read = readYaml(file);
    const data = parse(read, PAGE_SCHEMAS[id as PageId] as z.ZodType<unknown>);
    if (data !== undefined) pages.push({ id: id as PageId, read, data });
  }
  for (const id of Object.keys(PAGE_SCHEMAS)) {
    if (!pageFiles.has(id)) problems.push({ file: relativeFile(path.join(contentDir('pages', root), `${id}.yaml`)), message: `teks halaman "${id}" tidak ada: buat file ini (contoh di CONTRIBUTING.md)`, level: 'error' });
  }

  const contactIds = new Set(content.contacts.map((c) => c.id));
  const lessonIds = new Set(content.lessons.map((l) => l.id));
  const journeyIds = new Set(content.journeys.map((j) => j.id));
  // Entries that failed validation still exist as files: do not also report references to them as missing.
  const fileIds = (kind: Parameters<typeof contentDir>[0], ext: string[]) => new Set(listFiles(contentDir(kind, root), ext).map(idFromFile));
  const existingContacts = fileIds('contacts', ['.yaml', '.yml']);
  const existingLessons = fileIds('lessons', ['.mdx', '.md']);
  const existingJourneys = fileIds('journeys', ['.yaml', '.yml']);

  const checkRef = (read: Pick<ReadFile, 'file' | 'lineOf'>, fieldPath: PropertyKey[], id: string | undefined, kind: 'kontak' | 'pelajaran' | 'langkah') => {
    if (!id) return;
    const [valid, existing, folder] =
      kind === 'kontak' ? [contactIds, existingContacts, 'content/kontak'] : kind === 'pelajaran' ? [lessonIds, existingLessons, 'content/pelajaran'] : [journeyIds, existingJourneys, 'content/langkah'];
    if (valid.has(id) || existing.has(id)) return;
    const known = [...valid].sort();
    report(read, fieldPath, `${kind} "${id}" tidak ada di ${folder}. Pilih salah satu: ${known.join(', ') || '(belum ada)'}`);
  };

  if (content.site && siteRead) {
    checkRef(siteRead, ['kantor', 'kontak'], content.site.kantor.kontak, 'kontak');
    content.site.pelajaranAwal.forEach((id, i) => checkRef(siteRead, ['pelajaranAwal', i], id, 'pelajaran'));
    const production = options.production ?? process.env.PRODUKSI === '1';
    // SITE_URL (a preview or the published address set by the host) stands in for urlDasar when set.
    const published = production && process.env.SITE_URL ? process.env.SITE_URL : content.site.urlDasar;
    if (production && !published.startsWith('https://')) {
      report(siteRead, ['urlDasar'], `SITE_URL "${published}" harus diawali https://: situs untuk diterbitkan tidak dibangun dengan alamat tanpa enkripsi`);
    } else if (isPlaceholderAddress(published)) {
      report(
        siteRead,
        ['urlDasar'],
        production
          ? `alamat situs masih contoh (${published}): situs untuk diterbitkan tidak dibangun, karena setiap kode QR, poster, lembar cetak dan tautan berbagi akan menunjuk ke alamat yang tidak ada. Tulis alamat tempat situs diterbitkan di urlDasar`
          : `alamat situs masih contoh (${content.site.urlDasar}): kode QR, poster, lembar cetak dan tautan berbagi di situs ini belum menunjuk ke mana pun. Tulis alamat tempat situs diterbitkan di urlDasar sebelum mencetak apa pun`,
        production ? 'error' : 'warning',
      );
    }
  }

  // Contacts: phone numbers are validated by the schema; here, how old the check is.
  for (const { entry, read } of contacts) {
    const age = monthsBetween(entry.data.diperiksa, today);
    if (age >= 12) report(read, ['diperiksa'], `nomor dan alamat terakhir diperiksa ${Math.floor(age)} bulan lalu: periksa lagi ke sumbernya, lalu perbarui tanggal diperiksa`, 'warning');
  }

  // Lessons.
  for (const { entry, read } of lessons) {
    entry.data.kontak.forEach((id, i) => checkRef(read, ['kontak', i], id, 'kontak'));
    checkRef(read, ['bagianDari'], entry.data.bagianDari, 'langkah');
    const age = monthsBetween(entry.data.ditinjau, today);
    if (age >= 24) report(read, ['ditinjau'], `pelajaran ini tidak ditinjau selama ${Math.floor(age)} bulan (batas 24 bulan): periksa isinya ke sumber, lalu perbarui tanggal ditinjau`);
    else if (age >= 12) report(read, ['ditinjau'], `pelajaran ini terakhir ditinjau ${Math.floor(age)} bulan lalu: jadwalkan peninjauan sebelum 24 bulan`, 'warning');
    checkBody(read, entry.body ?? '', contactIds, existingContacts);
    checkPlainLanguage(read, entry.body ?? '');
  }

  // Journeys.
  for (const { entry, read } of journeys) {
    entry.data.langkah.forEach((step, s) => {
      step.kontak.forEach((id, i) => checkRef(read, ['langkah', s, 'kontak', i], id, 'kontak'));
      step.pelajaran.forEach((id, i) => checkRef(read, ['langkah', s, 'pelajaran', i], id, 'pelajaran'));
    });
    const age = monthsBetween(entry.data.ditinjau, today);
    if (age >= 24) report(read, ['ditinjau'], `panduan ini tidak ditinjau selama ${Math.floor(age)} bulan (batas 24 bulan): periksa isinya, lalu perbarui tanggal ditinjau`);
    else if (age >= 12) report(read, ['ditinjau'], `panduan ini terakhir ditinjau ${Math.floor(age)} bulan lalu`, 'warning');
  }

  // Offer check: lessons and contacts it points to.
  if (content.offerCheck && offerRead) {
    content.offerCheck.pertanyaan.forEach((question, q) => {
      checkRef(offerRead, ['pertanyaan', q, 'pelajaran'], question.pelajaran, 'pelajaran');
      question.kontak.forEach((id, i) => checkRef(offerRead, ['pertanyaan', q, 'kontak', i], id, 'kontak'));
    });
  }

  // Values and laws: the registers, and every text that shows a value or cites a law.
  const texts: CheckedText[] = [
    ...lessons.map(({ entry, read }) => ({ read, data: read.data, body: entry.body ?? '', reviewed: entry.data.ditinjau, noun: 'pelajaran ini' })),
    ...journeys.map(({ entry, read }) => ({ read, data: read.data, reviewed: entry.data.ditinjau, noun: 'panduan ini' })),
    ...(content.offerCheck && offerRead
      ? [{ read: offerRead, data: offerRead.data, reviewed: content.offerCheck.ditinjau, noun: 'pertanyaan cek tawaran ini', parts: () => content.offerCheck!.pertanyaan.map((_, i): PropertyKey[] => ['pertanyaan', i]) }]
      : []),
    ...pages.map(({ read, data }) => ({ read, data, noun: 'teks halaman ini' })),
  ];
  problems.push(
    ...checkRegisters({
      facts: facts.map(({ entry, read }) => ({ id: entry.id, data: entry.data, read })),
      laws: laws.map(({ entry, read }) => ({ id: entry.id, data: entry.data, read })),
      existingFactIds: fileIds('facts', ['.yaml', '.yml']),
      existingLawIds: fileIds('laws', ['.yaml', '.yml']),
      texts,
      today,
    }),
  );
  // Plain language in YAML prose a resident reads (lesson bodies are measured as a whole below).
  for (const { read, data } of [...(offerRead && content.offerCheck ? [{ read: offerRead, data: offerRead.data }] : []), ...pages, ...journeys.map(({ read }) => ({ read, data: read.data }))]) {
    walkStrings(data, (value, fieldPath) => {
      for (const sentence of sentencesOf(value)) {
        if (sentence.words > PLAIN_LANGUAGE.maxSentenceWords) {
          report(read, fieldPath, `kalimat ${sentence.words} kata (batas ${PLAIN_LANGUAGE.maxSentenceWords}): pecah menjadi dua atau tiga kalimat pendek. Awal kalimat: "${sentence.text.slice(0, 60)}…"`);
        }
      }
    });
  }

  // An MDX file anywhere but directly in content/pelajaran is never published: say so rather than let it vanish.
  for (const absolute of listFiles(root, ['.mdx', '.md'])) {
    if (path.dirname(absolute) === contentDir('lessons', root) && absolute.endsWith('.mdx')) continue;
    if (path.basename(absolute).toLowerCase() === 'readme.md') continue;
    problems.push({
      file: relativeFile(absolute),
      message: absolute.endsWith('.md') && path.dirname(absolute) === contentDir('lessons', root)
        ? `pelajaran harus berakhiran .mdx: ganti nama file ini menjadi ${path.basename(absolute, '.md')}.mdx, atau pelajaran ini tidak akan diterbitkan`
        : 'file ini tidak akan diterbitkan: pelajaran ada langsung di content/pelajaran (bukan di sub-folder) dan berakhiran .mdx; teks halaman ada di content/halaman sebagai YAML. Pindahkan isinya ke sana, atau hapus file ini',
      level: 'error',
    });
  }

  // Files (one per entry, no symlinks, UTF-8, size), lesson bodies (content, not programs), and
  // phone numbers (only those of content/kontak or the fact register): ./check-files.ts,
  // ./check-mdx.ts, ./check-phones.ts.
  problems.push(...checkFiles({ root, publicDir: path.resolve(options.publicDir ?? 'public') }));
  const mdxFiles = listFiles(root, ['.mdx']).map((absolute) => readMdx(absolute)).filter((read) => read.body !== undefined);
  const bodies = mdxFiles.map((read) => ({ read, body: read.body!, ...checkMdx(read, read.body!) }));
  problems.push(...bodies.flatMap((b) => b.problems));
  const rawData = (kind: Parameters<typeof contentDir>[0]) => listFiles(contentDir(kind, root), ['.yaml', '.yml']).map((file) => readYaml(file).data);
  problems.push(
    ...checkPhones({
      known: knownNumbers(rawData('contacts'), rawData('facts')),
      contactIds: [...contactIds].sort(),
      yaml: [
        ...mdxFiles.map((read) => ({ read, data: read.data })),
        ...journeys.map(({ read }) => ({ read, data: read.data })),
        ...(offerRead ? [{ read: offerRead, data: offerRead.data }] : []),
        ...pages.map(({ read, data }) => ({ read, data, page: true })),
      ],
      bodies,
    }),
  );

  // Area: codes, duplicates, slugs.
  checkArea(districts, report, problems);

  // Officers: one per kecamatan, a kecamatan that exists, one person in one kecamatan only.
  const districtByCode = new Map(content.districts.map((d) => [d.data.kode, d]));
  const officerByDistrict = new Map<string, Entry<Officer>>();
  const officerByPerson = new Map<string, Entry<Officer>>();
  for (const { entry, read } of officers) {
    const code = entry.data.kecamatan;
    if (!districtByCode.has(code)) {
      const known = [...districtByCode.values()].map((d) => `${d.data.kode} (${d.data.nama})`).slice(0, 12);
      report(read, ['kecamatan'], `kecamatan "${code}" tidak ada di content/wilayah. Kode yang ada: ${known.join(', ')}`);
    }
    const other = officerByDistrict.get(code);
    if (other) report(read, ['kecamatan'], `kecamatan ${code} sudah punya petugas Pimpasa di ${other.file}: satu kecamatan satu petugas; hapus salah satu file`);
    else officerByDistrict.set(code, entry);
    for (const key of [entry.data.nama?.toLowerCase(), entry.data.telepon && normalise(entry.data.telepon)]) {
      if (!key) continue;
      const same = officerByPerson.get(key);
      if (same && same !== entry) {
        report(read, [entry.data.nama?.toLowerCase() === key ? 'nama' : 'telepon'], `petugas yang sama juga tercatat di ${same.file} (kecamatan ${same.data.kecamatan}): satu petugas hanya untuk satu kecamatan`);
      } else officerByPerson.set(key, entry);
    }
  }
  for (const district of content.districts) {
    if (!officerByDistrict.has(district.data.kode)) {
      problems.push({
        file: relativeFile(path.join(contentDir('officers', root), `${slugify(district.data.nama)}.yaml`)),
        message: `kecamatan ${district.data.kode} (${district.data.nama}) belum punya file Pimpasa: jalankan "npm run import:wilayah" atau buat file ini (nama dan nomor boleh kosong sampai diumumkan)`,
        level: 'warning',
      });
    }
  }

  problems.sort((a, b) => (a.level === b.level ? a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) : a.level === 'error' ? -1 : 1));
  return { problems, content };

  function checkBody(read: ReadFile, body: string, valid: Set<string>, existing: Set<string>) {
    const offset = (read.bodyLine ?? 1) - 1;
    body.split('\n').forEach((line, index) => {
      const lineNo = offset + index + 1;
      for (const match of line.matchAll(/<Kontak\s+id=["']([^"']+)["']/g)) {
        if (!valid.has(match[1]) && !existing.has(match[1])) {
          problems.push({ file: read.file, line: lineNo, field: '<Kontak id>', message: `kontak "${match[1]}" tidak ada di content/kontak. Pilih salah satu: ${[...valid].sort().join(', ')}`, level: 'error' });
        }
      }
    });
  }

  function checkPlainLanguage(read: ReadFile, body: string) {
    const sentences = sentencesOf(body);
    if (sentences.length === 0) return;
    const offset = (read.bodyLine ?? 1) - 1;
    for (const sentence of sentences) {
      if (sentence.words > PLAIN_LANGUAGE.maxSentenceWords) {
        problems.push({
          file: read.file,
          line: offset + sentence.line + 1,
          field: 'isi',
          message: `kalimat ${sentence.words} kata (batas ${PLAIN_LANGUAGE.maxSentenceWords}): pecah menjadi dua atau tiga kalimat pendek. Awal kalimat: "${sentence.text.slice(0, 60)}…"`,
          level: 'error',
        });
      }
    }
    const average = sentences.reduce((sum, s) => sum + s.words, 0) / sentences.length;
    if (average > PLAIN_LANGUAGE.maxAverageWords) {
      problems.push({
        file: read.file,
        field: 'isi',
        message: `rata-rata kalimat ${average.toFixed(1)} kata (batas ${PLAIN_LANGUAGE.maxAverageWords}): pakai kalimat yang lebih pendek`,
        level: 'error',
      });
    }
  }
}

function normalise(phone: string): string {
  const parsed = parsePhone(phone);
  return isParsedPhone(parsed) ? parsed.dial : phone;
}

function monthsBetween(isoDay: string, today: Date): number {
  return (today.valueOf() - new Date(`${isoDay}T00:00:00Z`).valueOf()) / MONTH;
}

function checkArea(
  districts: { entry: Entry<District>; read: ReadFile }[],
  report: (read: Pick<ReadFile, 'file' | 'lineOf'>, fieldPath: readonly PropertyKey[], message: string) => void,
  problems: Problem[],
) {
  const seenDistrict = new Map<string, ReadFile>();
  const seenVillage = new Map<string, string>();
  const districtSlugs = new Map<string, { file: string; nama: string }>();
  for (const { entry, read } of districts) {
    const d = entry.data;
    const other = seenDistrict.get(d.kode);
    if (other) report(read, ['kode'], `kode kecamatan ${d.kode} juga dipakai di ${other.file}: satu kecamatan satu file`);
    seenDistrict.set(d.kode, read);
    const slugKey = `${d.provinsi}/${d.kabupaten}/${slugify(d.nama)}`;
    const sameSlug = districtSlugs.get(slugKey);
    if (sameSlug) report(read, ['nama'], `kecamatan "${d.nama}" akan memakai alamat yang sama dengan "${sameSlug.nama}" di ${sameSlug.file}; bedakan namanya`);
    else districtSlugs.set(slugKey, { file: read.file, nama: d.nama });
    // Final slugs, namesakes already told apart by code (src/lib/area.ts): only names that differ
    // yet read the same in an address are left to clash.
    const slugs = villageSlugs(d.desa);
    const seenSlugs = new Map<string, { nama: string; index: number }>();
    d.desa.forEach((village, i) => {
      if (!village.kode.startsWith(`${d.kode}.`)) {
        report(read, ['desa', i, 'kode'], `kode ${village.kode} (${village.nama}) bukan kode di kecamatan ${d.kode} (${d.nama}): kode desa harus diawali "${d.kode}." — periksa kodenya di data Kemendagri atau pindahkan desa ini ke file kecamatannya`);
      }
      const seen = seenVillage.get(village.kode);
      if (seen) report(read, ['desa', i, 'kode'], `kode ${village.kode} (${village.nama}) sudah dipakai oleh ${seen}: setiap desa punya kode sendiri`);
      seenVillage.set(village.kode, `${village.nama} di ${read.file}`);
      const slug = slugs.get(village.kode) ?? slugify(village.nama);
      const clash = seenSlugs.get(slug);
      if (clash) {
        report(read, ['desa', i, 'nama'], `"${village.nama}" (desa ke-${i + 1}) dan "${clash.nama}" (desa ke-${clash.index + 1}) akan memakai alamat yang sama /${slug}/ di kecamatan ${d.nama}; bedakan namanya, atau hapus salah satu jika keduanya desa yang sama`);
      } else seenSlugs.set(slug, { nama: village.nama, index: i });
    });
  }
  void problems;
}

/** The template's address (….example, ….invalid, localhost): a site that is not published anywhere yet. */
export function isPlaceholderAddress(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return /(^|\.)(example|invalid|localhost)$/.test(host) || host === '127.0.0.1';
  } catch {
    return false;
  }
}
