/**
 * "Simpan untuk offline" in the browser: reads the package list (/offline-paket.json, written at
 * build time by src/integrations/service-worker.ts), works out what is not on the device yet,
 * downloads it into the caches the service worker answers from, and remembers the version saved.
 *
 * Where each file goes: pages and search files into the saved-package cache, kept as one set
 * until the next save (the search index must stay whole: its entry file names its index files);
 * bundles into the assets cache, which pages of any version read.
 */
import { CACHE_NAMES, isImmutable, isPagePath, PACKAGE_MANIFEST_URL, SAVE_HEADER } from './caches.ts';
import type { OfflinePackage, PackageFile } from './package-files.ts';

/** localStorage: the version saved and when, so the lessons page can say "tersimpan" or "ada versi baru". */
export const SAVED_KEY = 'desa-binaan:offline-tersimpan';

/** Parallel downloads: enough to fill a slow line, few enough not to starve the page. */
const PARALLEL = 4;

export interface SavedState {
  version: string;
  /** ISO date and time of the save. */
  savedAt: string;
}

export interface DownloadPlan {
  /** Files to fetch from the network: every page (pages change), and hashed files no cache holds yet. */
  fetch: PackageFile[];
  /** Hashed files already on the device (e.g. in the precache): copied, not downloaded. */
  copy: PackageFile[];
  /** What the download costs in data (gzip sizes of `fetch`). */
  gzipBytes: number;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** The cache a package file belongs in. */
export function cacheFor(url: string): string {
  return isPagePath(url) || url.startsWith('/pagefind/') ? CACHE_NAMES.saved : CACHE_NAMES.assets;
}

export async function fetchPackage(): Promise<OfflinePackage> {
  const response = await fetch(PACKAGE_MANIFEST_URL, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${PACKAGE_MANIFEST_URL}: ${response.status}`);
  return (await response.json()) as OfflinePackage;
}

export async function planDownload(offline: OfflinePackage, cacheStorage: CacheStorage = caches): Promise<DownloadPlan> {
  const plan: DownloadPlan = { fetch: [], copy: [], gzipBytes: 0 };
  for (const file of offline.files) {
    if (isImmutable(file.url) && (await cacheStorage.match(file.url))) plan.copy.push(file);
    else {
      plan.fetch.push(file);
      plan.gzipBytes += file.gzipBytes;
    }
  }
  return plan;
}

export interface Progress {
  /** Files done, of `files`. */
  done: number;
  files: number;
  /** Data downloaded so far (gzip sizes from the package list), of `gzipBytes`. */
  doneBytes: number;
  gzipBytes: number;
}

/**
 * Downloads and stores the plan, reporting progress after each file. Stops at the first failure
 * (a dropped signal, a full disk) and rethrows it; what was stored stays, and the next attempt
 * skips the hashed files already there.
 */
export async function savePackage(offline: OfflinePackage, plan: DownloadPlan, onProgress: (progress: Progress) => void, cacheStorage: CacheStorage = caches): Promise<void> {
  const progress: Progress = { done: 0, files: plan.fetch.length + plan.copy.length, doneBytes: 0, gzipBytes: plan.gzipBytes };
  const opened = new Map<string, Promise<Cache>>();
  const open = (name: string) => {
    if (!opened.has(name)) opened.set(name, cacheStorage.open(name));
    return opened.get(name)!;
  };

  for (const file of plan.copy) {
    const copy = await cacheStorage.match(file.url);
    if (copy) await (await open(cacheFor(file.url))).put(file.url, copy);
    progress.done++;
  }
  onProgress({ ...progress });

  const queue = [...plan.fetch];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      // Pages are asked for again (a 304 costs little); hashed files never change.
      const response = await fetch(file.url, { cache: isImmutable(file.url) ? 'default' : 'no-cache', headers: { [SAVE_HEADER]: '1' } });
      if (!response.ok) throw new Error(`${file.url}: ${response.status}`);
      await (await open(cacheFor(file.url))).put(file.url, response);
      progress.done++;
      progress.doneBytes += file.gzipBytes;
      onProgress({ ...progress });
    }
  };
  try {
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  } finally {
    queue.length = 0;
  }
  await removeOutdated(offline, cacheStorage);
}

/**
 * After a save, what it replaced goes: saved files the new package does not list, and the search
 * files fetched by earlier searches (the saved index now answers those). Bundles stay while a
 * cached page still names them (see keepPageAssets in ./sw-plugins.ts).
 */
export async function removeOutdated(offline: OfflinePackage, cacheStorage: CacheStorage = caches): Promise<void> {
  const listed = new Set(offline.files.map((file) => file.url));
  const pathOf = (request: Request) => new URL(request.url).pathname;
  const saved = await cacheStorage.open(CACHE_NAMES.saved);
  for (const request of await saved.keys()) if (!listed.has(pathOf(request))) await saved.delete(request);
  await cacheStorage.delete(CACHE_NAMES.search);
  const named = new Set<string>(listed);
  const visited = await cacheStorage.open(CACHE_NAMES.visited);
  for (const request of await visited.keys()) {
    const html = await (await visited.match(request))?.text();
    for (const url of html?.match(/\/_astro\/[^"'\s)>?#]+/g) ?? []) named.add(url);
  }
  const assets = await cacheStorage.open(CACHE_NAMES.assets);
  for (const request of await assets.keys()) if (!named.has(pathOf(request))) await assets.delete(request);
}

export function readSaved(storage: Store | undefined): SavedState | undefined {
  try {
    const value = JSON.parse(storage?.getItem(SAVED_KEY) ?? 'null') as Partial<SavedState> | null;
    return typeof value?.version === 'string' && typeof value.savedAt === 'string' ? { version: value.version, savedAt: value.savedAt } : undefined;
  } catch {
    return undefined;
  }
}

export function writeSaved(storage: Store | undefined, state: SavedState): void {
  try {
    storage?.setItem(SAVED_KEY, JSON.stringify(state));
  } catch {
    // Storage blocked: the files are saved all the same; only the "tersimpan" note is lost.
  }
}
