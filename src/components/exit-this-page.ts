/**
 * "Keluar cepat" (markup: ./ExitButton.astro), after GOV.UK's exit-this-page component:
 * - the button, or Shift pressed three times, blanks the page at once (an overlay that only says
 *   "Keluar dari halaman", announced as an alert) and leaves with location.replace, so the Back
 *   button does not return to the page the reader fled;
 * - each Shift press is counted only when Shift was pressed on its own (a capital letter is not a
 *   press), within 5 seconds of the last; a hidden status line says how many presses are left and
 *   when the count ran out, and three lights on the button show it;
 * - leaving notes that the next visit should offer "Hapus jejak" (src/lib/traces.ts explains why
 *   that note says nothing about leaving).
 */
import { rememberToOfferClearing } from '../lib/traces.ts';

/** GOV.UK's time between presses. */
const TIMEOUT_MS = 5000;

const root = document.querySelector<HTMLElement>('[data-exit-this-page]');
const button = root?.querySelector<HTMLAnchorElement>('a');
const status = root?.querySelector<HTMLElement>('[role="status"]');
if (root && button && status) {
  // GOV.UK's three lights on the button, made here: without JavaScript there are no presses to count.
  const lights = document.createElement('span');
  lights.className = 'exit-this-page__lights';
  lights.setAttribute('aria-hidden', 'true');
  lights.hidden = true;
  lights.append(...[0, 1, 2].map(() => document.createElement('span')));
  button.append(lights);
  let presses = 0;
  let lastKeyWasModified = false;
  let resetTimer: ReturnType<typeof setTimeout> | undefined;
  let clearMessage: ReturnType<typeof setTimeout> | undefined;

  const showPresses = () => {
    lights.hidden = presses === 0;
    [...lights.children].forEach((light, i) => light.toggleAttribute('data-on', i < presses));
  };

  const leave = () => {
    clearTimeout(resetTimer);
    status.textContent = '';
    globalThis.speechSynthesis?.cancel();
    rememberToOfferClearing();
    const overlay = document.createElement('div');
    overlay.className = 'exit-this-page-overlay';
    overlay.setAttribute('role', 'alert');
    document.body.append(overlay);
    document.body.toggleAttribute('data-leaving', true);
    // Text set after the element is in place: screen readers announce it more reliably (GOV.UK).
    overlay.textContent = root.dataset.activated ?? '';
    location.replace(button.href);
  };

  const resetCount = () => {
    clearTimeout(resetTimer);
    resetTimer = undefined;
    presses = 0;
    showPresses();
    status.textContent = root.dataset.timedOut ?? '';
    clearMessage = setTimeout(() => (status.textContent = ''), TIMEOUT_MS);
  };

  button.addEventListener('click', (event) => {
    event.preventDefault();
    leave();
  });

  document.addEventListener(
    'keyup',
    (event) => {
      // Shift as a modifier (Shift+A) fires A's keyup with shiftKey, then Shift's: skip that Shift.
      if (event.key === 'Shift' && !lastKeyWasModified) {
        presses += 1;
        showPresses();
        clearTimeout(clearMessage);
        if (presses >= 3) {
          presses = 0;
          leave();
        } else {
          status.textContent = (root.dataset.pressMore ?? '').replace('{jumlah}', String(3 - presses));
          clearTimeout(resetTimer);
          resetTimer = setTimeout(resetCount, TIMEOUT_MS);
        }
      } else if (resetTimer) {
        resetCount();
      }
      lastKeyWasModified = event.shiftKey;
    },
    true,
  );

  // A page restored from the back-forward cache must not stay blank.
  window.addEventListener('pageshow', () => {
    document.body.removeAttribute('data-leaving');
    document.querySelector('.exit-this-page-overlay')?.remove();
    presses = 0;
    showPresses();
    status.textContent = '';
  });
}
export {};
