/**
 * A lesson becomes slides at its `##` headings and <PotongSlide /> markers, and facilitator notes
 * leave the projected slide for the presenter's notes — whatever the MDX components render.
 */
import { describe, expect, test } from 'vitest';
import { htmlToText, splitSlides } from '../../src/lib/slides/split.ts';
import { buildDeck } from '../../src/lib/slides/deck.ts';

const note = (text: string) => `<div data-speaker-note>${text}</div>`;
const cut = '<div data-potong-slide hidden></div>';

describe('splitSlides', () => {
  test('each top-level h2 starts a slide that keeps its heading, id and body', () => {
    const slides = splitSlides('<h2 id="satu">Satu</h2>\n<p>A</p>\n<h2 id="dua">Dua <em>lagi</em></h2><ul><li>B</li></ul>');
    expect(slides).toEqual([
      { headingHtml: 'Satu', heading: 'Satu', headingId: 'satu', continued: false, html: '<p>A</p>', notes: [] },
      { headingHtml: 'Dua <em>lagi</em>', heading: 'Dua lagi', headingId: 'dua', continued: false, html: '<ul><li>B</li></ul>', notes: [] },
    ]);
  });

  test('a slide-break marker continues the section on a new slide with the same heading', () => {
    const slides = splitSlides(`<h2 id="a">Panjang</h2><p>1</p>${cut}<p>2</p>`);
    expect(slides.map((s) => [s.heading, s.continued, s.html, s.headingId])).toEqual([
      ['Panjang', false, '<p>1</p>', 'a'],
      ['Panjang', true, '<p>2</p>', undefined],
    ]);
  });

  test('speaker notes are taken out of the slide and kept in order, even inside a component', () => {
    const slides = splitSlides(`<h2>A</h2><p>teks</p>${note('<p>satu</p>')}<div class="kotak">${note('dua')}<p>isi</p></div>`);
    expect(slides).toHaveLength(1);
    expect(slides[0]!.html).toBe('<p>teks</p><div class="kotak"><p>isi</p></div>');
    expect(slides[0]!.notes).toEqual(['<p>satu</p>', 'dua']);
  });

  test('headings and markers inside components do not split the slide', () => {
    const html = `<h2>A</h2><section class="pesan-kunci"><h2>Yang perlu diingat</h2>${cut}<p>x</p></section>`;
    const slides = splitSlides(html);
    expect(slides).toHaveLength(1);
    expect(slides[0]!.html).toContain('<h2>Yang perlu diingat</h2>');
  });

  test('quoted ">" in attributes, comments, void elements and scripts do not confuse the depth', () => {
    const html = `<h2>A</h2><p title="a > b"><img src="x.png" alt="x"><br>t</p><!-- <h2>no</h2> --><script>const s = "<h2>no</h2>";</script><svg><path d="M0 0"/></svg><h2>B</h2><p>y</p>`;
    expect(splitSlides(html).map((s) => s.heading)).toEqual(['A', 'B']);
  });

  test('text before the first heading is a slide; an empty one is dropped', () => {
    expect(splitSlides('<p>pembuka</p><h2>A</h2>').map((s) => [s.heading, s.html])).toEqual([['', '<p>pembuka</p>'], ['A', '']]);
    expect(splitSlides('\n  \n<h2>A</h2><p>x</p>').map((s) => s.heading)).toEqual(['A']);
  });

  test('a break right after a heading leaves no empty slide; its notes move to the slide before', () => {
    const slides = splitSlides(`<h2>A</h2><p>x</p>${cut}${note('n')}${cut}<p>y</p>`);
    expect(slides.map((s) => [s.html, s.notes])).toEqual([['<p>x</p>', ['n']], ['<p>y</p>', []]]);
  });
});

describe('buildDeck', () => {
  const lesson = {
    judul: 'Pelajaran',
    kuis: [
      { pertanyaan: 'P1?', pilihan: ['a', 'b'], jawaban: 'a', penjelasan: 'x' },
      { pertanyaan: 'P2?', pilihan: ['a', 'b'], jawaban: 'b', penjelasan: 'y' },
    ],
  };

  test('title, sections, each question then its answer, closing — numbered from 1', () => {
    const deck = buildDeck(lesson, `<h2>Satu</h2><p>a</p>${cut}<p>b</p><h2>Dua</h2><p>c</p>`);
    expect(deck.map((s) => [s.number, s.kind, s.label])).toEqual([
      [1, 'title', 'Pelajaran'],
      [2, 'content', 'Satu'],
      [3, 'content', 'Satu (lanjutan)'],
      [4, 'content', 'Dua'],
      [5, 'question', 'Kuis 1 dari 2'],
      [6, 'answer', 'Jawaban kuis 1'],
      [7, 'question', 'Kuis 2 dari 2'],
      [8, 'answer', 'Jawaban kuis 2'],
      [9, 'closing', 'Pesan kunci dan nomor penting'],
    ]);
  });

  test('notes written before the first heading go to the title slide', () => {
    const deck = buildDeck(lesson, `${note('sambut warga')}<h2>Satu</h2><p>a</p>`);
    expect(deck[0]).toMatchObject({ kind: 'title', notes: ['sambut warga'] });
    expect(deck[1]).toMatchObject({ kind: 'content', heading: 'Satu' });
  });
});

test('htmlToText decodes the entities Astro writes', () => {
  expect(htmlToText('<strong>Tom &amp; Jerry</strong> &quot;kata&quot; &#39;x&#39; &#x3C;')).toBe('Tom & Jerry "kata" \'x\' <');
});
