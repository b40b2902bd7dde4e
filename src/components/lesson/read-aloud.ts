/** <read-aloud>: the "Dengarkan" button (markup and why it is hidden by default: ./ReadAloud.astro). */
/** Chrome on Android stops long utterances after ~15 s, so text is spoken sentence by sentence. */
const chunks = (text: string) =>
  text
    .split(/(?<=[.!?:])\s+|\n+/)
    .map((part) => part.trim())
    .filter(Boolean);

class ReadAloud extends HTMLElement {
  connectedCallback() {
    const synth = window.speechSynthesis;
    const button = this.querySelector('button');
    const label = this.querySelector('[data-label]');
    if (!synth || !button || !label || typeof SpeechSynthesisUtterance === 'undefined') return;
    const listen = label.textContent ?? '';
    let speaking = false;
    const setSpeaking = (value: boolean) => {
      speaking = value;
      label.textContent = value ? (this.dataset.stop ?? listen) : listen;
    };
    const findVoice = () => synth.getVoices().find((voice) => voice.lang.toLowerCase().replace('_', '-').startsWith('id'));
    const offer = () => {
      if (findVoice()) button.hidden = false;
    };
    offer();
    synth.addEventListener('voiceschanged', offer);

    button.addEventListener('click', () => {
      synth.cancel();
      if (speaking) return setSpeaking(false);
      const voice = findVoice();
      const text = [...document.querySelectorAll<HTMLElement>(this.dataset.target ?? 'main')].map((el) => el.innerText).join('\n');
      const parts = chunks(text);
      if (!voice || parts.length === 0) return;
      parts.forEach((part, i) => {
        const utterance = new SpeechSynthesisUtterance(part);
        utterance.voice = voice;
        utterance.lang = voice.lang;
        if (i === parts.length - 1) utterance.addEventListener('end', () => setSpeaking(false));
        synth.speak(utterance);
      });
      setSpeaking(true);
    });
    window.addEventListener('pagehide', () => synth.cancel());
  }
}
customElements.define('read-aloud', ReadAloud);
