/**
 * "Hapus jejak di perangkat ini": what this site keeps on a device, and removing all of it.
 *
 * What the site writes (add any new store here, and to the text on /tentang/):
 * - localStorage: lessons marked done (`desa-binaan:pelajaran-selesai`, ./progress.ts), the offline
 *   package saved and when (`desa-binaan:offline-tersimpan`, ./offline/save-package.ts), and the
 *   note to offer clearing after "Keluar cepat" (OFFER_KEY below);
 * - sessionStorage: which steps of a journey are open (`langkah-terbuka:<id>`, StepByStep.astro)
 *   and the words passed from the header search box to /cari/ (SEARCH_HANDOFF_KEY, ./search/params.ts);
 * - Cache Storage: the pages, files and search index kept for offline use (./offline/caches.ts);
 * - IndexedDB: Workbox's record of when each visited page was kept (`workbox-expiration`);
 * - the service worker's registration.
 * The storage belongs to this site's address alone, so everything found in it is the site's:
 * all of it is removed, not only the keys listed above.
 *
 * The note after "Keluar cepat": leaving sets OFFER_KEY, and the next visit shows a small notice
 * with the "Hapus jejak" button. Whoever opens the site next may be the person the reader fled
 * from, so neither the key nor the notice says that anyone left: the key's name and value are
 * neutral ("pemberitahuan" = "1"), the notice offers clearing to anyone on a shared phone, and
 * the key is removed as soon as the notice is closed or its button used. sessionStorage would not
 * survive to the next visit (usually a new tab), and a mark in the exit address would leak to the
 * exit site and stay in the history.
 */
import { PROGRESS_KEY, readDone } from './progress.ts';
import { isPagePath, pagePath } from './offline/caches.ts';

/** localStorage: "offer Hapus jejak on the next page shown". Neutral on purpose (see above). */
export const OFFER_KEY = 'desa-binaan:pemberitahuan';

/** Dispatched on `document` once everything is removed, so lists of saved pages can empty themselves. */
export const TRACES_CLEARED = 'dbi:traces-cleared';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function local(): Store | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Called by "Keluar cepat" just before leaving. */
export function rememberToOfferClearing(storage: Store | undefined = local()): void {
  try {
    storage?.setItem(OFFER_KEY, '1');
  } catch {
    // Storage blocked: the notice will not show; /tentang/ still has the button.
  }
}

export function shouldOfferClearing(storage: Store | undefined = local()): boolean {
  try {
    return storage?.getItem(OFFER_KEY) === '1';
  } catch {
    return false;
  }
}

export function forgetOffer(storage: Store | undefined = local()): void {
  try {
    storage?.removeItem(OFFER_KEY);
  } catch {
    // Nothing to do: storage that cannot be read holds nothing we could remove.
  }
}

/** The device's stores; each may be missing (old browsers, privacy settings, tests). */
export interface TraceStores {
  origin: string;
  localStorage?: Storage;
  sessionStorage?: Storage;
  caches?: CacheStorage;
  serviceWorker?: Pick<ServiceWorkerContainer, 'getRegistrations'>;
  indexedDB?: Pick<IDBFactory, 'databases' | 'deleteDatabase'>;
}

/** What was removed, for the sentence the reader sees. */
export interface TraceReport {
  /** Lessons marked "selesai". */
  marks: number;
  /** Pages kept for offline reading (each address once). */
  pages: number;
  /** Whether a service worker was unregistered. */
  worker: boolean;
  /** Other entries: storage keys, caches of files, databases. */
  other: number;
  /** Something could not be removed (the reader is told to use the browser's settings). */
  failed: boolean;
}

export function browserStores(): TraceStores {
  const get = <T>(read: () => T): T | undefined => {
    try {
      return read() ?? undefined;
    } catch {
      return undefined;
    }
  };
  return {
    origin: location.origin,
    localStorage: get(() => globalThis.localStorage),
    sessionStorage: get(() => globalThis.sessionStorage),
    caches: get(() => globalThis.caches),
    serviceWorker: get(() => navigator.serviceWorker),
    indexedDB: get(() => globalThis.indexedDB),
  };
}

