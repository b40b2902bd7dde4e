/**
 * The header search box (./HeaderSearch.astro) with JavaScript: the words go to /cari/ through
 * sessionStorage instead of the address, so /cari/?q=… never enters the browser's history.
 * Without JavaScript, or where storage is blocked, the form submits as a plain GET (and /cari/
 * says that the words are then in the history).
 */
import { handOverQuery, SEARCH_PATH } from '../../lib/search/params.ts';

const form = document.querySelector<HTMLFormElement>('form.header-search');
form?.addEventListener('submit', (event) => {
  const query = String(new FormData(form).get('q') ?? '').trim();
  if (!handOverQuery(query)) return;
  event.preventDefault();
  location.assign(SEARCH_PATH);
});
export {};
