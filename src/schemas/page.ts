/**
 * Page texts (content/halaman/<id>.yaml): the prose of the pages that are not lessons or journeys
 * — the home page, /tentang/, the 404 page and the footer. Pages lay these texts out; the words
 * are the editors'. Every text may use:
 *
 * - `{fakta:id}` for a value from content/fakta;
 * - `{kantor}`, `{wilayah}`: the office and the area from content/situs.yaml (other names are listed
 *   where a field allows them);
 * - `[teks tautan](/alamat/)` for a link and `**teks**` for bold.
 */
import { z } from 'astro/zod';
import { sources, text } from './common.ts';

/** A statement about the programme with its sources (shown under it). */
export const sourcedStatementSchema = z.strictObject({
  /** The statement in plain Indonesian. */
  teks: text('teks'),
  /** Where it comes from. */
  sumber: sources,
});
export type SourcedStatement = z.infer<typeof sourcedStatementSchema>;

/** A section: a heading and its paragraphs. */
const section = z.strictObject({
  /** Heading of the section. */
  judul: text('judul bagian'),
  /** Paragraphs, in order. Optional. */
  isi: z.array(text('paragraf')).default([]),
  /** A bulleted list after the paragraphs. Optional. */
  daftar: z.array(text('isi daftar')).default([]),
});

/** content/halaman/beranda.yaml: the home page. The site name (h1) and description come from situs.yaml. */
export const homePageSchema = z.strictObject({
  /** The box for someone who was offered a job: heading, one paragraph, button label. */
  tawaran: z.strictObject({ judul: text('judul'), isi: text('isi'), tombol: text('tombol') }),
  /** Heading over the starting lessons (situs.yaml `pelajaranAwal`) and the link to all lessons. */
  pelajaran: z.strictObject({ judul: text('judul'), semua: text('semua') }),
  /** Heading over the step-by-step journeys. */
  langkah: z.strictObject({ judul: text('judul') }),
  /** Whom to call: heading, paragraphs ({kantor}, {wilayah}), and the labels of the two buttons. */
  kontak: z.strictObject({ judul: text('judul'), isi: z.array(text('paragraf')).min(1), cariDesa: text('cariDesa'), nomorPenting: text('nomorPenting') }),
});

/** content/halaman/tentang.yaml: /tentang/. */
export const aboutPageSchema = z.strictObject({
  /** Page title. */
  judul: text('judul'),
  /** Description for search engines and link previews ({kantor}). */
  deskripsi: text('deskripsi'),
  /** What the programme is: statements with sources, national and per area. */
  program: z.strictObject({
    judul: text('judul'),
    /** True for every office that reuses the site. */
    fakta: z.array(sourcedStatementSchema).min(1),
    /** Per area code of situs.yaml (`wilayah.kode`): shown only on that area's site. */
    lokal: z.record(z.string(), z.array(sourcedStatementSchema)).default({}),
    /** The size of the directory: {kecamatan}, {desa}, {wilayah}. */
    jumlah: text('jumlah'),
  }),
  /** The office; its contact card follows. ({kantor}, {wilayah}) */
  kantor: section,
  /** Who keeps the content and how it is checked. */
  pengelola: section,
  /** Privacy: what the site does not do. {tombol} is the label of the "Keluar cepat" button. */
  privasi: section,
  /**
   * Traces on this device, in plain words, followed by the "Hapus jejak di perangkat ini" button:
   * `isi` and `daftar` say what the site stores on the device ({tombol}, {hapus}: the labels of
   * the "Keluar cepat" and "Hapus jejak" buttons).
   */
  jejak: section.extend({
    /** What the browser itself keeps and the site cannot erase: history, downloads, typed addresses. Paragraphs. */
    peramban: z.array(text('paragraf')).min(1),
    /** Heading over the steps for a common Android phone (the page links to it as #hapus-riwayat). */
    langkahJudul: text('langkahJudul'),
    /** How to clear the browser's data on a common Android phone, one step per item, in order. */
    langkah: z.array(text('langkah')).min(1),
    /** Paragraphs after the steps (other browsers, private tabs). Optional. */
    catatan: z.array(text('paragraf')).default([]),
  }),
  /** How to report a wrong fact. Button labels: {email}, {situs}. */
  lapor: section.extend({
    tombolEmail: text('tombolEmail'),
    tombolFormulir: text('tombolFormulir'),
    /** The line before the list of what to write: "Tuliskan:". */
    tulis: text('tulis'),
    /** What to write in a report, in order. */
    langkah: z.array(text('langkah')).min(1),
    /** Shown when package.json names a repository: {tautan} is the GitHub form link. */
    github: text('github'),
    /** The last word: in danger, do not wait. */
    darurat: text('darurat'),
  }),
});

/** content/halaman/tidak-ditemukan.yaml: the 404 page. */
export const notFoundPageSchema = z.strictObject({
  judul: text('judul'),
  isi: text('isi'),
  /** Where to go instead. */
  tautan: z.array(z.strictObject({ label: text('label'), alamat: z.string().regex(/^\/[^\s]*$/, 'alamat diawali "/", misalnya "/pelajaran/"') })).min(1),
});

/** content/halaman/kaki-halaman.yaml: the footer of every page. */
export const footerSchema = z.strictObject({
  /** What the site does not track. */
  privasi: text('privasi'),
  /** Where the area data comes from and its licence. */
  dataWilayah: text('dataWilayah'),
});

/** content/halaman/pencarian.yaml: words residents type for pages built from data (contacts, the village list). Indexed, never shown. */
export const searchWordsSchema = z.strictObject({
  /** Page address (with the trailing slash) → words. */
  sinonim: z.record(z.string().regex(/^\/([^\s]*\/)?$/, 'alamat halaman diawali dan diakhiri "/", misalnya "/kontak/"'), z.array(text('kata'))),
});

/** Each file of content/halaman and its schema. */
export const PAGE_SCHEMAS = {
  beranda: homePageSchema,
  tentang: aboutPageSchema,
  'tidak-ditemukan': notFoundPageSchema,
  'kaki-halaman': footerSchema,
  pencarian: searchWordsSchema,
} as const;
export type PageId = keyof typeof PAGE_SCHEMAS;
export type PageData<K extends PageId> = z.infer<(typeof PAGE_SCHEMAS)[K]>;
