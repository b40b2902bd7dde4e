/**
 * The components a lesson may use, and the attributes each accepts, as plain data: the content
 * check (src/lib/content/check-mdx.ts) runs in Node without Astro and cannot import the .astro
 * files that ./index.ts maps. tests/unit/mdx-check.test.ts keeps this list in step with
 * `mdxComponents` and with each component's `interface Props`.
 */
export interface MdxComponentAttributes {
  /** Attribute names the component reads (its Props). */
  attributes: readonly string[];
  /** Attributes holding a web address: checked like a link (no javascript:, data:, …). */
  urls?: readonly string[];
  /** Attributes holding an id (not text a reader sees): left out of the phone-number check. */
  ids?: readonly string[];
}

export const MDX_COMPONENT_ATTRIBUTES: Readonly<Record<string, MdxComponentAttributes>> = {
  Kotak: { attributes: ['jenis', 'judul'] },
  TandaBahaya: { attributes: ['judul'] },
  Kisah: { attributes: ['judul', 'sumber'], urls: ['sumber'] },
  Perbandingan: { attributes: ['kiri', 'kanan', 'baris', 'judul'] },
  DaftarPeriksa: { attributes: ['judul'] },
  PesanKunci: { attributes: ['judul'] },
  CatatanFasilitator: { attributes: [] },
  PotongSlide: { attributes: [] },
  Kontak: { attributes: ['id'], ids: ['id'] },
  Fakta: { attributes: ['id', 'bare'], ids: ['id'] },
};

export const MDX_COMPONENT_NAMES: readonly string[] = Object.keys(MDX_COMPONENT_ATTRIBUTES);
