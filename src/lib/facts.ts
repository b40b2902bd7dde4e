/**
 * How content refers to the fact register and the law register, in one place for the site (which
 * renders the references) and the content check (which verifies them):
 *
 * - `<Fakta id="…" />` in an MDX body, `{fakta:id}` inside any YAML or frontmatter text;
 * - a law is cited by hand in prose ("Pasal 18 UU 21/2007", "UU Nomor 6 Tahun 2011", "KUHP") and
 *   recognised here, so a page's reliance on a law is found without the editor declaring it.
 *
 * Plain TypeScript: no Astro, no file system.
 */
import type { Fact, FactKind } from '../schemas/fact.ts';
import type { Law, LawChange, LawKind } from '../schemas/law.ts';

/** `{fakta:id}` inside YAML text. */
export const FACT_TOKEN = /\{fakta:([^}\s]*)\}/g;
/** `<Fakta id="…" />` in an MDX body. */
export const FACT_TAG = /<Fakta\s+id=["']([^"']*)["']\s*\/?>/g;

/** One piece of a text that may hold fact tokens. */
export type TextPart = { text: string } | { fact: string };

/** "Biaya {fakta:a} atau {fakta:b}" → text, fact a, text, fact b. */
export function splitFactText(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(FACT_TOKEN)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ fact: match[1] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** Every fact id a text refers to, by token or by tag, in order of first use. */
export function factIdsIn(text: string): string[] {
  const ids = [...text.matchAll(FACT_TOKEN), ...text.matchAll(FACT_TAG)].sort((a, b) => a.index - b.index).map((m) => m[1]);
  return [...new Set(ids)];
}

/** The text with every token replaced by the fact's value: for attributes, titles and search text. */
export function plainFactText(text: string, facts: ReadonlyMap<string, Pick<Fact, 'nilai'>>): string {
  return text.replace(FACT_TOKEN, (token, id: string) => facts.get(id)?.nilai ?? token);
}

/**
 * A value as it is compared when looking for hand-typed copies: lower case, one space, "Rp 1.000"
 * and "Rp1000" alike.
 */
export function normaliseValue(value: string): string {
  return value
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/rp\.?\s*/g, 'rp')
    .replace(/(\d)[.,](?=\d{3}(?!\d))/g, '$1')
    .trim();
}

/** Where a registered value appears, typed by hand, in a text: the value's normalised form and the fact ids holding it. */
export interface HandTypedValue {
  value: string;
  factIds: string[];
  /** Offset in the text (0-based). */
  index: number;
}

/**
 * Builds a finder for hand-typed registered values. A value counts only as a whole phrase (not
 * inside a longer number or word): "15 tahun" does not match inside "115 tahun".
 */
export function handTypedValueFinder(facts: ReadonlyMap<string, Pick<Fact, 'nilai' | 'tulisanLain'>>): (text: string) => HandTypedValue[] {
  const byValue = new Map<string, string[]>();
  for (const [id, fact] of facts) {
    for (const written of [fact.nilai, ...fact.tulisanLain]) {
      const key = normaliseValue(written);
      if (!/[\p{L}\p{N}]/u.test(key)) continue;
      byValue.set(key, [...(byValue.get(key) ?? []), id]);
    }
  }
  if (byValue.size === 0) return () => [];
  const escaped = [...byValue.keys()].sort((a, b) => b.length - a.length).map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => {
    // Tokens and tags are the right way to show a value: blank them out, keeping offsets.
    const blanked = text.replace(FACT_TOKEN, (m) => ' '.repeat(m.length)).replace(FACT_TAG, (m) => ' '.repeat(m.length));
    const { normalised, offsets } = normaliseWithOffsets(blanked);
    return [...normalised.matchAll(pattern)].map((m) => ({ value: m[0], factIds: byValue.get(m[0]) ?? [], index: offsets[m.index] ?? 0 }));
  };
}

/** normaliseValue() over a whole text, remembering where each normalised character came from. */
function normaliseWithOffsets(text: string): { normalised: string; offsets: number[] } {
  let normalised = '';
  const offsets: number[] = [];
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const char = lower[i];
    if (/\s/.test(char)) {
      if (normalised.endsWith(' ')) continue;
      normalised += ' ';
      offsets.push(i);
      continue;
    }
    if (char === 'r' && lower[i + 1] === 'p' && !/[\p{L}\p{N}]/u.test(lower[i - 1] ?? '')) {
      normalised += 'rp';
      offsets.push(i, i + 1);
      i += 2;
      if (lower[i] === '.') i++;
      while (/\s/.test(lower[i] ?? '')) i++;
      i--;
      continue;
    }
    if ((char === '.' || char === ',') && /\d/.test(lower[i - 1] ?? '') && /^\d{3}(?!\d)/.test(lower.slice(i + 1, i + 5))) continue;
    normalised += char;
    offsets.push(i);
  }
  return { normalised, offsets };
}