/** Deletes every cache; returns the page addresses they held and how many caches there were. */
async function deleteCaches(cacheStorage: CacheStorage, origin: string, pages: Set<string>): Promise<number> {
  const names = await cacheStorage.keys();
  for (const name of names) {
    const cache = await cacheStorage.open(name);
    for (const request of await cache.keys()) {
      const path = pagePath(request.url, origin);
      if (path && isPagePath(path)) pages.add(path);
    }
    await cacheStorage.delete(name);
  }
  return names.length;
}

/** Empties a Storage; returns how many entries it held (the offer note not counted: it is ours, not the reader's). */
function emptyStorage(storage: Storage): number {
  let count = 0;
  for (let i = 0; i < storage.length; i++) if (storage.key(i) !== OFFER_KEY && storage.key(i) !== PROGRESS_KEY) count++;
  storage.clear();
  return count;
}

/**
 * Removes everything the site keeps on this device. The service worker goes first, so that no
 * page is kept again while the rest is removed; the caches are looked at once more at the end,
 * because the worker still answers the open page until it is closed.
 */
export async function clearTraces(stores: TraceStores = browserStores()): Promise<TraceReport> {
  const report: TraceReport = { marks: 0, pages: 0, worker: false, other: 0, failed: false };
  const attempt = async (step: () => Promise<void> | void) => {
    try {
      await step();
    } catch {
      report.failed = true;
    }
  };
  await attempt(async () => {
    for (const registration of (await stores.serviceWorker?.getRegistrations()) ?? []) {
      if (await registration.unregister()) report.worker = true;
      else report.failed = true;
    }
  });
  const pages = new Set<string>();
  let cacheCount = 0;
  if (stores.caches) await attempt(async () => void (cacheCount = await deleteCaches(stores.caches!, stores.origin, pages)));
  await attempt(async () => {
    const factory = stores.indexedDB;
    if (!factory?.databases) return;
    for (const { name } of await factory.databases()) {
      if (!name) continue;
      // "blocked" means the open page's worker still holds it: the browser deletes it as soon as
      // that worker stops (when the page closes), and nothing can open it before.
      await new Promise<void>((resolve) => {
        const request = factory.deleteDatabase(name);
        request.onsuccess = request.onerror = request.onblocked = () => resolve();
      });
      report.other++;
    }
  });
  await attempt(() => {
    if (stores.localStorage) {
      report.marks = readDone(stores.localStorage).size;
      report.other += emptyStorage(stores.localStorage);
    }
    if (stores.sessionStorage) report.other += emptyStorage(stores.sessionStorage);
  });
  if (stores.caches) await attempt(async () => void (cacheCount += await deleteCaches(stores.caches!, stores.origin, pages)));
  report.pages = pages.size;
  // Caches that held no page (files, the search index) count as "other" things removed.
  if (cacheCount > 0 && pages.size === 0) report.other++;
  return report;
}

/** The sentence for a report, from the UI strings (src/i18n/id.json `traces.*`). */
export function describeReport(report: TraceReport, strings: Record<'done' | 'nothing' | 'marks' | 'pages' | 'worker' | 'other' | 'failed', string>): string {
  const parts: string[] = [];
  const count = (template: string, n: number) => template.replace('{jumlah}', String(n));
  if (report.marks) parts.push(count(strings.marks, report.marks));
  if (report.pages) parts.push(count(strings.pages, report.pages));
  if (report.worker) parts.push(strings.worker);
  if (report.other) parts.push(count(strings.other, report.other));
  const sentence = parts.length ? strings.done.replace('{rincian}', new Intl.ListFormat('id', { type: 'conjunction' }).format(parts)) : strings.nothing;
  return report.failed ? `${sentence} ${strings.failed}` : sentence;
}
