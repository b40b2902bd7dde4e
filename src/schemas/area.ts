/**
 * The area served (content/wilayah/<kode kabupaten>/<kecamatan>.yaml): one file per kecamatan
 * with its desa and kelurahan. `npm run import:wilayah` writes the Kemendagri fields (kode, nama,
 * jenis, kabupaten, provinsi); every other field belongs to editors and survives a re-import.
 */
import { z } from 'astro/zod';
import { entryId, phoneNumber, text } from './common.ts';

/** Kemendagri fields: owned by the import script, never edited by hand. */
export const IMPORTED_VILLAGE_FIELDS = ['kode', 'nama', 'jenis'] as const;
export const IMPORTED_DISTRICT_FIELDS = ['kode', 'nama', 'kabupaten', 'provinsi', 'desa'] as const;

/** A literacy agent (agen literasi) named by the village. */
export const agentSchema = z.strictObject({
  /** Name as the village published it. */
  nama: text('nama agen literasi'),
  /** Role in the village, e.g. "Sekretaris desa". Optional. */
  peran: z.string().optional(),
  /** Phone number, only when the agent agreed to publish it. */
  telepon: phoneNumber.optional(),
});

export const villageSchema = z.strictObject({
  /** Kemendagri code, four parts: "19.04.01.2005". Imported. */
  kode: z
    .string({ error: 'tulis kode Kemendagri sebagai teks dalam tanda kutip, misalnya "19.04.01.2005"' })
    .regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'kode desa ditulis seperti "19.04.01.2005" (empat bagian)'),
  /** Official name. Imported. */
  nama: text('nama desa'),
  /** desa or kelurahan. Imported (codes 1xxx are kelurahan, 2xxx and 3xxx desa). */
  jenis: z.enum(['desa', 'kelurahan'], { error: 'jenis hanya "desa" atau "kelurahan"' }),
  /** Where the desa binaan secretariat is: "Kantor Desa Beluluk, Jl. ...". Editor. */
  sekretariat: z.string().optional(),
  /** Literacy agents of the village. Editor. */
  agenLiterasi: z.array(agentSchema).optional(),
  /** Notes for residents: meeting days, announcements. Editor. */
  catatan: z.string().optional(),
  /** Lessons to start with, by id from content/pelajaran; replaces the site default. Editor. */
  pelajaranAwal: z.array(entryId('pelajaran')).optional(),
});
export type Village = z.infer<typeof villageSchema>;

export const districtSchema = z.strictObject({
  /** Kemendagri code of the kecamatan: "19.04.01". Imported. */
  kode: z
    .string({ error: 'tulis kode kecamatan dalam tanda kutip, misalnya "19.04.01"' })
    .regex(/^\d{2}\.\d{2}\.\d{2}$/, 'kode kecamatan ditulis seperti "19.04.01" (tiga bagian)'),
  /** Official name. Imported. */
  nama: text('nama kecamatan'),
  /** Kabupaten or kota name: "Kabupaten Bangka Tengah". Imported. */
  kabupaten: text('kabupaten'),
  /** Province name. Imported. */
  provinsi: text('provinsi'),
  /** Notes for the whole kecamatan. Editor. */
  catatan: z.string().optional(),
  /** The desa and kelurahan of this kecamatan. */
  desa: z.array(villageSchema).min(1, 'kecamatan perlu minimal satu desa atau kelurahan'),
});
export type District = z.infer<typeof districtSchema>;
