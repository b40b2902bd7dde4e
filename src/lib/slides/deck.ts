/**
 * The order of a lesson's slides: a title slide, the lesson body cut at its `##` sections and
 * slide breaks, each quiz question followed by its answer (the answer is "the next press"), and
 * a closing slide. The slides page, the printed notes and the presenter view all read this one
 * list, so their numbers always agree.
 */
import type { Lesson } from '../../schemas/lesson.ts';
import { splitSlides, type ContentSlide } from './split.ts';
import { t } from '../../i18n/index.ts';
import { fill } from '../../i18n/fill.ts';

export type Slide =
  | { kind: 'title'; notes: string[] }
  | ({ kind: 'content' } & ContentSlide)
  | { kind: 'question' | 'answer'; quiz: number; notes: string[] }
  | { kind: 'closing'; notes: string[] };

export type NumberedSlide = Slide & {
  /** 1 for the title slide; also the number in the address (#slide-4). */
  number: number;
  /** A short plain-text name for the counter, the presenter view, the notes and test messages. */
  label: string;
};

/** The slides of a lesson, numbered from 1. `bodyHtml` is the lesson rendered with the slide components. */
export function buildDeck(lesson: Pick<Lesson, 'judul' | 'kuis'>, bodyHtml: string): NumberedSlide[] {
  const body = splitSlides(bodyHtml);
  // Notes written before the first heading, with no text of their own, belong to the title slide.
  const leading = body[0] && body[0].headingHtml === '' && body[0].html === '' ? body.shift()!.notes : [];
  const slides: Slide[] = [
    { kind: 'title', notes: leading },
    ...body.map((slide) => ({ kind: 'content' as const, ...slide })),
    ...lesson.kuis.flatMap((_, quiz) => [
      { kind: 'question' as const, quiz, notes: [] },
      { kind: 'answer' as const, quiz, notes: [] },
    ]),
    { kind: 'closing', notes: [] },
  ];
  return slides.map((slide, index) => ({ ...slide, number: index + 1, label: slideLabel(slide, lesson) }));
}

function slideLabel(slide: Slide, lesson: Pick<Lesson, 'judul' | 'kuis'>): string {
  switch (slide.kind) {
    case 'title':
      return lesson.judul;
    case 'content': {
      const heading = slide.heading || lesson.judul;
      return slide.continued ? `${heading} ${t('slides.continued')}` : heading;
    }
    case 'question':
      return fill(t('slides.questionLabel'), { n: slide.quiz + 1, total: lesson.kuis.length });
    case 'answer':
      return fill(t('slides.answerLabel'), { n: slide.quiz + 1 });
    case 'closing':
      return t('slides.closingLabel');
  }
}
