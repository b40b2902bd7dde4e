/** <clear-traces>: the "Hapus jejak di perangkat ini" button (markup: ./ClearTraces.astro; work: src/lib/traces.ts). */
import { clearTraces, describeReport, TRACES_CLEARED } from '../../lib/traces.ts';

class ClearTraces extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!button || !status || this.dataset.ready) return;
    this.dataset.ready = '';
    const strings = JSON.parse(this.dataset.strings ?? '{}') as Parameters<typeof describeReport>[1] & { working: string };
    for (const part of this.querySelectorAll<HTMLElement>('[data-with-script]')) part.hidden = false;
    this.querySelector<HTMLElement>('[data-no-script]')!.hidden = true;
    button.addEventListener('click', async () => {
      button.disabled = true;
      status.textContent = strings.working;
      const report = await clearTraces();
      status.textContent = describeReport(report, strings);
      this.querySelector<HTMLElement>('[data-after]')!.hidden = false;
      button.disabled = false;
      this.dispatchEvent(new CustomEvent(TRACES_CLEARED, { bubbles: true }));
    });
  }
}
if (!customElements.get('clear-traces')) customElements.define('clear-traces', ClearTraces);
