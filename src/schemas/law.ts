/**
 * The register of laws (content/hukum/<id>.yaml): every law, regulation, circular and treaty the
 * site cites, with where its official text is and whether it still holds. When an editor marks a
 * law `diubah` or `dicabut`, `npm run check:content` lists every fact, lesson, journey and offer
 * question that relies on it until each has been reviewed again after the change.
 */
import { z } from 'astro/zod';
import { entryId, isoDate, sources, text, webUrl } from './common.ts';
import { factKind } from './fact.ts';

/**
 * Kinds of legal text, with the short form used in citations ("UU 21/2007"). The short form is
 * also how the content check recognises a hand-written citation in a lesson or journey.
 */
export const LAW_KINDS = {
  UU: 'Undang-Undang',
  PP: 'Peraturan Pemerintah',
  Perpres: 'Peraturan Presiden',
  Keppres: 'Keputusan Presiden',
  Permen: 'Peraturan Menteri',
  Kepmen: 'Keputusan Menteri',
  Perban: 'Peraturan Badan',
  SE: 'Surat Edaran',
  Konvensi: 'Konvensi atau protokol internasional',
} as const;
export type LawKind = keyof typeof LAW_KINDS;

/** Whether a law is in force as written. */
export const LAW_STATUS = {
  berlaku: 'berlaku tanpa perubahan yang menyangkut isi situs ini',
  diubah: 'masih berlaku, tetapi sebagian isinya diubah oleh aturan lain',
  dicabut: 'tidak berlaku lagi',
} as const;
export type LawStatus = keyof typeof LAW_STATUS;

/** One change to a law: which law made it, from when, and what it means for readers. */
export const lawChangeSchema = z.strictObject({
  /** The law that made the change, by id from content/hukum (e.g. "uu-1-2026"). */
  oleh: entryId('hukum'),
  /** The day the change took effect (`YYYY-MM-DD`). Pages relying on this law must be reviewed after it. */
  berlaku: isoDate,
  /** What changed, in one or two plain sentences a resident understands. Shown beside the facts that rest on this law. */
  catatan: text('catatan perubahan'),
  /**
   * The kinds of fact the change concerns, e.g. [hukuman] when only penalties changed: facts of
   * other kinds (an age, a fee) resting on the same law are not marked as changed. Optional:
   * without it the change concerns every fact resting on the law.
   */
  menyangkut: z.array(factKind).optional(),
});
export type LawChange = z.infer<typeof lawChangeSchema>;

export const lawSchema = z
  .strictObject({
    /** Kind of text: UU, PP, Perpres, Keppres, Permen, Kepmen, Perban, SE or Konvensi. */
    jenis: z.enum(Object.keys(LAW_KINDS) as [LawKind, ...LawKind[]], {
      error: `jenis hanya salah satu dari: ${Object.keys(LAW_KINDS).join(', ')}`,
    }),
    /** Number as written in the title: "21", "IMI-GR.01.01-0252". */
    nomor: z.union([z.string(), z.number()], { error: 'tulis nomor aturan, misalnya "21"' }).transform(String).pipe(text('nomor')),
    /** Year it was enacted: 2007. */
    tahun: z.number({ error: 'tulis tahun sebagai angka, misalnya 2007' }).int().min(1900).max(2100),
    /** Who issued it, for Permen, Perban, SE and Kepmen: "Menteri Hukum dan HAM", "Dirjen Imigrasi". Optional. */
    penerbit: z.string().optional(),
    /** Title after "tentang": "Pemberantasan Tindak Pidana Perdagangan Orang". */
    judul: text('judul'),
    /**
     * Other names readers meet in the text: "UU TPPO", "KUHP baru". The check treats each as a
     * citation of this law. Optional.
     */
    sebutan: z.array(text('sebutan')).default([]),
    /** Where the official text can be read (JDIH, peraturan.go.id, BPK). Optional when no official copy was found. */
    teksResmi: webUrl.optional(),
    /** berlaku, diubah or dicabut. */
    status: z.enum(Object.keys(LAW_STATUS) as [LawStatus, ...LawStatus[]], {
      error: 'status hanya "berlaku", "diubah" atau "dicabut"',
    }),
    /** Changes that matter for this site, oldest first. Required when the status is diubah or dicabut. */
    perubahan: z.array(lawChangeSchema).default([]),
    /** Where the number, title and status were read. */
    sumber: sources,
    /** Date a person last checked the status against its sources (`YYYY-MM-DD`). */
    diperiksa: isoDate,
  })
  .superRefine((law, ctx) => {
    if (law.status !== 'berlaku' && law.perubahan.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['perubahan'],
        message: `status "${law.status}" perlu keterangan perubahan: tambahkan "perubahan:" dengan oleh (id aturan pengubah), berlaku (tanggal) dan catatan`,
      });
    }
  });
export type Law = z.infer<typeof lawSchema>;
