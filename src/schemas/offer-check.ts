/**
 * The offer check (content/cek-tawaran.yaml): the yes/no questions of /cek-tawaran/, which answer
 * is a red flag and why, with sources, and the texts around them. The page and its script only
 * lay these out; every sentence a resident reads is here. Text may use `{fakta:id}`.
 */
import { z } from 'astro/zod';
import { entryId, isoDate, sources, text } from './common.ts';

export const offerQuestionSchema = z.strictObject({
  /** Stable id: the form field name and the anchor (#tanya-<id>). Lower case and hyphens. */
  id: entryId('pertanyaan'),
  /** The question, in plain Indonesian, answered with ya / tidak / tidak tahu. */
  pertanyaan: text('pertanyaan'),
  /** The answer that is a red flag: "ya" or "tidak". */
  bahayaJika: z.enum(['ya', 'tidak'], { error: 'bahayaJika hanya "ya" atau "tidak"' }),
  /** Why that answer is a red flag, in a few short sentences. */
  alasan: text('alasan'),
  /** The lesson that explains it, by id from content/pelajaran. */
  pelajaran: entryId('pelajaran'),
  /** Whom to call when this flag shows, by id from content/kontak, most relevant first. */
  kontak: z.array(entryId('kontak')).min(1, 'tulis minimal satu kontak yang bisa dihubungi'),
  /** Where the reason comes from. */
  sumber: sources,
});
export type OfferQuestionEntry = z.infer<typeof offerQuestionSchema>;

const withCount = (what: string) =>
  text(what).refine((value) => value.includes('{jumlah}'), `${what} harus memuat {jumlah}: di situ jumlah jawaban ditulis`);

export const offerCheckSchema = z
  .strictObject({
    /** Page title: "Cek tawaran kerja". */
    judul: text('judul'),
    /** The sentence under the title: what the check does. Also the page description. */
    pengantar: text('pengantar'),
    /** What happens to the answers (nothing is sent or stored). */
    privasi: text('privasi'),
    /** The caveat shown above the questions: not every sign appears in every case. */
    catatan: text('catatan'),
    /** How to print the list and fill it in with a pen. */
    petunjukCetak: text('petunjuk cetak'),
    /** Texts of the result, after "Lihat hasil". */
    hasil: z.strictObject({
      /** Some answers are red flags. Must contain {jumlah}. */
      bahaya: withCount('hasil.bahaya'),
      /** Some answers are "tidak tahu". Must contain {jumlah}. */
      periksa: withCount('hasil.periksa'),
      /** No red flag in the answers. */
      aman: text('hasil.aman'),
      /** Some questions are unanswered. Must contain {jumlah}. */
      belum: withCount('hasil.belum'),
    }),
    /** The questions, in the order asked: at least three. */
    pertanyaan: z.array(offerQuestionSchema).min(3, 'cek tawaran perlu minimal tiga pertanyaan'),
    /** Date the questions and reasons were last checked against their sources (`YYYY-MM-DD`). */
    ditinjau: isoDate,
  })
  .superRefine((check, ctx) => {
    const seen = new Set<string>();
    check.pertanyaan.forEach((question, i) => {
      if (seen.has(question.id)) ctx.addIssue({ code: 'custom', path: ['pertanyaan', i, 'id'], message: `id "${question.id}" dipakai dua kali: setiap pertanyaan perlu id sendiri` });
      seen.add(question.id);
    });
  });
export type OfferCheck = z.infer<typeof offerCheckSchema>;
