/**
 * Building blocks shared by every content schema: dates, links, sources and phone numbers.
 * Messages are in Indonesian because editors read them.
 */
import { z } from 'astro/zod';
import { parsePhone, isParsedPhone } from '../lib/phone.ts';

/**
 * A calendar date written as `YYYY-MM-DD`. YAML readers disagree on whether that is a
 * string or a Date, so both are accepted and the result is always the string.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'tulis tanggal dengan format TTTT-BB-HH, misalnya 2026-11-28' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'tulis tanggal dengan format TTTT-BB-HH, misalnya 2026-11-28')
    .refine((text) => {
      const date = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(date.valueOf()) && date.toISOString().startsWith(text);
    }, 'tanggal ini tidak ada di kalender; periksa bulan dan harinya'),
);

/** A web address that starts with https:// or http://. */
export const webUrl = z
  .string({ error: 'tulis alamat web lengkap, diawali https://' })
  .url('tulis alamat web lengkap, diawali https://')
  .refine((text) => /^https?:\/\//.test(text), 'alamat web harus diawali https:// atau http://');

/** Non-empty text. */
export const text = (what: string) =>
  z.string({ error: `isi ${what} dengan teks` }).trim().min(1, `${what} tidak boleh kosong`);

/** Identifier of another content entry: lower case words joined by hyphens. */
export const entryId = (what: string) =>
  z
    .string({ error: `tulis id ${what}, misalnya "sapa-129"` })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `id ${what} hanya huruf kecil, angka dan tanda hubung, misalnya "sapa-129"`);

/** How sure we are of a fact: C = confirmed (official text or two independent reports), S = one secondary source. */
export const grade = z.enum(['C', 'S'], {
  error: 'tingkat hanya boleh "C" (terkonfirmasi) atau "S" (satu sumber). Fakta yang belum terkonfirmasi tidak boleh dimuat.',
});

/** Where a fact comes from. Every lesson, journey and contact lists at least one. */
export const sourceSchema = z.strictObject({
  /** Title of the page or document, as it appears there. */
  judul: text('judul sumber'),
  /** Address where the source can be read. */
  url: webUrl,
  /** Date the editor read the source (`YYYY-MM-DD`). */
  diakses: isoDate,
  /** Publisher or outlet, e.g. "Kompas" or "Ditjen Imigrasi". Optional. */
  penerbit: z.string().optional(),
  /** C = confirmed, S = single secondary source (shown as such on the page). Defaults to C. */
  tingkat: grade.default('C'),
});
export type Source = z.infer<typeof sourceSchema>;

/** A non-empty list of sources. */
export const sources = z.array(sourceSchema, { error: 'tulis daftar sumber (sumber:), minimal satu' }).min(1, 'setiap fakta perlu sumber: tambahkan minimal satu sumber');

/** A phone number in a valid Indonesian or international format, kept as the editor wrote it. */
export const phoneNumber = z.string({ error: 'tulis nomor telepon sebagai teks, misalnya "0811-1129-129"' }).superRefine((value, ctx) => {
  const parsed = parsePhone(value);
  if (!isParsedPhone(parsed)) ctx.addIssue({ code: 'custom', message: `nomor "${value}" tidak valid: ${parsed.error}` });
});
