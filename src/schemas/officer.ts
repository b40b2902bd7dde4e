/**
 * Pimpasa officers (content/pimpasa/*.yaml): one Petugas Imigrasi Pembina Desa per kecamatan.
 * Names and numbers stay empty until the office publishes them; the page then says so
 * and points to the office. Never fill them with a guess.
 */
import { z } from 'astro/zod';
import { isoDate, phoneNumber, sources } from './common.ts';

export const officerSchema = z
  .strictObject({
    /** Kemendagri code of the one kecamatan this officer serves, e.g. "19.04.01". */
    kecamatan: z
      .string({ error: 'tulis satu kode kecamatan, misalnya "19.04.01" (satu petugas untuk satu kecamatan)' })
      .regex(/^\d{2}\.\d{2}\.\d{2}$/, 'kode kecamatan ditulis seperti "19.04.01"'),
    /** Officer's name as published by the office. Leave empty until it is published. */
    nama: z.string().trim().min(1).nullish(),
    /** Rank or position, e.g. "Analis Keimigrasian". Optional. */
    jabatan: z.string().nullish(),
    /** Phone number published for the officer. */
    telepon: phoneNumber.nullish(),
    /** WhatsApp number published for the officer (often the same as telepon). */
    whatsapp: phoneNumber.nullish(),
    /** Where the name and number were published. Required once a name or number is filled in. */
    sumber: sources.optional(),
    /** Date the data was last checked (`YYYY-MM-DD`). */
    diperiksa: isoDate,
  })
  .superRefine((officer, ctx) => {
    if ((officer.nama || officer.telepon || officer.whatsapp) && !officer.sumber) {
      ctx.addIssue({
        code: 'custom',
        path: ['sumber'],
        message: 'nama atau nomor petugas diisi tanpa sumber: tambahkan sumber (surat tugas atau halaman resmi kantor imigrasi)',
      });
    }
  });
export type Officer = z.infer<typeof officerSchema>;
