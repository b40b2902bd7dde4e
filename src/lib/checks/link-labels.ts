/**
 * Link labels that do not say where the link goes. A reader who lists the links of a page
 * (screen readers do) or who skims a cheap phone's small screen only sees the label:
 * "klik di sini" tells them nothing. Indonesian first, with the English ones editors copy.
 */

/** Labels that are vague on their own, compared after normalising (case, spaces, end punctuation). */
export const VAGUE_LABELS = [
  'klik di sini',
  'klik disini',
  'klik',
  'klik ini',
  'klik link ini',
  'klik tautan ini',
  'tekan di sini',
  'tekan disini',
  'sentuh di sini',
  'di sini',
  'disini',
  'ini',
  'link',
  'link ini',
  'tautan',
  'tautan ini',
  'selengkapnya',
  'lebih lanjut',
  'baca lebih lanjut',
  'baca selengkapnya',
  'lihat selengkapnya',
  'info selengkapnya',
  'lihat di sini',
  'baca di sini',
  'baca',
  'lihat',
  'buka',
  'lanjut',
  'info',
  'informasi',
  'detail',
  'klik di sini untuk informasi lebih lanjut',
  'click here',
  'click',
  'here',
  'read more',
  'more',
  'learn more',
  'this link',
] as const;

/** Phrases that make any label vague, even inside a longer one ("Klik di sini untuk daftar"). */
const VAGUE_PHRASES = ['klik di sini', 'klik disini', 'click here'];

/** Lower case, single spaces, no punctuation or arrows around it. */
export function normaliseLabel(label: string): string {
  return label
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^[\s"'“”‘’«»‹›→←>…:.,!?()[\]-]+|[\s"'“”‘’«»‹›→←>…:.,!?()[\]-]+$/g, '');
}

/** The vague phrase a label is or contains, or undefined when the label says where it goes. */
export function vaguePhrase(label: string): string | undefined {
  const normal = normaliseLabel(label);
  if ((VAGUE_LABELS as readonly string[]).includes(normal)) return normal;
  return VAGUE_PHRASES.find((phrase) => normal.includes(phrase));
}
