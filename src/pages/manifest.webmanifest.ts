/** /manifest.webmanifest: the web app manifest (src/lib/offline/web-manifest.ts), from content/situs.yaml. */
import type { APIRoute } from 'astro';
import { getSite } from '../lib/data.ts';
import { webManifest } from '../lib/offline/web-manifest.ts';
import { t } from '../i18n/index.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const manifest = webManifest({ name: site.nama, shortName: t('offline.shortName'), description: site.deskripsi });
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
