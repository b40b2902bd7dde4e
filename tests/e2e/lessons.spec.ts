/**
 * The lessons as a resident uses them on a phone: the quiz with and without JavaScript, marking a
 * lesson done and seeing it in the list, sharing to WhatsApp, listening where an Indonesian voice
 * exists, the job-offer check, and leaving the site fast with the exit button or Shift ×3.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { OFFER, OFFER_QUESTIONS, firstWords } from '../helpers/offer-content.ts';
import { fill } from '../../src/i18n/fill.ts';

const EXIT_URL = /^https:\/\/www\.google\.com\//;

/** axe's WCAG 2.2 A/AA findings for what the page shows now (the sweep in a11y.spec.ts sees only the first state). */
async function accessibilityProblems(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The first lesson in the list, so the tests follow whatever lessons the site has. */
async function openFirstLesson(page: Page) {
  await page.goto('/pelajaran/');
  const link = page.locator('.lesson-list__title').first();
  const title = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  return title;
}

/** The first quiz question, its correct answer and one wrong answer (read from the page). */
async function firstQuestion(page: Page) {
  const question = page.locator('quiz-question').first();
  const right = (await question.locator('[data-answer-text]').textContent())!.trim();
  const options = (await question.locator('.quiz__option').allTextContents()).map((text) => text.trim());
  const wrong = options.find((option) => option !== right)!;
  const explanation = (await question.locator('[data-explanation]').textContent())!.trim();
  return { question, right, wrong, explanation };
}

/** The exit script has run (it adds the press lights): only then does Shift count. Waits, never sleeps. */
async function exitReady(page: Page) {
  await expect(page.locator('[data-exit-this-page] .exit-this-page__lights')).toBeAttached();
}

test.describe('quiz with JavaScript', () => {
  test('a right answer says "Benar!" with the explanation; a wrong one names the right answer', async ({ page }) => {
    await openFirstLesson(page);
    const { question, right, wrong, explanation } = await firstQuestion(page);
    const feedback = question.getByRole('status');
    const check = question.getByRole('button', { name: 'Periksa jawaban' });
    await expect(question.getByText('Lihat jawaban')).toBeHidden();

    await check.click();
    await expect(feedback).toHaveText('Pilih satu jawaban dulu.');

    await question.getByRole('radio', { name: wrong, exact: true }).check();
    await check.click();
    await expect(feedback).toContainText('Belum tepat.');
    await expect(feedback).toContainText(`Jawaban yang benar: ${right}`);
    await expect(feedback).toContainText(explanation);

    // Keyboard only: move to the right option with the arrow keys, then press the button.
    await question.getByRole('radio', { name: right, exact: true }).focus();
    await page.keyboard.press('Space');
    await check.focus();
    await page.keyboard.press('Enter');
    await expect(feedback).toContainText('Benar!');
    await expect(feedback).toContainText(explanation);
    await expect(feedback).not.toContainText('Belum tepat');
    expect(await accessibilityProblems(page)).toEqual([]);
  });
});

test.describe('quiz without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each question hides its answer and explanation in "Lihat jawaban"', async ({ page }) => {
    await openFirstLesson(page);
    const { question, right, explanation } = await firstQuestion(page);
    await expect(question.getByRole('button', { name: 'Periksa jawaban' })).toBeHidden();
    const answer = question.locator('details');
    await expect(answer.getByText(explanation)).toBeHidden();
    await answer.getByText('Lihat jawaban').click();
    await expect(answer.getByText(right, { exact: true })).toBeVisible();
    await expect(answer.getByText(explanation)).toBeVisible();
  });

  test('the offer check is a checklist with every reason, lesson and contact visible', async ({ page }) => {
    await page.goto('/cek-tawaran/');
    const questions = page.locator('[data-question]');
    await expect(questions).toHaveCount(OFFER_QUESTIONS.length);
    for (const question of OFFER_QUESTIONS.slice(0, 3)) {
      const item = page.locator(`#tanya-${question.id}`);
      await expect(item.getByText('Tanda bahaya jika jawabannya')).toBeVisible();
      await expect(item.getByText(firstWords(question.alasan))).toBeVisible();
    }
    await expect(page.getByRole('heading', { name: 'Siapa yang bisa dihubungi' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lihat hasil' })).toBeHidden();
  });
});

test('marking a lesson done shows it in the lesson list, and unmarking removes it', async ({ page }) => {
  const title = await openFirstLesson(page);
  const lessonUrl = page.url();
  const button = page.getByRole('button', { name: 'Tandai selesai' });
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Tanda ini hanya tersimpan di perangkat ini')).toBeVisible();

  await page.goto('/pelajaran/');
  const item = page.locator('.lesson-list__item', { has: page.getByRole('link', { name: title, exact: true }) });
  await expect(item.getByText('Selesai', { exact: true })).toBeVisible();
  const total = await page.locator('.lesson-list__item').count();
  await expect(page.getByText(`1 dari ${total} pelajaran selesai`)).toBeVisible();

  await page.goto(lessonUrl);
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await button.click();
  await page.goto('/pelajaran/');
  await expect(item.getByText('Selesai', { exact: true })).toHaveCount(0);
  await expect(page.getByText(/dari \d+ pelajaran selesai/)).toBeHidden();
});

test('a lesson that is part of a journey says so and links to it', async ({ page }) => {
  const folder = path.join(process.env.KONTEN_DIR ?? 'content', 'pelajaran');
  const lesson = fs
    .readdirSync(folder)
    .map((file) => ({ id: file.replace(/\.mdx$/, ''), data: parse(fs.readFileSync(path.join(folder, file), 'utf8').split(/^---$/m)[1]) }))
    .find((entry) => entry.data.bagianDari);
  test.skip(!lesson, 'Belum ada pelajaran dengan bagianDari.');
  await page.goto(`/pelajaran/${lesson!.id}/`);
  const link = page.locator('.part-of__journey').getByRole('link');
  await expect(page.locator('.part-of__journey')).toContainText('Bagian dari');
  await expect(link).toHaveAttribute('href', `/langkah/${lesson!.data.bagianDari}/`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/langkah/${lesson!.data.bagianDari}/$`));
});

test('"Bagikan ke WhatsApp" is a wa.me link carrying the title and the lesson address', async ({ page }) => {
  const title = await openFirstLesson(page);
  const href = await page.getByRole('link', { name: 'Bagikan ke WhatsApp' }).getAttribute('href');
  expect(href).toMatch(/^https:\/\/wa\.me\/\?text=/);
  const text = new URL(href!).searchParams.get('text')!;
  const [first, second] = text.split('\n');
  expect(first).toBe(title);
  expect(new URL(second).pathname).toBe(new URL(page.url()).pathname);
  expect(second).toBe(await page.locator('link[rel=canonical]').getAttribute('href'));
});

test.describe('"Dengarkan"', () => {
  /** Replaces the browser's voices with the given languages and records what is spoken. */
  const fakeVoices = (page: Page, langs: string[]) =>
    page.addInitScript((voiceLangs) => {
      const spoken: string[] = [];
      Object.assign(window, { spoken });
      const voices = voiceLangs.map((lang) => ({ lang, name: lang, default: false, localService: true, voiceURI: lang }));
      speechSynthesis.getVoices = () => voices as unknown as SpeechSynthesisVoice[];
      // A real utterance only accepts real voices; this stand-in accepts the fakes above.
      window.SpeechSynthesisUtterance = class extends EventTarget {
        voice: unknown = null;
        lang = '';
        text: string;
        constructor(text: string) {
          super();
          this.text = text;
        }
      } as unknown as typeof SpeechSynthesisUtterance;
      speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => void spoken.push(utterance.text);
      speechSynthesis.cancel = () => undefined;
    }, langs);

  test('is offered where an Indonesian voice exists, and reads the lesson', async ({ page }) => {
    await fakeVoices(page, ['en-US', 'id-ID']);
    const title = await openFirstLesson(page);
    await page.getByRole('button', { name: 'Dengarkan' }).click();
    await expect(page.getByRole('button', { name: 'Berhenti mendengarkan' })).toBeVisible();
    const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
    expect(spoken[0]).toBe(title);
    expect(spoken.length).toBeGreaterThan(5);
  });

  test('stays hidden where there is no Indonesian voice', async ({ page }) => {
    await fakeVoices(page, ['en-US', 'ms-MY']);
    await openFirstLesson(page);
    await expect(page.locator('read-aloud button')).toBeHidden();
  });
});

test('the offer check flags red-flag answers with the reason, the lesson to read and whom to call', async ({ page }) => {
  await page.goto('/cek-tawaran/');
  const [first, second, third, fourth] = OFFER_QUESTIONS;
  const answer = (id: string, label: 'Ya' | 'Tidak' | 'Tidak tahu') => page.locator(`#tanya-${id}`).getByRole('radio', { name: label, exact: true }).check();
  const redFlag = (q: (typeof OFFER_QUESTIONS)[number]) => (q.bahayaJika === 'ya' ? 'Ya' : 'Tidak');
  const safe = (q: (typeof OFFER_QUESTIONS)[number]) => (q.bahayaJika === 'ya' ? 'Tidak' : 'Ya');

  // Reasons stay out of the way until an answer calls for them.
  await expect(page.locator(`#tanya-${first.id}`).getByText(firstWords(first.alasan))).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Siapa yang bisa dihubungi' })).toBeHidden();

  await answer(first.id, redFlag(first));
  const flagged = page.locator(`#tanya-${first.id}`);
  await expect(flagged.getByRole('status')).toHaveText('Tanda bahaya.');
  await expect(flagged.getByText(firstWords(first.alasan))).toBeVisible();
  await expect(flagged.locator(`a[href="/pelajaran/${first.pelajaran}/"]`)).toBeVisible();

  await answer(second.id, redFlag(second));
  await answer(third.id, safe(third));
  await expect(page.locator(`#tanya-${third.id}`).getByRole('status')).toContainText('bukan tanda bahaya');
  await expect(page.locator(`#tanya-${third.id}`).getByText(firstWords(third.alasan))).toBeHidden();
  await answer(fourth.id, 'Tidak tahu');
  await expect(page.locator(`#tanya-${fourth.id}`).getByRole('status')).toHaveText('Cari tahu dulu sebelum berangkat.');

  await page.getByRole('button', { name: 'Lihat hasil' }).click();
  const result = page.locator('[data-result]');
  await expect(result).toBeFocused();
  await expect(result).toContainText(fill(OFFER.hasil.bahaya, { jumlah: 2 }).split('.')[0]);
  await expect(result).toContainText(fill(OFFER.hasil.periksa, { jumlah: 1 }).split('.')[0]);
  await expect(result).toContainText(fill(OFFER.hasil.belum, { jumlah: OFFER_QUESTIONS.length - 4 }).split('.')[0]);
  await expect(result.getByRole('link', { name: first.pertanyaan })).toBeVisible();

  await expect(page.getByRole('heading', { name: 'Siapa yang bisa dihubungi' })).toBeVisible();
  for (const id of new Set([...first.kontak, ...second.kontak, ...fourth.kontak])) {
    await expect(page.locator(`#kontak-${id}`)).toBeVisible();
  }
  const unrelated = third.kontak.filter((id) => ![...first.kontak, ...second.kontak, ...fourth.kontak].includes(id));
  for (const id of unrelated) await expect(page.locator(`#kontak-${id}`)).toBeHidden();
  expect(await accessibilityProblems(page)).toEqual([]);
});

test.describe('leaving fast', () => {
  test.beforeEach(async ({ page }) => {
    // Never reach the real exit page: answer it here, and let the test see where the browser went.
    await page.route(EXIT_URL, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Cuaca</title><p>Cuaca</p>' }));
  });

  test('Shift pressed three times replaces the page with the exit page, so "back" skips it', async ({ page }) => {
    await page.goto('/');
    await openFirstLesson(page);
    await exitReady(page);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL(EXIT_URL);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/pelajaran/');
  });

  test('typing capital letters or two Shifts do not leave the site', async ({ page }) => {
    await page.goto('/pelajaran/');
    await exitReady(page);
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift+B');
    await page.keyboard.press('Shift+C');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe('/pelajaran/');
  });

  test('the "Keluar cepat" button leaves the same way', async ({ page }) => {
    await page.goto('/');
    await page.goto('/cek-tawaran/');
    await page.getByRole('link', { name: 'Keluar cepat' }).click();
    await page.waitForURL(EXIT_URL);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/');
  });
});
