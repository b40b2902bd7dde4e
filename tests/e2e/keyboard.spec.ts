/**
 * Keyboard-only paths, for readers and presenters without a mouse or touch: search, the quiz,
 * the step-by-step journey and the slides. Each starts from the top of the page and uses only
 * Tab, Space, Enter and the arrow keys. A path is skipped only while its page type is not built.
 */
import fs from 'node:fs';
import { test, expect, type Page, type Locator } from '@playwright/test';
import { htmlFile, sitemapPaths } from '../../scripts/lib/built-site.ts';
import { firstLesson, lessonPaths } from '../../scripts/lib/page-types.ts';

const paths = sitemapPaths();
const built = (path: string | undefined) => (path && htmlFile(path) ? path : undefined);
const lessonWithQuiz = lessonPaths(paths).find((lesson) => /<quiz-question\b/.test(readHtml(lesson)));
const journey = paths.find((p) => /^\/langkah\/[^/]+\/$/.test(p) && /<step-by-step\b/.test(readHtml(p)));
const lesson = firstLesson(paths);
const slides = built(lesson && `${lesson}presentasi/`);

function readHtml(pagePath: string): string {
  const file = htmlFile(pagePath);
  return file ? fs.readFileSync(file, 'utf8') : '';
}

/** Presses Tab until `target` has focus; fails when it is never reached (a keyboard trap or an unreachable control). */
async function tabTo(page: Page, target: Locator, maxPresses = 200) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement))) return;
  }
  throw new Error(`Tidak tercapai dengan Tab setelah ${maxPresses} kali: ${target}`);
}

test('search: type a word, Tab to a result, Enter opens it', async ({ page }) => {
  test.skip(!built('/cari/'), 'Halaman /cari/ belum dibangun.');
  await page.goto('/cari/');
  const box = page.getByRole('main').getByRole('searchbox');
  await tabTo(page, box);
  await page.keyboard.type('paspor');
  const firstResult = page.locator('[data-results] a').first();
  await expect(firstResult).toBeVisible();
  const href = await firstResult.getAttribute('href');
  await tabTo(page, firstResult, 40);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new URL(href!, page.url()).href);
});

test('quiz: Tab to an option, Space chooses it, Tab to "Periksa jawaban", Enter gives feedback', async ({ page }) => {
  test.skip(!lessonWithQuiz, 'Belum ada pelajaran dengan kuis.');
  await page.goto(lessonWithQuiz!);
  const question = page.locator('quiz-question').first();
  const firstOption = question.getByRole('radio').first();
  await tabTo(page, firstOption);
  await page.keyboard.press('Space');
  await expect(firstOption).toBeChecked();
  const check = question.getByRole('button', { name: 'Periksa jawaban' });
  await tabTo(page, check, 10);
  await page.keyboard.press('Enter');
  await expect(question.getByRole('status')).toHaveText(/\S/);
});

test('step by step: Tab to a step, Enter opens it and Enter again closes it', async ({ page }) => {
  test.skip(!journey, 'Belum ada halaman langkah.');
  await page.goto(journey!);
  // A step's own button (not "Tampilkan semua langkah", which controls every step).
  const closedStep = page.locator('step-by-step [data-step] button[aria-expanded="false"]').first();
  await expect(closedStep).toBeVisible();
  const panelId = await closedStep.getAttribute('aria-controls');
  const stepButton = page.locator(`step-by-step button[aria-controls="${panelId}"]`);
  const panel = page.locator(`[id="${panelId}"]`);
  await tabTo(page, stepButton);
  await page.keyboard.press('Enter');
  await expect(stepButton).toHaveAttribute('aria-expanded', 'true');
  await expect(panel).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(stepButton).toHaveAttribute('aria-expanded', 'false');
  await expect(panel).toBeHidden();
});

test('slides: the arrow keys move forward and back one slide', async ({ page }) => {
  test.skip(!slides, 'Presentasi pelajaran belum dibangun.');
  await page.goto(slides!);
  const visibleSlides = page.locator('.slide:visible');
  await expect(visibleSlides).toHaveCount(1);
  const first = await visibleSlides.getAttribute('aria-label');
  await page.keyboard.press('ArrowRight');
  await expect(visibleSlides).toHaveCount(1);
  await expect(visibleSlides).not.toHaveAttribute('aria-label', first!);
  await page.keyboard.press('ArrowLeft');
  await expect(visibleSlides).toHaveAttribute('aria-label', first!);
});
