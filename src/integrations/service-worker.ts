/**
 * Offline support, after the build: writes <outDir>/offline-paket.json (every file "Simpan untuk
 * offline" downloads, with sizes), <outDir>/offline-teks.json (the words of the notice on a page
 * shown from the device) and <outDir>/sw.js, generated with Workbox (`generateSW`; the
 * Workbox runtime is bundled in, so nothing is fetched from elsewhere). What goes where:
 * src/lib/offline/package-files.ts; how the worker answers: src/lib/offline/sw-options.ts.
 *
 * List it after the Pagefind integration (the package lists the search files) and before the
 * security headers (their cache rules list the files in the output folder).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { t } from '../i18n/index.ts';
import { PACKAGE_MANIFEST_URL, SAVED_COPY_STRINGS_URL } from '../lib/offline/caches.ts';
import { offlinePackage, shellFiles, siteFiles } from '../lib/offline/package-files.ts';
import type { SavedCopyStrings } from '../lib/offline/saved-copy.ts';
import { writeServiceWorker } from '../lib/offline/write-service-worker.ts';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'desa-binaan:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        // Before the walk below: the shell precaches it.
        const strings: SavedCopyStrings = { dated: t('offline.copyNotice'), undated: t('offline.copyNoticeUndated'), newer: t('offline.copyNewer'), reload: t('offline.reload') };
        fs.writeFileSync(path.join(siteDir, SAVED_COPY_STRINGS_URL.slice(1)), JSON.stringify(strings));
        // One walk of the output folder serves both lists (90,000 files for the national directory).
        const files = siteFiles(siteDir);
        const offline = offlinePackage(siteDir, files);
        if (!offline.files.some((file) => file.url.startsWith('/pagefind/')) && process.env.PAGEFIND !== '0') {
          logger.warn('Tidak ada berkas pencarian (Pagefind) di paket offline: pencarian tidak akan bekerja tanpa internet. Letakkan integrasi ini sesudah integrasi Pagefind.');
        }
        fs.writeFileSync(path.join(siteDir, PACKAGE_MANIFEST_URL.slice(1)), JSON.stringify(offline));

        const written = await writeServiceWorker(siteDir, { files });
        for (const warning of written.warnings) logger.warn(warning);
        const shellBytes = shellFiles(siteDir, files).reduce((sum, file) => sum + fs.statSync(path.join(siteDir, file)).size, 0);
        logger.info(
          `sw.js: ${written.precached} berkas di-precache (${kB(shellBytes)}); paket offline ${offline.files.length} berkas, ${offline.pages} halaman, ${kB(offline.gzipBytes)} terkompresi (${kB(offline.bytes)} di perangkat)`,
        );
      },
    },
  };
}
