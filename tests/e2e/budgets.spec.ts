/**
 * Byte budgets, read from the built files on disk (no browser): byte counts do not depend on the
 * machine, so they belong in `npm test`. Runs with the browser tests because it needs the build.
 */
import { test, expect } from '@playwright/test';
import { allHtmlPaths, outDir, sitemapPaths } from '../../scripts/lib/built-site.ts';
import { lessonPaths } from '../../scripts/lib/page-types.ts';
import { nextPageWeight, SiteWeigher } from '../../scripts/lib/page-weight.ts';
import { LESSON_BUDGET, lessonBudgetProblems } from '../../src/lib/budgets.ts';

const weigher = new SiteWeigher(outDir());
const lessons = lessonPaths(sitemapPaths());

test('every lesson page stays within the first-visit, JavaScript and next-page budgets', () => {
  test.skip(lessons.length === 0, 'Belum ada halaman pelajaran yang dibangun.');
  const home = weigher.measure('/');
  const problems = lessons.flatMap((lesson) => {
    const page = weigher.measure(lesson);
    return lessonBudgetProblems({ ...page, next: nextPageWeight(page, home) });
  });
  expect(problems, `Melebihi batas (${LESSON_BUDGET.firstVisit / 1000} kB pertama, ${LESSON_BUDGET.js / 1000} kB JS, ${LESSON_BUDGET.nextPage / 1000} kB berikutnya):\n${problems.join('\n')}`).toEqual([]);
});

test('no page has a script that blocks rendering', () => {
  const blocking = allHtmlPaths().flatMap((page) => weigher.measure(page).renderBlocking.map((script) => `${page}: ${script}`));
  expect(blocking, `Skrip di <head> tanpa type="module", defer atau async:\n${blocking.join('\n')}`).toEqual([]);
});

test('no page downloads search files before the reader searches', () => {
  const early = allHtmlPaths().flatMap((page) =>
    weigher.measure(page).assets.filter((asset) => asset.url.startsWith('/pagefind/')).map((asset) => `${page}: ${asset.url}`),
  );
  expect(early, `Berkas pencarian dimuat saat halaman dibuka:\n${early.join('\n')}`).toEqual([]);
});
