/**
 * Registers the service worker (src/integrations/service-worker.ts) on every page. A new version
 * of the worker takes over by itself (pages come from the network first, so there is nothing for
 * the reader to do); a page shown from the device says so (./saved-copy-notice.ts).
 */
import { CACHE_NAMES, SERVICE_WORKER_URL } from '../../lib/offline/caches.ts';

if (!import.meta.env.DEV && 'serviceWorker' in navigator) {
  const container = navigator.serviceWorker;
  if (!container.controller) {
    // The first visit's page came from the network before the worker existed: keep it too, so
    // the page a reader arrived on (a link in a WhatsApp message) opens again offline.
    container.addEventListener('controllerchange', () => void caches.open(CACHE_NAMES.visited).then((cache) => cache.add(location.pathname)).catch(() => {}), { once: true });
  }
  container.register(SERVICE_WORKER_URL).catch(() => {});
}
