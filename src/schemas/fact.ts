/**
 * The fact register (content/fakta/<id>.yaml): every value a reader sees that a law or an office
 * sets (a fee, a penalty, an age, a deadline, a duration), written once. Lessons show it with
 * `<Fakta id="…" />`; journeys, the offer check, quizzes and page texts with `{fakta:id}`.
 * Changing `nilai` here changes every page that shows it.
 */
import { z } from 'astro/zod';
import { entryId, grade, isoDate, sources, text } from './common.ts';

/** The law a fact rests on, and where in it. */
export const legalBasisSchema = z.strictObject({
  /** The law, by id from content/hukum (e.g. "uu-21-2007"). */
  hukum: entryId('hukum'),
  /** Article, as written in the law: "Pasal 5 ayat (1)". Optional. */
  pasal: z.string().optional(),
});
export type LegalBasis = z.infer<typeof legalBasisSchema>;

/** What kind of value a fact is. A law change can concern one kind only (`menyangkut` in content/hukum). */
export const FACT_KINDS = ['biaya', 'hukuman', 'usia', 'batas-waktu', 'lama-waktu', 'jumlah'] as const;
export type FactKind = (typeof FACT_KINDS)[number];
export const factKind = z.enum(FACT_KINDS, { error: `jenis hanya salah satu dari: ${FACT_KINDS.join(', ')}` });

export const factSchema = z.strictObject({
  /** What the value is, in words: "Biaya e-paspor berlaku 10 tahun". Shown in the list of facts under a page. */
  judul: text('judul'),
  /** biaya (a fee), hukuman (a penalty), usia (an age), batas-waktu (a deadline), lama-waktu (a duration) or jumlah (a count). */
  jenis: factKind,
  /**
   * The value exactly as readers see it inside a sentence: "Rp950.000", "paling lama 15 tahun",
   * "18 tahun". The check reports any page that types this value by hand instead of using the id.
   */
  nilai: text('nilai'),
  /** Other ways the same value is written ("Rp 950.000", "950 ribu"): also reported when typed by hand. Optional. */
  tulisanLain: z.array(text('tulisan lain')).default([]),
  /** The laws it rests on: at least one. A fact an office sets without a law names the regulation that lets it. */
  dasarHukum: z.array(legalBasisSchema, { error: 'tulis dasar hukum sebagai daftar (dasarHukum:)' }).min(1, 'setiap fakta perlu dasar hukum: tambahkan minimal satu, dengan id dari content/hukum'),
  /** A plain sentence shown with the value when readers need it ("Biaya bisa berubah; periksa di aplikasi M-Paspor"). Optional. */
  catatan: z.string().optional(),
  /** C = confirmed (official text or two independent reports), S = one secondary source (shown as such). */
  tingkat: grade,
  /** Where the value was read. */
  sumber: sources,
  /** Date a person last checked the value against its sources (`YYYY-MM-DD`). Shown beside the value. */
  diperiksa: isoDate,
});
export type Fact = z.infer<typeof factSchema>;
