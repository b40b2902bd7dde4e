/**
 * Content collections: where each content type is loaded from and which schema it must meet.
 * Schemas live in src/schemas/. References between entries are plain ids checked by
 * src/lib/content/validate.ts, because Astro only logs a broken reference and builds anyway.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { lessonSchema } from './schemas/lesson.ts';
import { journeySchema } from './schemas/journey.ts';
import { contactSchema } from './schemas/contact.ts';
import { officerSchema } from './schemas/officer.ts';
import { districtSchema, villageSchema } from './schemas/area.ts';
import { siteSchema } from './schemas/site.ts';
import { factSchema } from './schemas/fact.ts';
import { lawSchema } from './schemas/law.ts';
import { offerCheckSchema } from './schemas/offer-check.ts';
import { CONTENT_ROOT, OFFER_FILE, contentDir } from './lib/content/paths.ts';
import { districtLoader, singleFileLoader, siteLoader, villageLoader } from './lib/content/loaders.ts';

const base = (kind: Parameters<typeof contentDir>[0]) => contentDir(kind, CONTENT_ROOT);

export const collections = {
  pelajaran: defineCollection({ loader: glob({ pattern: '*.mdx', base: base('lessons') }), schema: lessonSchema }),
  langkah: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: base('journeys') }), schema: journeySchema }),
  kontak: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: base('contacts') }), schema: contactSchema }),
  pimpasa: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: base('officers') }), schema: officerSchema }),
  kecamatan: defineCollection({ loader: districtLoader(), schema: districtSchema }),
  desa: defineCollection({ loader: villageLoader(), schema: villageSchema.extend({ kecamatan: z.string() }) }),
  situs: defineCollection({ loader: siteLoader(), schema: siteSchema }),
  fakta: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: base('facts') }), schema: factSchema }),
  hukum: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: base('laws') }), schema: lawSchema }),
  cekTawaran: defineCollection({ loader: singleFileLoader(OFFER_FILE, 'cek-tawaran'), schema: offerCheckSchema }),
  // Each page file has its own schema (src/schemas/page.ts), applied by src/lib/pages.ts and by the content check.
  halaman: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: base('pages') }) }),
};
