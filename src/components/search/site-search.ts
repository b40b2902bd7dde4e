/**
 * <site-search>: the search box of /cari/ on top of Pagefind's own search library
 * (`/pagefind/pagefind.js`), without Pagefind's ready-made UIs: those cost 30–47 kB gzipped
 * more before the first result, this element ~3 kB.
 *
 * Nothing is downloaded when the page opens. Pagefind is loaded when the visitor focuses or
 * types in the box, or at once when the address carries a search (/cari/?q=paspor, which is
 * what the header box on every page submits without JavaScript; with it, the header box hands
 * its words over in sessionStorage, see ./header-search.ts). Results show their title, kind and
 * summary; the filters narrow them.
 *
 * The words never stay in the browser's history (a shared phone): the address is put back to
 * plain /cari/ at once with history.replaceState, and searching again changes no address at all.
 * The price: a reload, or a copied address, does not repeat the search.
 */
import type { PagefindApi, PagefindFilters, PagefindResult } from '../../lib/search/pagefind-api.ts';
import { SEARCH_RANKING } from '../../lib/search/pagefind-api.ts';
import { FILTER_NAMES, readSearchParams, SEARCH_PATH, takeHandedOverQuery, type SearchRequest } from '../../lib/search/params.ts';
import { toResultView } from '../../lib/search/results.ts';
import { fill } from '../../i18n/fill.ts';

/**
 * Results shown at a time. Each one's title and summary is a separate download (~2–4 kB for a
 * lesson). Four fill a phone screen below the search box; a fifth would push Bangka Tengah's first
 * search (99.2 kB with five) to the edge of its 100 kB budget, for a result the reader must scroll to.
 */
const PAGE_SIZE = 4;
/** Wait this long after the last key press before searching. */
const TYPING_DELAY_MS = 250;

interface Strings {
  loading: string;
  count: string;
  countFiltered: string;
  none: string;
  error: string;
}

class SiteSearch extends HTMLElement {
  #pagefind: Promise<PagefindApi> | undefined;
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #template!: HTMLTemplateElement;
  #strings!: Strings;
  #results: PagefindResult[] = [];
  #query = '';
  #shown = 0;
  #run = 0;
  #typingTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#input = this.#form.querySelector('input[name="q"]')!;
    this.#status = this.querySelector('[data-status]')!;
    this.#list = this.querySelector('[data-results]')!;
    this.#more = this.querySelector('[data-more]')!;
    this.#template = this.querySelector('template')!;
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;

    this.#input.addEventListener('focus', () => void this.#load().catch(() => {}), { once: true });
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#typingTimer);
      this.#typingTimer = setTimeout(() => void this.#search(), TYPING_DELAY_MS);
    });
    this.#form.addEventListener('change', (event) => {
      if (event.target instanceof HTMLSelectElement) void this.#search();
    });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#typingTimer);
      void this.#search();
    });
    this.#more.addEventListener('click', () => void this.#showMore(true));

    const request = readSearchParams(new URLSearchParams(location.search));
    request.query ||= takeHandedOverQuery();
    if (location.search) history.replaceState(null, '', SEARCH_PATH + location.hash);
    this.#input.value = request.query;
    for (const name of FILTER_NAMES) {
      const select = this.#select(name);
      const value = request.filters[name];
      if (select && value && [...select.options].some((option) => option.value === value)) select.value = value;
    }
    if (Object.keys(request.filters).length > 0) this.querySelector<HTMLDetailsElement>('[data-filters]')!.open = true;
    if (request.query || Object.keys(request.filters).length > 0) void this.#search();
  }

  #select(name: string): HTMLSelectElement | null {
    return this.#form.querySelector(`select[name="${name}"]`);
  }

  /** Loads pagefind.js once; a failed load (offline, no cached copy) is retried on the next search. */
  #load(): Promise<PagefindApi> {
    this.#pagefind ??= (async () => {
      const url = `${this.dataset.bundle ?? '/pagefind/'}pagefind.js`;
      const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
      await pagefind.options({
        noWorker: true,
        excerptLength: 24,
        metaCacheTag: this.dataset.cacheTag,
        ranking: SEARCH_RANKING,
      });
      await pagefind.init();
      return pagefind;
    })().catch((error: unknown) => {
      this.#pagefind = undefined;
      throw error;
    });
    return this.#pagefind;
  }

  #request(): SearchRequest {
    const filters: SearchRequest['filters'] = {};
    for (const name of FILTER_NAMES) {
      const value = this.#select(name)?.value;
      if (value) filters[name] = value;
    }
    return { query: this.#input.value.trim(), filters };
  }

  async #search() {
    const run = ++this.#run;
    const request = this.#request();
    const active = request.query !== '' || Object.keys(request.filters).length > 0;
    this.toggleAttribute('data-active', active);
    if (!active) {
      this.#results = [];
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#status.textContent = '';
      return;
    }
    this.#status.textContent = this.#strings.loading;
    this.#list.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await this.#load();
      const search = await pagefind.search(request.query || null, { filters: request.filters as PagefindFilters });
      if (run !== this.#run) return;
      this.#results = search.results;
      this.#query = request.query;
      this.#shown = 0;
      this.#list.replaceChildren();
      await this.#showMore(false);
      if (run !== this.#run) return;
      const count = search.results.length;
      this.#status.textContent =
        count === 0 ? fill(this.#strings.none, { query: request.query })
        : request.query ? fill(this.#strings.count, { count, query: request.query })
        : fill(this.#strings.countFiltered, { count });
    } catch {
      if (run !== this.#run) return;
      this.#status.textContent = this.#strings.error;
      this.toggleAttribute('data-active', false);
    } finally {
      if (run === this.#run) this.#list.removeAttribute('aria-busy');
    }
  }

  /** Fetches and shows the next PAGE_SIZE results; after "Tampilkan hasil berikutnya", focus moves to the first new one. */
  async #showMore(moveFocus: boolean) {
    const run = this.#run;
    const batch = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
    this.#shown += batch.length;
    const views = (await Promise.all(batch.map((result) => result.data()))).map((data) => toResultView(data, this.#query));
    if (run !== this.#run) return;
    const items = views.map((view) => {
      const item = this.#template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
      const link = item.querySelector('a')!;
      link.href = view.url;
      link.textContent = view.title;
      const kind = item.querySelector<HTMLElement>('[data-kind]')!;
      kind.textContent = view.kind ?? '';
      kind.hidden = !view.kind;
      if (view.kind) item.dataset.kind = view.kind;
      item.querySelector('[data-summary]')!.textContent = view.summary;
      return item;
    });
    this.#list.append(...items);
    this.#more.hidden = this.#shown >= this.#results.length;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }
}

customElements.define('site-search', SiteSearch);
