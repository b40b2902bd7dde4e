/**
 * Site settings (content/situs.yaml): what another immigration office changes to reuse the site.
 */
import { z } from 'astro/zod';
import { entryId, text, webUrl } from './common.ts';

export const siteSchema = z.strictObject({
  /** Site name in the header and the browser tab. */
  nama: text('nama situs'),
  /** One sentence under the name on the home page. */
  deskripsi: text('deskripsi'),
  /**
   * Address where the site is published, starting with https://: QR codes, posters, handouts,
   * share links and the sitemap use it. http:// is refused: a QR code printed on paper cannot be
   * taken back, and an unencrypted address can be swapped for a look-alike on the way.
   */
  urlDasar: webUrl.refine((url) => url.startsWith('https://'), 'alamat situs harus diawali https:// (alamat tanpa enkripsi bisa dibelokkan ke situs palsu, dan kode QR yang sudah dicetak tidak bisa ditarik lagi)'),
  /** The immigration office that runs the programme. */
  kantor: z.strictObject({
    /** Full name: "Kantor Imigrasi Kelas I TPI Pangkalpinang". */
    nama: text('nama kantor'),
    /** The office's entry in content/kontak. */
    kontak: entryId('kontak'),
  }),
  /** The area served. */
  wilayah: z.strictObject({
    /** Name shown to readers: "Kabupaten Bangka Tengah". */
    nama: text('nama wilayah'),
    /** Kemendagri code prefix imported into content/wilayah: "19.04". */
    kode: z.string().regex(/^\d{2}(\.\d{2}){0,2}$/, 'kode wilayah ditulis seperti "19" (provinsi), "19.04" (kabupaten)'),
  }),
  /** Lessons every village page suggests first, by id from content/pelajaran. */
  pelajaranAwal: z.array(entryId('pelajaran')).min(1, 'pilih minimal satu pelajaran awal'),
  /** Where readers report a wrong fact: a web address or mailto:. */
  laporKesalahan: z.string().min(1),
  /**
   * Where "Keluar cepat" takes a reader who must leave the site at once: an ordinary page that
   * gives nothing away (a weather search). A full web address.
   */
  keluarCepat: webUrl.default('https://www.google.com/search?q=cuaca'),
});
export type Site = z.infer<typeof siteSchema>;