/** Short form of a law in citations: "UU 21/2007", "SE Dirjen Imigrasi IMI-GR.01.01-0252". */
export function lawShortName(law: Pick<Law, 'jenis' | 'nomor' | 'tahun' | 'penerbit'> & { sebutan?: readonly string[] }): string {
  if (law.jenis === 'Konvensi') return law.sebutan?.[0] ?? law.nomor;
  if (/^\d+$/.test(law.nomor)) return `${law.jenis}${law.penerbit && law.jenis !== 'UU' && law.jenis !== 'PP' ? ` ${law.penerbit}` : ''} ${law.nomor}/${law.tahun}`;
  return `${law.jenis}${law.penerbit ? ` ${law.penerbit}` : ''} ${law.nomor}`;
}

/** A law as readers meet it in a list: "UU 21/2007 tentang Pemberantasan …", or a treaty's own title. */
export function lawTitle(law: Pick<Law, 'jenis' | 'nomor' | 'tahun' | 'penerbit' | 'judul'> & { sebutan?: readonly string[] }): string {
  return law.jenis === 'Konvensi' ? law.judul : `${lawShortName(law)} tentang ${law.judul}`;
}

/** A fact's legal basis grouped by law, so each law is named once: [["uu-21-2007", ["Pasal 2", "Pasal 3"]]]. */
export function articlesByLaw(basis: Fact['dasarHukum']): [lawId: string, articles: string[]][] {
  const byLaw = new Map<string, string[]>();
  for (const { hukum, pasal } of basis) byLaw.set(hukum, [...(byLaw.get(hukum) ?? []), ...(pasal ? [pasal] : [])]);
  return [...byLaw];
}

/** How a citation's kind is written in prose → the register's `jenis`. Longer names first. */
const KIND_WORDS: [RegExp, LawKind][] = [
  [/^(?:UU|Undang-Undang)$/i, 'UU'],
  [/^(?:PP|Peraturan Pemerintah)$/i, 'PP'],
  [/^(?:Perpres|Peraturan Presiden)$/i, 'Perpres'],
  [/^(?:Keppres|Keputusan Presiden)$/i, 'Keppres'],
  [/^(?:Permen\w*|Peraturan Menteri(?:\s[\p{L}]+)*)$/iu, 'Permen'],
  [/^(?:Kepmen\w*|Keputusan Menteri(?:\s[\p{L}]+)*)$/iu, 'Kepmen'],
  [/^(?:Perban(?:\s\w+)?|Peraturan (?:Badan|BP2MI|BNP2TKI|KP2MI)(?:\s[\p{L}]+)*)$/iu, 'Perban'],
  [/^(?:SE|Surat Edaran)(?:\s[\p{L}]+)*$/iu, 'SE'],
];

/**
 * A numbered citation: kind words, "(PP)" optional, "No."/"Nomor" optional, number, "Tahun" or
 * "/", year. "UU 21/2007", "UU Nomor 21 Tahun 2007", "Peraturan Pemerintah (PP) Nomor 45 Tahun 2024".
 */
const CITATION = /\b((?:UU|Undang-Undang|PP|Peraturan Pemerintah|Perpres|Peraturan Presiden|Keppres|Keputusan Presiden|Permen\w*|Kepmen\w*|Perban(?:\s(?:BP2MI|BNP2TKI|KP2MI))?|Peraturan (?:Menteri|Badan|BP2MI|BNP2TKI|KP2MI)(?:\s(?!Nomor\b|No\b)[\p{Lu}][\p{L}]*)*|SE|Surat Edaran(?:\s(?!Nomor\b|No\b)[\p{Lu}][\p{L}]*)*))\s*(?:\([A-Za-z]+\)\s*)?(?:(?:No\.?|Nomor)\s*)?(\d+)\s*(?:Tahun\s*|\/\s*)(\d{4})\b/gu;

export interface LawCitation {
  /** Id in content/hukum, when the citation matches a registered law. */
  lawId?: string;
  /** The citation as written. */
  text: string;
  index: number;
}

/** Every citation of a law in a text, matched against the register (by kind, number and year, or by a `sebutan`). */
export function lawCitationsIn(text: string, laws: ReadonlyMap<string, Pick<Law, 'jenis' | 'nomor' | 'tahun' | 'sebutan'>>): LawCitation[] {
  const found: LawCitation[] = [];
  for (const match of text.matchAll(CITATION)) {
    const kind = KIND_WORDS.find(([words]) => words.test(match[1].trim()))?.[1];
    const lawId = [...laws].find(([, law]) => law.jenis === kind && law.nomor === match[2] && law.tahun === Number(match[3]))?.[0];
    found.push({ lawId, text: match[0], index: match.index });
  }
  for (const [id, law] of laws) {
    for (const name of law.sebutan) {
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'))) {
        if (!found.some((f) => f.lawId === id && f.index <= match.index && match.index < f.index + f.text.length)) {
          found.push({ lawId: id, text: match[0], index: match.index });
        }
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Whether a change to a law concerns a fact of this kind (a change without `menyangkut` concerns every kind). */
export function concerns(change: Pick<LawChange, 'menyangkut'>, kind: FactKind | undefined): boolean {
  return !change.menyangkut || kind === undefined || change.menyangkut.includes(kind);
}

/** The changes to a law that took effect on or before `today`, newest first. */
export function changesInForce(law: Pick<Law, 'perubahan'>, today: string): LawChange[] {
  return law.perubahan.filter((change) => change.berlaku <= today).sort((a, b) => b.berlaku.localeCompare(a.berlaku));
}
