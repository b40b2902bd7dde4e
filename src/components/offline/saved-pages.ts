/** <saved-pages>: lists the pages in the device's caches (markup: ./SavedPages.astro; data: src/lib/offline/saved-pages.ts). */
import { groupSavedPages, savedPages, type SavedPage } from '../../lib/offline/saved-pages.ts';
import { TRACES_CLEARED } from '../../lib/traces.ts';

interface Labels {
  lessons: string;
  journeys: string;
  other: string;
}

function link(page: { path: string; title?: string; label?: string }): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = page.path;
  anchor.textContent = page.title ?? page.label ?? page.path;
  return anchor;
}

function section(title: string, items: HTMLLIElement[]): HTMLElement {
  const wrapper = document.createElement('section');
  const heading = document.createElement('h3');
  heading.textContent = title;
  const list = document.createElement('ul');
  list.append(...items);
  wrapper.append(heading, list);
  return wrapper;
}

function item(...children: Node[]): HTMLLIElement {
  const li = document.createElement('li');
  li.append(...children);
  return li;
}

class SavedPages extends HTMLElement {
  connectedCallback() {
    void this.#render();
    // "Hapus jejak" on the same page (src/components/privacy/clear-traces.ts) empties the caches.
    document.addEventListener(TRACES_CLEARED, () => void this.#render());
  }

  async #render() {
    if (!('caches' in window)) return;
    const labels = JSON.parse(this.dataset.labels ?? '{}') as Labels;
    let pages: SavedPage[];
    try {
      pages = await savedPages(location.origin);
    } catch {
      return;
    }
    const groups = groupSavedPages(pages);
    const sections: HTMLElement[] = [];
    if (groups.lessons.length > 0) {
      sections.push(
        section(
          labels.lessons,
          groups.lessons.map((lesson) => {
            const views = document.createElement('ul');
            views.className = 'saved-pages__views';
            views.append(...lesson.views.map((view) => item(link(view))));
            const head = lesson.saved ? link(lesson) : document.createTextNode(lesson.title);
            return lesson.views.length > 0 ? item(head, views) : item(head);
          }),
        ),
      );
    }
    if (groups.journeys.length > 0) sections.push(section(labels.journeys, groups.journeys.map((page) => item(link(page)))));
    if (groups.other.length > 0) sections.push(section(labels.other, groups.other.map((page) => item(link(page)))));
    this.querySelector<HTMLElement>('[data-fallback]')!.hidden = true;
    this.querySelector<HTMLElement>('[data-none]')!.hidden = sections.length > 0;
    this.querySelector('[data-list]')!.replaceChildren(...sections);
  }
}
customElements.define('saved-pages', SavedPages);
