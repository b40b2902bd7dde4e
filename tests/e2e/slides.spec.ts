/**
 * Slides, speaker notes and handouts as a presenter at a village meeting uses them: on a laptop
 * screen or projector (1280×720), driven by the keys a presentation clicker sends, with the notes
 * and the handout printed on A4. Every lesson is found through the facilitators' index.
 */
import { test, expect, type Page } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 720 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

const current = (page: Page) => page.locator('.deck__slides > .slide:visible');
const counter = (page: Page) => page.locator('[data-counter]');

/** Every lesson's slides, notes or handout, as linked from /fasilitator/. */
async function fromIndex(page: Page, view: 'slides' | 'notes' | 'handout'): Promise<string[]> {
  await page.goto('/fasilitator/');
  const links = await page.locator(`a[data-view="${view}"]`).evaluateAll((all) => all.map((a) => a.getAttribute('href')!));
  expect(links.length, `/fasilitator/ tidak menautkan ${view} pelajaran mana pun`).toBeGreaterThan(0);
  return links;
}

/** Pages in a PDF made by Chromium: one `/Type /Page` dictionary each. */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

test('the keys a clicker sends move through the deck, and the address follows', async ({ page }) => {
  const [deck] = await fromIndex(page, 'slides');
  await page.goto(deck!);
  const total = await page.locator('.deck__slides > .slide').count();
  await expect(current(page)).toHaveCount(1);
  await expect(counter(page)).toHaveText(`1 / ${total}`);
  const presses: [string, number][] = [
    ['PageDown', 2], ['Space', 3], ['ArrowRight', 4], ['PageUp', 3], ['Shift+Space', 2], ['ArrowLeft', 1], ['End', total], ['Home', 1],
  ];
  for (const [key, expected] of presses) {
    await page.keyboard.press(key);
    await expect(page, `after ${key}`).toHaveURL(new RegExp(`#slide-${expected}$`));
    await expect(counter(page)).toHaveText(`${expected} / ${total}`);
    await expect(current(page)).toHaveAttribute('id', `slide-${expected}`);
  }
});

