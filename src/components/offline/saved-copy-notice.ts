/**
 * <saved-copy-notice>: at the top of a page the service worker answered from the device (no
 * signal, or slower than its timeout), "Anda membaca salinan yang disimpan pada <tanggal dan
 * jam>. …" with "Muat ulang" (markup: ./SavedCopyNotice.astro; wording:
 * src/lib/offline/saved-copy.ts). Its words come from the precached SAVED_COPY_STRINGS_URL, so
 * pages read online carry none of them. When the network's answer arrives after all, the worker
 * says so and the notice offers it.
 */
import { NEWER_COPY_MESSAGE, SAVED_COPY_ATTRIBUTE, SAVED_COPY_STRINGS_URL } from '../../lib/offline/caches.ts';
import { savedCopyMessage, type SavedCopyStrings } from '../../lib/offline/saved-copy.ts';

class SavedCopyNotice extends HTMLElement {
  async connectedCallback() {
    const savedAt = document.documentElement.getAttribute(SAVED_COPY_ATTRIBUTE);
    if (savedAt === null) return;
    const strings = (await (await fetch(SAVED_COPY_STRINGS_URL)).json()) as SavedCopyStrings;
    const text = document.createElement('p');
    text.textContent = savedCopyMessage(savedAt, strings);
    // Announced when the newer version arrives: the region is on the page before it is filled.
    const newer = document.createElement('p');
    newer.setAttribute('role', 'status');
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.className = 'button button--secondary no-print';
    reload.textContent = strings.reload;
    reload.addEventListener('click', () => location.reload());
    navigator.serviceWorker?.addEventListener('message', (event: MessageEvent<{ type?: string; url?: string }>) => {
      if (event.data?.type === NEWER_COPY_MESSAGE && event.data.url === location.pathname) newer.textContent = strings.newer;
    });
    this.replaceChildren(text, newer, reload);
    this.hidden = false;
  }
}
customElements.define('saved-copy-notice', SavedCopyNotice);
