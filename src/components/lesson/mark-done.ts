/** <mark-done>: the "Tandai selesai" toggle (markup: ./MarkDone.astro; storage: src/lib/progress.ts). */
import { deviceStorage, readDone, setDone } from '../../lib/progress.ts';

class MarkDone extends HTMLElement {
  connectedCallback() {
    const id = this.dataset.lesson;
    const button = this.querySelector('button');
    const note = this.querySelector<HTMLElement>('[role=status]');
    const text = this.querySelector('template')?.content.textContent ?? '';
    if (!id || !button || !note) return;
    const storage = deviceStorage();
    const show = (done: boolean) => {
      button.setAttribute('aria-pressed', String(done));
      note.textContent = done ? text : '';
    };
    show(readDone(storage).has(id));
    button.hidden = false;
    button.addEventListener('click', () => show(setDone(storage, id, button.getAttribute('aria-pressed') !== 'true').has(id)));
  }
}
customElements.define('mark-done', MarkDone);