test('a reload, or a shared link, opens the same slide', async ({ page }) => {
  const [deck] = await fromIndex(page, 'slides');
  await page.goto(deck!);
  for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/#slide-4$/);
  await page.reload();
  await expect(current(page)).toHaveAttribute('id', 'slide-4');
  await expect(counter(page)).toHaveText(/^4 \//);
  // Short forms someone may type or send.
  await page.goto(`${deck}?slide=5`);
  await expect(current(page)).toHaveAttribute('id', 'slide-5');
  await page.goto(`${deck}#6`);
  await expect(current(page)).toHaveAttribute('id', 'slide-6');
});

test('a quiz question shows its answer on the next press', async ({ page }) => {
  const [deck] = await fromIndex(page, 'slides');
  await page.goto(deck!);
  const questionId = await page.locator('.slide--question').first().getAttribute('id');
  await page.goto(`${deck}#${questionId}`);
  const question = current(page);
  await expect(question).toHaveClass(/slide--question/);
  const asked = await question.getByRole('heading', { level: 2 }).textContent();
  await expect(question.locator('.face__option')).not.toHaveCount(0);
  await expect(question.locator('.face__option--right')).toHaveCount(0);
  await expect(question.locator('.face__explanation')).toHaveCount(0);

  await page.keyboard.press('PageDown');
  const answer = current(page);
  await expect(answer).toHaveClass(/slide--answer/);
  await expect(answer.getByRole('heading', { level: 2 })).toHaveText(asked!);
  const right = answer.locator('.face__option--right');
  await expect(right).toHaveCount(1);
  await expect(right).toBeVisible();
  // The explanation names the same option that is marked right.
  const rightText = (await right.locator('span:not([aria-hidden])').first().innerText()).replace(/✓.*$/s, '').trim();
  await expect(answer.locator('.face__explanation')).toContainText(`Jawaban: ${rightText}`);
});

test('P opens the presenter view: notes, next slide and timer, kept on the same slide as the screen', async ({ page }) => {
  const [deck] = await fromIndex(page, 'slides');
  await page.goto(`${deck}#slide-2`);
  const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('p')]);
  await expect(presenter.locator('[data-now]')).toHaveText((await current(page).getAttribute('data-label'))!);
  await expect(presenter.locator('[data-notes]')).not.toBeEmpty();
  await expect(presenter.locator('[data-stage] .face')).toBeVisible();
  await expect(presenter.locator('[data-time]')).toHaveText(/^\d\d:\d\d$/);
  await presenter.keyboard.press('PageDown');
  await expect(page).toHaveURL(/#slide-3$/);
  await expect(current(page)).toHaveAttribute('id', 'slide-3');
  await page.keyboard.press('PageDown');
  await expect(presenter).toHaveURL(/#slide-4$/);
  await presenter.close();
});

test('without JavaScript the slides are a scroll of full-height sections', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const [deck] = await fromIndex(page, 'slides');
  await page.goto(deck!);
  const heights = await page.locator('.deck__slides > .slide').evaluateAll((slides) => slides.map((s) => s.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThan(3);
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(720);
  await expect(page.locator('.slide__notes').first()).toBeHidden();
  await context.close();
});

test('no slide of any lesson is too long for the screen at 1280×720 or 1920×1080', async ({ page }) => {
  const decks = await fromIndex(page, 'slides');
  const problems: string[] = [];
  for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(size);
    for (const deck of decks) {
      await page.goto(deck);
      const tooLong = await page.evaluate(() => {
        const element = document.querySelector('slide-deck') as HTMLElement & { go(index: number, broadcast?: boolean): void };
        return [...document.querySelectorAll<HTMLElement>('.deck__slides > .slide')].flatMap((slide, index) => {
          element.go(index, false);
          const tall = slide.scrollHeight > slide.clientHeight;
          const wide = slide.scrollWidth > slide.clientWidth;
          if (!tall && !wide) return [];
          const measure = tall ? `isi ${slide.scrollHeight}px tinggi, layar ${slide.clientHeight}px` : `isi ${slide.scrollWidth}px lebar, layar ${slide.clientWidth}px`;
          return [`slide ${index + 1} "${slide.dataset.label}" (${measure})`];
        });
      });
      problems.push(...tooLong.map((problem) => `${deck} di ${size.width}×${size.height}: ${problem}`));
    }
  }
  expect(
    problems,
    `Slide terpotong. Pecah bagian yang panjang dengan <PotongSlide /> di file pelajarannya, atau pendekkan teksnya:\n${problems.join('\n')}`,
  ).toEqual([]);
});

test('each handout prints on at most two A4 pages, with the address of the lesson', async ({ page }) => {
  const handouts = await fromIndex(page, 'handout');
  const problems: string[] = [];
  for (const handout of handouts) {
    await page.goto(handout);
    await page.emulateMedia({ media: 'print' });
    const lessonAddress = new URL('..', new URL(handout, 'http://x')).pathname;
    await expect(page.locator('.lesson-qr__url')).toHaveText(new RegExp(`^https?://[^/]+${lessonAddress}$`));
    await expect(page.locator('.lesson-qr svg')).toBeVisible();
    await expect(page.locator('.print-tools')).toBeHidden();
    const pages = pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
    expect(pages, `${handout}: PDF kosong`).toBeGreaterThan(0);
    if (pages > 2) problems.push(`${handout}: ${pages} halaman`);
  }
  expect(problems, `Lembar warga lebih dari dua halaman A4:\n${problems.join('\n')}`).toEqual([]);
});

test('the speaker notes print every slide with its notes, and links print their address', async ({ page }) => {
  const [deck] = await fromIndex(page, 'slides');
  await page.goto(deck!);
  const labels = await page.locator('.deck__slides > .slide').evaluateAll((slides) => slides.map((s) => (s as HTMLElement).dataset.label));
  const [notes] = await fromIndex(page, 'notes');
  await page.goto(notes!);
  await page.emulateMedia({ media: 'print' });
  const cards = page.locator('.note-card');
  await expect(cards).toHaveCount(labels.length);
  for (const [i, label] of labels.entries()) await expect(cards.nth(i).locator('.note-card__label')).toContainText(`Slide ${i + 1} ${label}`);
  // Notes written in the lesson (<CatatanFasilitator>) are printed beside their slide.
  await expect(page.locator('.note-card__notes .slide-notes__note').first()).toBeVisible();
  const slidesLink = page.locator('.notes-head a[href$="/presentasi/"]');
  const href = await slidesLink.getAttribute('href');
  expect(await slidesLink.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(href!);
  const pages = pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
  expect(pages).toBeGreaterThan(0);
  // Compact enough to hold: at least two slides with their notes on each sheet.
  expect(pages, `${notes}: ${pages} halaman untuk ${labels.length} slide`).toBeLessThanOrEqual(Math.ceil(labels.length / 2));
});
