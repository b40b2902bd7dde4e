/**
 * Every UI string key, checked strictly: a key missing from id.json, or one id.json has that
 * the code does not know, fails the build (and the unit test) instead of showing a raw key.
 */
import { z } from 'astro/zod';

const keys = [
  'site.skipLink', 'site.menu',
  'nav.home', 'nav.lessons', 'nav.journeys', 'nav.villages', 'nav.contacts', 'nav.search', 'nav.checkOffer', 'nav.about',
  'exit.label', 'exit.hint',
  'footer.emergency', 'footer.about', 'footer.dataLicence', 'footer.noTracking',
  'contact.call', 'contact.whatsapp', 'contact.sms', 'contact.website', 'contact.email', 'contact.source', 'contact.checked',
  'contact.singleSource', 'contact.notPublished',
  'topik.tppo', 'topik.tppm', 'topik.migrasi-aman', 'topik.paspor', 'topik.bantuan', 'topik.desa-binaan',
  'area.desa', 'area.kelurahan', 'area.kecamatan', 'area.code',
  'officer.title', 'officer.notPublished',
  'notFound.title', 'notFound.body',
] as const;

export type UiKey = (typeof keys)[number];

export const uiStringsSchema = z.strictObject(
  Object.fromEntries(keys.map((key) => [key, z.string().min(1)])) as Record<UiKey, z.ZodString>,
);
