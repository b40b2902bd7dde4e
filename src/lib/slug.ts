/**
 * URL slugs from Indonesian place names and titles: lower case, accents removed,
 * anything that is not a letter or digit turned into a single hyphen.
 * "Bhaskara Bhakti" → "bhaskara-bhakti", "Nusa Tenggara Timur" → "nusa-tenggara-timur".
 */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Lower case without accents: the form used both for slugs and for "Cari desa Anda" matching. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
