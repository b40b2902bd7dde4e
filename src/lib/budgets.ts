/**
 * Byte budgets for the pages residents open on cheap phones with a weak signal. Sizes are gzipped,
 * as a static host sends them; 1 kB = 1,000 bytes. tests/e2e/budgets.spec.ts enforces them on the
 * built site and `npm run bench` reports against them.
 */

export const KB = 1000;

/** A lesson page (/pelajaran/<slug>/): the page residents are sent to most. */
export const LESSON_BUDGET = {
  /** HTML + CSS + JS on a first visit with an empty cache. */
  firstVisit: 30 * KB,
  /** JavaScript on a first visit: scripts only enhance, the page works without them. */
  js: 15 * KB,
  /** HTML plus whatever the home page did not load already. */
  nextPage: 10 * KB,
} as const;

/** Gzipped bytes of a page's HTML, CSS and JS, and their sum. */
export interface Figures {
  html: number;
  css: number;
  js: number;
  total: number;
}

export interface WeightFigures extends Figures {
  path: string;
  /** The same page opened after the home page: only what the home page did not load. */
  next: Figures;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

/**
 * What a lesson page exceeds, one Indonesian sentence per limit with the figures, so the person
 * whose lesson grew too heavy sees how much to cut. Empty when the page is within budget.
 */
export function lessonBudgetProblems(page: WeightFigures): string[] {
  const figures = (f: Figures) => `HTML ${kb(f.html)} + CSS ${kb(f.css)} + JS ${kb(f.js)}`;
  const problems: string[] = [];
  if (page.total > LESSON_BUDGET.firstVisit) {
    problems.push(`${page.path}: kunjungan pertama ${kb(page.total)} (${figures(page)}), batasnya ${kb(LESSON_BUDGET.firstVisit)}. Pendekkan isinya atau pecah menjadi dua pelajaran.`);
  }
  if (page.js > LESSON_BUDGET.js) {
    problems.push(`${page.path}: JavaScript ${kb(page.js)}, batasnya ${kb(LESSON_BUDGET.js)}.`);
  }
  if (page.next.total > LESSON_BUDGET.nextPage) {
    problems.push(`${page.path}: sebagai halaman berikutnya (setelah beranda) ${kb(page.next.total)} (${figures(page.next)}), batasnya ${kb(LESSON_BUDGET.nextPage)}.`);
  }
  return problems;
}
