/**
 * Lessons (content/pelajaran/*.mdx): the modules residents read and facilitators teach.
 * The frontmatter carries everything that is not running text, so the same file can become
 * the lesson page, the slides, the handout and the facilitator guide.
 */
import { z } from 'astro/zod';
import { entryId, isoDate, sources, text } from './common.ts';
import { topic } from './topics.ts';

/** One multiple-choice question. */
export const quizQuestionSchema = z
  .strictObject({
    /** The question, as asked. */
    pertanyaan: text('pertanyaan'),
    /** The answer options, two or more. */
    pilihan: z.array(text('pilihan'), { error: 'tulis pilihan jawaban sebagai daftar' }).min(2, 'kuis perlu minimal dua pilihan'),
    /** The correct option, copied exactly from `pilihan`. */
    jawaban: text('jawaban'),
    /** Why that answer is right: shown after the reader answers. */
    penjelasan: text('penjelasan'),
  })
  .superRefine((question, ctx) => {
    if (!question.pilihan.includes(question.jawaban)) {
      ctx.addIssue({
        code: 'custom',
        path: ['jawaban'],
        message: `jawaban "${question.jawaban}" tidak ada di pilihan; salin persis salah satu dari: ${question.pilihan.map((p) => `"${p}"`).join(', ')}`,
      });
    }
  });

/** One part of a session plan. */
export const sessionPartSchema = z.strictObject({
  /** What happens in this part, e.g. "Pembukaan dan perkenalan". */
  bagian: text('bagian'),
  /** How long it takes, in minutes. */
  menit: z.number({ error: 'tulis lama bagian ini dalam menit (angka)' }).int().positive(),
});

/** What a literacy agent or Pimpasa officer needs to teach the lesson. */
export const facilitatorSchema = z.strictObject({
  /** Things to bring: projector, paper, markers, printed handouts. */
  bahan: z.array(text('bahan')).min(1, 'tulis minimal satu bahan yang perlu disiapkan'),
  /** Questions to open a discussion. */
  pertanyaanDiskusi: z.array(text('pertanyaan diskusi')).min(1, 'tulis minimal satu pertanyaan diskusi'),
  /** One group activity, described in a few sentences. */
  kegiatan: text('kegiatan'),
  /** The session plan, in order. Optional: without it a plan is built from the lesson sections. */
  rencanaSesi: z.array(sessionPartSchema).optional(),
});

export const lessonSchema = z.strictObject({
  /** Title, short and plain: "Apa itu perdagangan orang?". */
  judul: text('judul'),
  /** One or two sentences shown in lists and search results. */
  ringkasan: text('ringkasan').max(200, 'ringkasan terlalu panjang: maksimal 200 huruf'),
  /** The topic the lesson is grouped under. */
  topik: topic,
  /** Position in the list of modules (1 = first). */
  urutan: z.number({ error: 'tulis urutan sebagai angka, misalnya 1' }).int().positive(),
  /** Reading or teaching time in minutes. */
  durasi: z.number({ error: 'tulis durasi dalam menit sebagai angka, misalnya 15' }).int().positive().max(240),
  /** What the reader will be able to do afterwards. */
  tujuan: z.array(text('tujuan')).min(1, 'tulis minimal satu tujuan belajar'),
  /** The messages to remember; shown in a box, on the handout and on the closing slide. */
  pesanKunci: z.array(text('pesan kunci')).min(1, 'tulis minimal satu pesan kunci'),
  /** Warning signs to print on the handout. Optional. */
  tandaBahaya: z.array(text('tanda bahaya')).optional(),
  /** Quiz questions: at least one. */
  kuis: z.array(quizQuestionSchema).min(1, 'tulis minimal satu pertanyaan kuis'),
  /** Notes for facilitators: materials, discussion, activity. */
  fasilitator: facilitatorSchema,
  /** Contacts shown at the end of the lesson, by id from content/kontak. */
  kontak: z.array(entryId('kontak')).default([]),
  /** The step-by-step journey this lesson belongs to, by id from content/langkah. Optional. */
  bagianDari: entryId('langkah').optional(),
  /** Words residents may search for that the text does not use (TKI, calo, ...). Indexed, never shown. */
  kataKunci: z.array(z.string()).default([]),
  /** Where the facts come from. */
  sumber: sources,
  /** Date the lesson was last checked against its sources (`YYYY-MM-DD`). */
  ditinjau: isoDate,
});
export type Lesson = z.infer<typeof lessonSchema>;
