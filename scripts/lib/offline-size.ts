/**
 * What offline support costs a device, read from a built site (no browser, the same figures on
 * every run): the shell the service worker precaches on a first visit, the service worker itself,
 * and the offline package "Simpan untuk offline" downloads — in full, and after the precache
 * (what the button announces to a reader who has opened the site before). Sizes are as stored on
 * the device (`bytes`) and as sent by a static host that gzips text (`gzipBytes`).
 *
 * For `npm run bench`: `measureOfflineSize(siteDir)`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isImmutable, PACKAGE_MANIFEST_URL, SERVICE_WORKER_URL } from '../../src/lib/offline/caches.ts';
import { fileToUrl, gzipSize, shellFiles, type OfflinePackage } from '../../src/lib/offline/package-files.ts';
import { outDir } from './built-site.ts';

export interface Weight {
  files: number;
  bytes: number;
  gzipBytes: number;
}

export interface OfflineSize {
  /** The shell precached when the site is first opened (bundles, icons, home, contacts, offline page). */
  precache: Weight;
  /** /sw.js, with the Workbox runtime bundled in. */
  serviceWorker: Weight;
  /** Everything "Simpan untuk offline" stores; `pages` of the files are pages. */
  package: Weight & { pages: number };
  /** The package less the hashed files the precache already holds: the download a returning reader is shown. */
  packageAfterPrecache: Weight;
}

function weigh(siteDir: string, files: string[]): Weight {
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = fs.readFileSync(path.join(siteDir, file));
    bytes += content.length;
    gzipBytes += gzipSize(file, content);
  }
  return { files: files.length, bytes, gzipBytes };
}

export function measureOfflineSize(siteDir = outDir()): OfflineSize {
  const listFile = path.join(siteDir, PACKAGE_MANIFEST_URL.slice(1));
  if (!fs.existsSync(listFile)) throw new Error(`${listFile} tidak ada: bangun situsnya dulu (npx astro build) dengan integrasi service-worker.`);
  const offline = JSON.parse(fs.readFileSync(listFile, 'utf8')) as OfflinePackage;
  const shell = shellFiles(siteDir);
  const precached = new Set(shell.map(fileToUrl));
  const rest = offline.files.filter((file) => !(isImmutable(file.url) && precached.has(file.url)));
  return {
    precache: weigh(siteDir, shell),
    serviceWorker: weigh(siteDir, [SERVICE_WORKER_URL]),
    package: { files: offline.files.length, pages: offline.pages, bytes: offline.bytes, gzipBytes: offline.gzipBytes },
    packageAfterPrecache: {
      files: rest.length,
      bytes: rest.reduce((sum, file) => sum + file.bytes, 0),
      gzipBytes: rest.reduce((sum, file) => sum + file.gzipBytes, 0),
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const size = measureOfflineSize(path.resolve(process.argv[2] ?? outDir()));
  const line = (label: string, weight: Weight) => console.log(`${label.padEnd(34)} ${String(weight.files).padStart(4)} berkas  ${kB(weight.gzipBytes).padStart(10)} gzip  ${kB(weight.bytes).padStart(10)} di perangkat`);
  line('Precache (shell)', size.precache);
  line('Service worker (sw.js)', size.serviceWorker);
  line(`Paket offline (${size.package.pages} halaman)`, size.package);
  line('Paket offline sesudah precache', size.packageAfterPrecache);
}
