/**
 * What to do about each html-validate rule, in words an editor understands. html-validate's
 * own messages are English and speak of elements; these say which part of the content to
 * change. A rule without a hint gets the general one and its documentation link.
 */

const HINTS: Record<string, string> = {
  'element-permitted-content':
    'ada elemen di tempat yang tidak boleh, misalnya kotak atau daftar di dalam satu paragraf. Beri baris kosong sebelum dan sesudah komponen (<Kotak>, <Kisah>, …) agar ia tidak masuk ke dalam paragraf.',
  'element-permitted-parent':
    'elemen ini berada di dalam elemen yang salah. Beri baris kosong sebelum dan sesudah komponen, dan jangan menaruh komponen di dalam kalimat atau daftar.',
  'element-required-ancestor': 'elemen ini harus berada di dalam elemen lain (misalnya butir daftar di dalam daftar). Periksa komponen atau daftar di sekitarnya.',
  'element-required-content': 'elemen ini kosong padahal harus berisi sesuatu (misalnya daftar tanpa butir). Isi atau hapus bagian itu.',
  'element-permitted-occurrences': 'elemen ini muncul lebih sering dari yang boleh (misalnya dua judul utama). Hapus yang berlebih.',
  'element-permitted-order': 'urutan elemen salah. Periksa komponen di sekitar bagian ini.',
  'no-dup-id':
    'dua bagian punya alamat (#id) yang sama, biasanya karena dua judul bagian ditulis persis sama. Bedakan judulnya, atau bedakan nilai id pada komponen.',
  'heading-level':
    'tingkat judul melompat. Pakai "##" untuk bagian dan "###" untuk sub-bagian di dalamnya; jangan lompat dari "##" ke "####", dan jangan pakai "#" (judul utama sudah dibuat dari kolom judul).',
  'empty-heading': 'ada judul bagian yang kosong. Tulis judulnya, atau hapus baris "##" itu.',
  'empty-title': 'judul halaman kosong. Isi kolom judul.',
  'long-title': 'judul halaman terlalu panjang untuk tab peramban dan hasil pencarian. Persingkat kolom judul.',
  'wcag/h37':
    'gambar tanpa teks pengganti. Tulis apa isi gambar: ![Poster waspada calo di balai desa](gambar.png). Gambar hiasan saja: ![](gambar.png).',
  'wcag/h30': 'tautan tanpa teks. Tulis teks tautan yang menyebut tujuannya: [Buka SIAPkerja](https://siapkerja.kemnaker.go.id).',
  'text-content': 'tombol atau tautan tanpa teks yang bisa dibacakan. Beri teks yang menyebut gunanya.',
  'wcag/h63': 'judul kolom tabel perlu keterangan. Pakai baris pertama tabel Markdown sebagai judul kolom.',
  'wcag/h67': 'gambar hiasan tidak boleh punya title. Hapus title pada gambar itu.',
  'prefer-tbody': 'tabel perlu bagian isi. Tulis tabel dengan format Markdown (| a | b |) agar bentuknya benar.',
  'close-order': 'ada tag yang ditutup dengan urutan salah. Periksa tag pembuka dan penutup komponen di sekitar baris ini (<Kotak> … </Kotak>).',
  'close-attr': 'tag penutup tidak boleh punya atribut. Periksa penulisan komponen.',
  'no-implicit-close': 'ada elemen yang tertutup sendiri karena elemen lain. Beri baris kosong di sekitar komponen.',
  'no-raw-characters': 'ada tanda khusus (& < >) yang tidak ditulis dengan benar. Tulis "dan" sebagai ganti "&".',
  'unrecognized-char-ref': 'ada kode karakter "&…;" yang tidak dikenal. Tulis karakternya langsung.',
  'attribute-allowed-values': 'nilai atribut tidak dikenal. Periksa nilai yang ditulis pada komponen (misalnya jenis="peringatan").',
  'no-deprecated-attr': 'atribut ini sudah usang. Hapus atributnya.',
  deprecated: 'elemen HTML ini sudah usang. Pakai format Markdown atau komponen situs sebagai gantinya.',
  'no-inline-style': 'gaya tulisan ditulis langsung di elemen (style="…"). Hapus atribut style; tampilan diatur oleh komponen situs.',
  'no-missing-references': 'elemen menunjuk ke id yang tidak ada di halaman. Periksa nilai id pada komponen.',
  'valid-id': 'id hanya boleh huruf, angka dan tanda hubung, dan tidak boleh berisi spasi.',
  'unique-landmark': 'dua bagian navigasi yang sama perlu label yang berbeda (aria-label).',
  'input-missing-label': 'kolom isian tanpa label. Beri label yang menyebut apa yang diisi.',
  'hidden-focusable': 'elemen tersembunyi tetapi masih bisa dipilih dengan keyboard.',
  'prefer-native-element': 'pakai elemen HTML biasa (button, a) daripada role.',
  'no-redundant-role': 'role ini sudah bawaan elemennya; hapus role.',
  'aria-label-misuse': 'aria-label tidak berlaku pada elemen ini.',
  'no-implicit-button-type': 'tombol perlu type="button" (atau "submit").',
  'no-dup-attr': 'atribut yang sama ditulis dua kali. Hapus salah satunya.',
  'no-dup-class': 'kelas yang sama ditulis dua kali. Hapus salah satunya.',
  'missing-doctype': 'halaman tanpa <!doctype html>.',
  'meta-refresh': 'halaman berpindah sendiri (meta refresh). Pakai tautan biasa.',
};

/** Rules caused by the site's code rather than by content: the editor cannot fix them. */
const CODE_RULES = new Set([
  'no-implicit-button-type',
  'prefer-native-element',
  'no-redundant-role',
  'aria-label-misuse',
  'hidden-focusable',
  'unique-landmark',
  'input-missing-label',
  'missing-doctype',
  'script-element',
  'script-type',
  'require-sri',
  'no-multiple-main',
]);

export function hintFor(ruleId: string, ruleUrl?: string): string {
  const hint = HINTS[ruleId];
  if (hint) return CODE_RULES.has(ruleId) ? `${hint} Ini biasanya berasal dari kode situs (src/): laporkan kepada pengembang.` : hint;
  return `perbaiki bagian yang ditunjuk${ruleUrl ? `; penjelasan aturan (bahasa Inggris): ${ruleUrl}` : ''}. Jika bagian itu bukan tulisan Anda, laporkan kepada pengembang.`;
}

/** True when the rule is about markup the site's code writes, not about content. */
export function isCodeRule(ruleId: string): boolean {
  return CODE_RULES.has(ruleId);
}
