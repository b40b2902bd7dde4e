/**
 * The content checks that keep values and laws true (run by ./validate.ts):
 *
 * - every fact and law reference points at a file in content/fakta or content/hukum;
 * - a value the fact register holds is never typed by hand in a lesson, a journey, the offer
 *   check or a page text: it is shown through its id, so one change reaches every page;
 * - every law a text cites is in the law register;
 * - when a law is marked `diubah` or `dicabut`, every fact, lesson, journey and offer question
 *   that relies on it is listed, file and line, until it is reviewed again after the change;
 * - facts are checked again within 12 months (a warning) and 24 months (an error).
 */
import type { Fact } from '../../schemas/fact.ts';
import type { Law } from '../../schemas/law.ts';
import { FACT_TAG, FACT_TOKEN, changesInForce, concerns, handTypedValueFinder, lawCitationsIn, lawShortName } from '../facts.ts';
import type { FactKind } from '../../schemas/fact.ts';
import { formatField, type Problem } from './problems.ts';
import type { ReadFile } from './files.ts';

export interface RegisterEntry<T> {
  id: string;
  data: T;
  read: ReadFile;
}

/** A content file whose texts are checked: its data (walked field by field), its MDX body, the date it was last reviewed. */
export interface CheckedText {
  read: ReadFile;
  data: unknown;
  body?: string;
  /** `ditinjau`, when the content type has one: the date against which law changes are compared. */
  reviewed?: string;
  /** What to call it in messages: "pelajaran ini", "panduan ini". */
  noun: string;
  /**
   * For the offer check: law reliance is reported per question (the path prefix of each part that
   * is reviewed as one, e.g. ["pertanyaan", 2]). Default: the whole file.
   */
  parts?: (data: unknown) => PropertyKey[][];
}

/** Fields whose text is never a place to show a value: quoted source titles, hidden search words, addresses, ids. */
const EXEMPT_KEYS = new Set(['sumber', 'kataKunci', 'url', 'id', 'teksResmi']);
/** Fields where `{fakta:id}` may not be used: titles and summaries go into lists, tabs, search results and link previews as plain text. */
const NO_TOKEN_KEYS = new Set(['judul', 'ringkasan']);

const MONTH = 30.44 * 24 * 60 * 60 * 1000;

/** Every string in a YAML value, with its field path. */
export function walkStrings(value: unknown, visit: (text: string, path: PropertyKey[]) => void, path: PropertyKey[] = []): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, i) => walkStrings(item, visit, [...path, i]));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      if (!EXEMPT_KEYS.has(key)) walkStrings(item, visit, [...path, key]);
    }
  }
}

/** Line (1-based, in the file) of an offset in an MDX body. */
function bodyLine(read: ReadFile, body: string, index: number): number {
  return (read.bodyLine ?? 1) + body.slice(0, index).split('\n').length - 1;
}

function monthsBetween(isoDay: string, today: Date): number {
  return (today.valueOf() - new Date(`${isoDay}T00:00:00Z`).valueOf()) / MONTH;
}

const factExample = (id: string) => `<Fakta id="${id}" /> di isi pelajaran, atau {fakta:${id}} di teks YAML`;

