/**
 * The notice after "Keluar cepat" (markup: ./TraceNotice.astro, kept on /offline/): on the first
 * page shown after the exit button was used on this device, reads the notice from /offline/,
 * puts it at the top of the page with the "Hapus jejak" button, and loads that button's script.
 * "Tutup", or using the button, forgets the note (src/lib/traces.ts).
 */
import { OFFLINE_PAGE_URL } from '../../lib/offline/caches.ts';
import { forgetOffer, shouldOfferClearing, TRACES_CLEARED } from '../../lib/traces.ts';

async function showNotice(main: HTMLElement) {
  const html = await (await fetch(OFFLINE_PAGE_URL)).text();
  const offlinePage = new DOMParser().parseFromString(html, 'text/html');
  const template = offlinePage.querySelector<HTMLTemplateElement>('template[data-trace-notice]');
  const button = offlinePage.querySelector('clear-traces');
  if (!template || !button) return;
  await import('./clear-traces.ts');
  const notice = document.importNode(template.content, true).querySelector<HTMLElement>('trace-notice');
  if (!notice) return;
  notice.querySelector('[data-slot]')?.replaceWith(document.adoptNode(button));
  notice.addEventListener(TRACES_CLEARED, () => forgetOffer());
  notice.querySelector('[data-close]')?.addEventListener('click', () => {
    forgetOffer();
    notice.remove();
  });
  main.prepend(notice);
}

const main = document.querySelector<HTMLElement>('main');
// Not on the slides (a projector) nor on /offline/ itself (its own button is there).
if (main && shouldOfferClearing() && document.querySelector('.site-header') && location.pathname !== OFFLINE_PAGE_URL) {
  // Offline with nothing kept, or a blocked request: no notice; /tentang/ still has the button.
  showNotice(main).catch(() => {});
}
export {};
