/**
 * Step-by-step journeys (content/langkah/*.yaml), GOV.UK's step-by-step pattern:
 * ordered steps, "dan"/"atau" between them, optional steps, and for each step what to do,
 * what it costs, how long it takes, where to go and whom to call.
 */
import { z } from 'astro/zod';
import { entryId, isoDate, sources, text, webUrl } from './common.ts';
import { topic } from './topics.ts';

/** A link to an official service. */
export const serviceLinkSchema = z.strictObject({
  /** Link text that says where it goes: "Buka SIAPkerja", never "klik di sini". */
  label: text('label tautan'),
  /** Address of the official service. */
  url: webUrl,
});

export const stepSchema = z.strictObject({
  /** Short heading of the step: "Daftar di SIAPkerja". */
  judul: text('judul langkah'),
  /** What to do in this step, one action per item. */
  tindakan: z
    .array(text('tindakan'), { error: 'tulis apa yang harus dilakukan (tindakan:) sebagai daftar' })
    .min(1, 'setiap langkah perlu minimal satu tindakan'),
  /** How this step relates to the next: "dan" (do both) or "atau" (do one of them). Defaults to "dan". */
  logika: z.enum(['dan', 'atau'], { error: 'logika hanya "dan" atau "atau"' }).default('dan'),
  /** True when the step is not needed by everyone. */
  opsional: z.boolean({ error: 'opsional hanya true atau false' }).default(false),
  /** What it costs, in words and rupiah: "Rp 650.000 (e-paspor 5 tahun)". */
  biaya: z.string().optional(),
  /** How long it takes: "sekitar 4 hari kerja". */
  waktu: z.string().optional(),
  /** Where to go: "Kantor imigrasi yang Anda pilih". */
  tempat: z.string().optional(),
  /** Link to the official service. */
  tautan: serviceLinkSchema.optional(),
  /** Contacts to call if something goes wrong at this step, by id from content/kontak. */
  kontak: z.array(entryId('kontak')).default([]),
  /** Lessons to read for this step, by id from content/pelajaran. */
  pelajaran: z.array(entryId('pelajaran')).default([]),
});
export type Step = z.infer<typeof stepSchema>;

export const journeySchema = z.strictObject({
  /** Title: "Membuat paspor". */
  judul: text('judul'),
  /** One or two sentences shown in lists and search results. */
  ringkasan: text('ringkasan').max(200, 'ringkasan terlalu panjang: maksimal 200 huruf'),
  /** The topic the journey is grouped under. */
  topik: topic,
  /** Position in the list of journeys (1 = first). */
  urutan: z.number({ error: 'tulis urutan sebagai angka' }).int().positive(),
  /** Text shown before the steps. Optional. */
  pengantar: z.string().optional(),
  /** The steps, in order: at least two. */
  langkah: z.array(stepSchema, { error: 'tulis langkah-langkah sebagai daftar' }).min(2, 'sebuah panduan perlu minimal dua langkah'),
  /** Words residents may search for that the text does not use. Indexed, never shown. */
  kataKunci: z.array(z.string()).default([]),
  /** Where the facts come from. */
  sumber: sources,
  /** Date last checked against the sources (`YYYY-MM-DD`). */
  ditinjau: isoDate,
});
export type Journey = z.infer<typeof journeySchema>;
