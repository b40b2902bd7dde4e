/** <offline-badge>: shown when this page is in the device's caches (markup: ./OfflineBadge.astro). */
import { isOnDevice } from '../../lib/offline/caches.ts';

/** The service worker stores a page just after delivering it: look once more a moment later. */
const SECOND_LOOK_MS = 1500;

class OfflineBadge extends HTMLElement {
  connectedCallback() {
    if (!('caches' in window)) return;
    const look = async () => {
      if (await isOnDevice(location.pathname).catch(() => false)) this.hidden = false;
      return !this.hidden;
    };
    void look().then((found) => {
      if (!found && navigator.serviceWorker?.controller) setTimeout(() => void look(), SECOND_LOOK_MS);
    });
  }
}
customElements.define('offline-badge', OfflineBadge);
