/**
 * Site-wide search words for pages whose text cannot hold every word residents type for them.
 * Lessons and journeys carry their own words in frontmatter (`kataKunci`); this list is for the
 * pages built from data (contacts, the village directory). Village names need nothing here:
 * they are on the village pages already.
 *
 * Keys are page addresses exactly as built (trailing slash). Words are indexed but never shown.
 */
export const PAGE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  '/kontak/': [
    'nomor telepon', 'no telp', 'nomor hp', 'no hp', 'hotline', 'call center', 'telepon darurat',
    'nomor darurat', 'nomor pengaduan', 'pengaduan', 'alamat kantor', 'kantor imigrasi', 'WA', 'email',
  ],
  '/desa/': ['daftar desa', 'cari desa', 'semua desa', 'kelurahan', 'kampung', 'petugas imigrasi desa', 'pembina desa', 'desa saya'],
};