export function checkRegisters(input: {
  facts: RegisterEntry<Fact>[];
  laws: RegisterEntry<Law>[];
  /** Ids of files that exist but did not pass their schema: references to them are not reported again. */
  existingFactIds: Set<string>;
  existingLawIds: Set<string>;
  texts: CheckedText[];
  today: Date;
}): Problem[] {
  const { facts, laws, texts, today } = input;
  const problems: Problem[] = [];
  const day = today.toISOString().slice(0, 10);
  const factById = new Map(facts.map((f) => [f.id, f.data]));
  const lawById = new Map(laws.map((l) => [l.id, l.data]));
  const knownFact = (id: string) => factById.has(id) || input.existingFactIds.has(id);
  const knownLaw = (id: string) => lawById.has(id) || input.existingLawIds.has(id);
  const factList = () => [...factById.keys()].sort().join(', ') || '(belum ada)';
  const lawList = () => [...lawById.keys()].sort().join(', ') || '(belum ada)';
  const at = (read: ReadFile, path: readonly PropertyKey[], message: string, level: Problem['level'] = 'error', line?: number) =>
    problems.push({ file: read.file, line: line ?? read.lineOf(path), field: path.length ? formatField(path) : undefined, message, level });
  const findHandTyped = handTypedValueFinder(factById);
  const usedFacts = new Set<string>();

  // Laws: what changed them exists.
  for (const { data, read } of laws) {
    data.perubahan.forEach((change, i) => {
      if (!knownLaw(change.oleh)) at(read, ['perubahan', i, 'oleh'], `aturan "${change.oleh}" tidak ada di content/hukum. Buat file content/hukum/${change.oleh}.yaml, atau pilih salah satu: ${lawList()}`);
    });
    const age = monthsBetween(data.diperiksa, today);
    if (age >= 12) at(read, ['diperiksa'], `status aturan ini terakhir diperiksa ${Math.floor(age)} bulan lalu: periksa lagi apakah masih berlaku, lalu perbarui tanggal diperiksa`, 'warning');
  }

  // Facts: their laws exist; a change to one of them after the fact was checked asks for a new check.
  for (const { id, data, read } of facts) {
    data.dasarHukum.forEach((basis, i) => {
      if (!knownLaw(basis.hukum)) {
        at(read, ['dasarHukum', i, 'hukum'], `aturan "${basis.hukum}" tidak ada di content/hukum. Buat file content/hukum/${basis.hukum}.yaml, atau pilih salah satu: ${lawList()}`);
        return;
      }
      const law = lawById.get(basis.hukum);
      for (const change of law ? changesInForce(law, day).filter((c) => concerns(c, data.jenis)) : []) {
        if (data.diperiksa < change.berlaku) {
          at(read, ['diperiksa'], `fakta "${id}" bersandar pada ${lawShortName(law!)} (dasarHukum ke-${i + 1}), yang ${law!.status === 'dicabut' ? 'dicabut' : 'diubah'} oleh ${change.oleh} sejak ${change.berlaku}. Periksa lagi nilai "${data.nilai}" terhadap aturan yang baru, lalu tulis tanggal pemeriksaan di diperiksa`);
          break;
        }
      }
    });
    const age = monthsBetween(data.diperiksa, today);
    if (age >= 24) at(read, ['diperiksa'], `nilai ini tidak diperiksa selama ${Math.floor(age)} bulan (batas 24 bulan): periksa lagi ke sumbernya, lalu perbarui tanggal diperiksa`);
    else if (age >= 12) at(read, ['diperiksa'], `nilai ini terakhir diperiksa ${Math.floor(age)} bulan lalu: periksa lagi sebelum 24 bulan`, 'warning');
  }

  // Texts: fact references, hand-typed values, cited laws, reliance on changed laws.
  for (const text of texts) {
    const { read } = text;
    /** Laws this text relies on, each with where (path or body line) it first does. */
    const reliance: { lawId: string; path: PropertyKey[]; line?: number; how: string; kind?: FactKind }[] = [];

    const useFact = (id: string, path: PropertyKey[], line?: number) => {
      if (!knownFact(id)) {
        at(read, path, `fakta "${id}" tidak ada di content/fakta. Buat file content/fakta/${id || 'nama-fakta'}.yaml, atau pilih salah satu: ${factList()}`, 'error', line);
        return;
      }
      usedFacts.add(id);
      const fact = factById.get(id);
      for (const basis of fact?.dasarHukum ?? []) reliance.push({ lawId: basis.hukum, path, line: line ?? read.lineOf(path), how: `fakta "${id}"`, kind: fact?.jenis });
    };
    const checkText = (value: string, path: PropertyKey[], line?: (index: number) => number) => {
      for (const match of value.matchAll(FACT_TOKEN)) {
        if (typeof path.at(-1) === 'string' && NO_TOKEN_KEYS.has(path.at(-1) as string)) {
          at(read, path, `{fakta:${match[1]}} tidak bisa dipakai di ${String(path.at(-1))}: judul dan ringkasan tampil sebagai teks biasa di daftar dan hasil pencarian. Tulis angkanya di isi halaman`, 'error', line?.(match.index));
        } else useFact(match[1], path, line?.(match.index));
      }
      for (const hit of findHandTyped(value)) {
        const ids = hit.factIds;
        at(read, path, `"${factById.get(ids[0])?.nilai ?? hit.value}" adalah nilai dari daftar fakta (${ids.map((id) => `content/fakta/${id}.yaml`).join(' atau ')}), tetapi diketik langsung. Tulis ${factExample(ids[0])}, supaya nilainya berubah bersama daftar fakta`, 'error', line?.(hit.index));
      }
      for (const citation of lawCitationsIn(value, lawById)) {
        if (!citation.lawId) {
          at(read, path, `"${citation.text}" belum ada di daftar aturan (content/hukum). Tambahkan file untuk aturan ini (jenis, nomor, tahun, judul, status, sumber, diperiksa), lalu periksa lagi`, 'error', line?.(citation.index));
        } else reliance.push({ lawId: citation.lawId, path, line: line?.(citation.index) ?? read.lineOf(path), how: `"${citation.text}"` });
      }
    };

    walkStrings(text.data, (value, path) => checkText(value, path));
    if (text.body !== undefined) {
      const body = text.body;
      for (const match of body.matchAll(FACT_TAG)) useFact(match[1], ['<Fakta id>'], bodyLine(read, body, match.index));
      // Body text: the tags themselves are blanked out by the finder; tokens are not used in bodies.
      checkText(body.replace(FACT_TAG, (m) => ' '.repeat(m.length)), [], (index) => bodyLine(read, body, index));
    }

    // Reliance on a law that changed after the text was last reviewed, reported where the file first relies on it.
    reliance.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const parts = text.parts?.(text.data) ?? [[]];
    for (const part of parts) {
      const inPart = reliance.filter((r) => part.every((key, i) => r.path[i] === key) || (part.length === 0));
      const reported = new Set<string>();
      for (const use of inPart) {
        const law = lawById.get(use.lawId);
        if (!law || reported.has(use.lawId) || !text.reviewed) continue;
        // A fact ties the text to the law only for changes that concern the fact's kind; a citation, for every change.
        const change = changesInForce(law, day).find((c) => text.reviewed! < c.berlaku && concerns(c, use.kind));
        if (!change) continue;
        reported.add(use.lawId);
        const partName = part.length ? ` (${formatField(part)})` : '';
        at(
          read,
          use.path,
          `${text.noun}${partName} memakai ${lawShortName(law)} lewat ${use.how}. Aturan itu ${law.status === 'dicabut' ? 'dicabut' : 'diubah'} oleh ${change.oleh} sejak ${change.berlaku}: ${change.catatan} Tinjau lagi isinya terhadap aturan yang baru, lalu perbarui ditinjau (sekarang ${text.reviewed})`,
          'error',
          use.line,
        );
      }
    }
  }

  for (const { id, read } of facts) {
    if (!usedFacts.has(id)) at(read, [], `fakta "${id}" tidak dipakai di halaman mana pun: pakai di pelajaran (<Fakta id="${id}" />) atau di teks YAML ({fakta:${id}}), atau hapus file ini`, 'warning');
  }
  return problems;
}
