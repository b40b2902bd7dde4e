/** <quiz-question>: immediate feedback for one quiz question (markup and no-JS behaviour: ../Quiz.astro). */
class QuizQuestion extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('[data-check]');
    const feedback = this.querySelector<HTMLElement>('[data-feedback]');
    const disclosure = this.querySelector<HTMLElement>('[data-answer]');
    const strings = this.closest<HTMLElement>('.quiz')?.dataset;
    if (!button || !feedback || !disclosure || !strings) return;
    const answer = this.querySelector('[data-answer-text]')?.textContent ?? '';
    const explanation = this.querySelector('[data-explanation]')?.textContent ?? '';
    button.hidden = false;
    disclosure.hidden = true;

    const line = (lead: string, text: string) => {
      const p = document.createElement('p');
      if (lead) {
        const strong = document.createElement('strong');
        strong.textContent = lead;
        p.append(strong, ' ');
      }
      p.append(text);
      return p;
    };

    button.addEventListener('click', () => {
      const chosen = this.querySelector<HTMLInputElement>('input:checked');
      for (const option of this.querySelectorAll('.quiz__option')) option.classList.remove('is-benar', 'is-salah');
      const right = chosen?.hasAttribute('data-benar') ?? false;
      const parts = !chosen
        ? [line('', strings.chooseFirst ?? '')]
        : right
          ? [line(strings.correct ?? '', explanation)]
          : [line(strings.wrong ?? '', `${strings.answerIs} ${answer}.`), line('', explanation)];
      if (chosen) {
        this.querySelector('[data-benar]')?.closest('.quiz__option')?.classList.add('is-benar');
        if (!right) chosen.closest('.quiz__option')?.classList.add('is-salah');
      }
      feedback.dataset.result = !chosen ? 'kosong' : right ? 'benar' : 'salah';
      // Empty first, then fill on the next frame, so a repeated message is announced again.
      feedback.replaceChildren();
      requestAnimationFrame(() => feedback.replaceChildren(...parts));
    });
  }
}
customElements.define('quiz-question', QuizQuestion);
