/**
 * <update-notice>: registers the service worker and offers a new version when one is waiting
 * (markup: ./ServiceWorker.astro). The waiting worker takes over only when the reader presses
 * "Muat ulang" (SKIP_WAITING, which Workbox's generated worker listens for); then the page reloads.
 * Otherwise it takes over once every tab of the site is closed, as browsers do.
 */
import { CACHE_NAMES, SERVICE_WORKER_URL } from '../../lib/offline/caches.ts';

class UpdateNotice extends HTMLElement {
  #waiting: ServiceWorker | undefined;
  #reloading = false;

  connectedCallback() {
    if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
    const container = navigator.serviceWorker;
    const firstVisit = !container.controller;
    container.addEventListener('controllerchange', () => {
      if (this.#reloading) location.reload();
      // The first visit's page came from the network before the worker existed: keep it too,
      // so the page a reader arrived on (a link in a WhatsApp message) opens again offline.
      else if (firstVisit) void caches.open(CACHE_NAMES.visited).then((cache) => cache.add(location.pathname)).catch(() => {});
    });
    this.querySelector('[data-later]')?.addEventListener('click', () => {
      this.querySelector<HTMLElement>('.update-notice__bar')!.hidden = true;
    });
    this.querySelector('[data-reload]')?.addEventListener('click', () => {
      if (!this.#waiting) return location.reload();
      this.#reloading = true;
      this.#waiting.postMessage({ type: 'SKIP_WAITING' });
    });
    container.register(SERVICE_WORKER_URL).then((registration) => this.#watch(registration), () => {});
  }

  #watch(registration: ServiceWorkerRegistration) {
    const offer = (worker: ServiceWorker) => {
      // With no worker in charge yet this is the first install, not an update.
      if (!navigator.serviceWorker.controller || this.hasAttribute('data-silent')) return;
      this.#waiting = worker;
      this.querySelector<HTMLElement>('.update-notice__bar')!.hidden = false;
    };
    const follow = (worker: ServiceWorker | null) =>
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed') offer(worker);
      });
    if (registration.waiting) offer(registration.waiting);
    follow(registration.installing);
    registration.addEventListener('updatefound', () => follow(registration.installing));
  }
}
customElements.define('update-notice', UpdateNotice);
