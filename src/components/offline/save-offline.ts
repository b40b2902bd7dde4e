/**
 * <save-offline>: the "Simpan untuk offline" box (markup: ./SaveOffline.astro). Start → size
 * ("Sekitar 1,2 MB. Lanjutkan?") → Lanjutkan → progress bar → done. The logic of what to fetch
 * and where to keep it is in src/lib/offline/save-package.ts.
 */
import { fill } from '../../i18n/fill.ts';
import { formatSize } from '../../lib/offline/format.ts';
import { CACHE_NAMES, isOnDevice } from '../../lib/offline/caches.ts';
import { fetchPackage, planDownload, readSaved, savePackage, writeSaved, type DownloadPlan } from '../../lib/offline/save-package.ts';
import type { OfflinePackage } from '../../lib/offline/package-files.ts';
import { deviceStorage } from '../../lib/progress.ts';

interface Strings {
  confirm: string;
  saving: string;
  saved: string;
  savedOn: string;
  outdated: string;
  failed: string;
  needSignal: string;
  noSpace: string;
  again: string;
  mark: string;
}

class SaveOffline extends HTMLElement {
  #strings!: Strings;
  #pending: { offline: OfflinePackage; plan: DownloadPlan } | undefined;

  #part<T extends HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-${name}]`)!;
  }

  connectedCallback() {
    if (!('serviceWorker' in navigator) || !('caches' in window)) return;
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.#part('start').addEventListener('click', () => void this.#ask());
    this.#part('continue').addEventListener('click', () => void this.#save());
    this.#part('cancel').addEventListener('click', () => this.#show('idle'));
    // Saving needs the worker that answers from the caches; it is installing on a first visit.
    void navigator.serviceWorker.ready.then(() => {
      this.hidden = false;
      void this.#describeSaved();
      void markLessonsOnDevice(this.#strings.mark);
    });
  }

  #show(step: 'idle' | 'confirm' | 'working') {
    this.#part('start').hidden = step !== 'idle';
    this.#part('confirm').hidden = step !== 'confirm';
    this.#part('working').hidden = step !== 'working';
    if (step === 'idle') this.#part('start').focus();
  }

  #status(text: string) {
    this.#part('status').textContent = text;
  }

  /** "Sudah tersimpan pada …" or "Ada versi baru", when this device saved the package before. */
  async #describeSaved() {
    const saved = readSaved(deviceStorage());
    // The browser may have cleared the site's storage since (space ran low): then say nothing.
    if (!saved || !(await caches.has(CACHE_NAMES.saved))) return;
    this.#part('start').textContent = this.#strings.again;
    const state = this.#part('state');
    const date = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(saved.savedAt));
    state.textContent = fill(this.#strings.savedOn, { tanggal: date });
    state.hidden = false;
    try {
      const offline = await fetchPackage();
      if (offline.version !== saved.version) state.textContent = this.#strings.outdated;
    } catch {
      // Offline: the saved copy is what there is.
    }
  }

  async #ask() {
    this.#status('');
    try {
      const offline = await fetchPackage();
      const plan = await planDownload(offline);
      this.#pending = { offline, plan };
      this.#part('size').textContent = fill(this.#strings.confirm, { ukuran: formatSize(plan.gzipBytes) });
      this.#show('confirm');
      this.#part('continue').focus();
    } catch {
      this.#status(this.#strings.needSignal);
    }
  }

  async #save() {
    if (!this.#pending) return;
    const { offline, plan } = this.#pending;
    const bar = this.querySelector('progress')!;
    const count = this.#part('count');
    let done = 0;
    const files = plan.fetch.length + plan.copy.length;
    this.#show('working');
    this.#status(fill(this.#strings.saving, { selesai: 0, jumlah: files }));
    // The button pressed is gone: keep keyboard focus in the box, on the message that follows the save.
    this.#part('status').focus();
    // Ask the browser not to clear these files when space runs low (Chromium decides silently).
    void navigator.storage?.persist?.().catch(() => false);
    try {
      await savePackage(offline, plan, (progress) => {
        done = progress.done;
        bar.value = progress.gzipBytes > 0 ? progress.doneBytes / progress.gzipBytes : 1;
        count.textContent = `${formatSize(progress.doneBytes)} / ${formatSize(progress.gzipBytes)}`;
      });
      bar.value = 1;
      writeSaved(deviceStorage(), { version: offline.version, savedAt: new Date().toISOString() });
      this.#status(this.#strings.saved);
      this.#part('state').hidden = true;
      this.#part('start').textContent = this.#strings.again;
      void markLessonsOnDevice(this.#strings.mark);
    } catch (error) {
      const full = error instanceof DOMException && error.name === 'QuotaExceededError';
      this.#status(full ? this.#strings.noSpace : fill(this.#strings.failed, { selesai: done, jumlah: files }));
    } finally {
      this.#pending = undefined;
      this.#part('working').hidden = true;
      this.#part('start').hidden = false;
    }
  }
}

/**
 * Marks each lesson of the page's list that opens without a signal. A list item names its lesson
 * with `data-lesson-id`; its first link is where the reader goes (the lesson, or the guide).
 */
async function markLessonsOnDevice(label: string) {
  for (const item of document.querySelectorAll<HTMLElement>('[data-lesson-id]')) {
    const link = item.querySelector<HTMLAnchorElement>('a[href]');
    if (!link || item.querySelector('.offline-mark') || !(await isOnDevice(link.pathname))) continue;
    const mark = document.createElement('span');
    mark.className = 'offline-mark';
    mark.textContent = label;
    (link.closest('h2, h3, h4') ?? link).after(mark);
  }
}

customElements.define('save-offline', SaveOffline);
