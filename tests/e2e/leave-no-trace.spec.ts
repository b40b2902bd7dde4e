/**
 * Leaving no trace on a shared phone (issue #14, item 5): "Keluar cepat" stays in reach at every
 * scroll position on every kind of page, Shift pressed three times is announced and leaves, "Hapus
 * jejak di perangkat ini" removes everything the site stored and is offered on the next visit
 * after leaving, and search words never enter the browser's history.
 */
import fs from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { allHtmlPaths, htmlFile } from '../../scripts/lib/built-site.ts';
import { t } from '../../src/i18n/index.ts';

const EXIT_URL = /^https:\/\/www\.google\.com\//;
const exitButton = (page: Page) => page.getByRole('link', { name: t('exit.label') });

/** The lesson with the longest page: the one a reader scrolls furthest on. */
function longestLesson(): string {
  const lessons = allHtmlPaths().filter((p) => /^\/pelajaran\/[^/]+\/$/.test(p));
  const size = (p: string) => fs.statSync(htmlFile(p)!).size;
  return lessons.sort((a, b) => size(b) - size(a))[0]!;
}

async function scrollToBottom(page: Page) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => page.evaluate(() => Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight - 1)).toBe(true);
}

/** Leaves with the button and checks that Back skips the page left. */
async function leavesWithButton(page: Page, cameFrom: string) {
  await exitButton(page).click();
  await page.waitForURL(EXIT_URL);
  await page.goBack();
  await expect.poll(() => new URL(page.url()).pathname).toBe(cameFrom);
}

/** What the site keeps on this device, as a script of the site sees it. */
function storedOnDevice(page: Page) {
  return page.evaluate(async () => ({
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
}

/** The exit script has run (it adds the press lights): only then does Shift count. Waits, never sleeps. */
async function exitReady(page: Page) {
  await expect(page.locator('[data-exit-this-page] .exit-this-page__lights')).toBeAttached();
}

test.describe('"Keluar cepat" stays in reach', () => {
  test.beforeEach(async ({ page }) => {
    // Never reach the real exit page: answer it here, and let the test see where the browser went.
    await page.route(EXIT_URL, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Cuaca</title><p>Cuaca</p>' }));
  });

  test('at the bottom of the longest lesson it is on screen, and leaving skips the page in "back"', async ({ page }) => {
    const lesson = longestLesson();
    await page.goto('/');
    await page.goto(lesson);
    const screens = await page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);
    expect(screens, 'the longest lesson is several screens long').toBeGreaterThan(4);
    await scrollToBottom(page);
    await expect(exitButton(page)).toBeInViewport({ ratio: 1 });
    await leavesWithButton(page, '/');
  });

  test('with text at 200 % it stays on screen and, before scrolling, covers nothing of the header', async ({ page }) => {
    await page.goto(longestLesson());
    // As a phone's text-size setting does: every size in rem doubles (CSSOM, which the CSP allows).
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    const button = await exitButton(page).boundingBox();
    for (const part of [page.locator('.site-header__name'), page.getByRole('banner').getByRole('searchbox')]) {
      const box = (await part.boundingBox())!;
      const overlaps = box.x < button!.x + button!.width && button!.x < box.x + box.width && box.y < button!.y + button!.height && button!.y < box.y + box.height;
      expect(overlaps, `Keluar cepat menutupi ${await part.evaluate((e) => e.className)}`).toBe(false);
    }
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect(exitButton(page)).toBeInViewport({ ratio: 1 });
    // Focused links scroll clear of it (scroll-padding), so keyboard users see where they are.
    const firstLink = page.getByRole('main').getByRole('link').nth(3);
    await firstLink.focus();
    const link = (await firstLink.boundingBox())!;
    const exit = (await exitButton(page).boundingBox())!;
    expect(link.y + link.height > exit.y + exit.height || link.x + link.width < exit.x).toBe(true);
  });

  test('on the last slide of a projected deck', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const lesson = longestLesson();
    await page.goto(lesson);
    await page.goto(`${lesson}presentasi/`);
    await page.keyboard.press('End');
    await expect(page).toHaveURL(/#slide-\d+$/);
    await expect(exitButton(page)).toBeInViewport({ ratio: 1 });
    await leavesWithButton(page, lesson);
  });

  for (const [view, label] of [['catatan/', 'speaker notes'], ['cetak/', 'handout']] as const) {
    test(`at the bottom of the ${label}, and not on paper`, async ({ page }) => {
      const lesson = longestLesson();
      await page.goto(lesson);
      await page.goto(`${lesson}${view}`);
      await scrollToBottom(page);
      await expect(exitButton(page)).toBeInViewport({ ratio: 1 });
      await page.emulateMedia({ media: 'print' });
      await expect(exitButton(page)).toBeHidden();
      await page.emulateMedia({ media: 'screen' });
      await leavesWithButton(page, lesson);
    });
  }

  test('Shift pressed three times is announced press by press, then leaves', async ({ page }) => {
    await page.goto('/');
    await page.goto('/kontak/');
    const status = page.locator('[data-exit-this-page] [role="status"]');
    await exitReady(page);
    await page.keyboard.press('Shift');
    await expect(status).toHaveText(t('exit.pressMore').replace('{jumlah}', '2'));
    await page.keyboard.press('Shift');
    await expect(status).toHaveText(t('exit.pressMore').replace('{jumlah}', '1'));
    await page.keyboard.press('Shift');
    await page.waitForURL(EXIT_URL);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
  });

  test('another key between Shift presses starts the count again, and says so', async ({ page }) => {
    await page.goto('/kontak/');
    const status = page.locator('[data-exit-this-page] [role="status"]');
    await exitReady(page);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText(t('exit.pressMore').replace('{jumlah}', '1'));
    await page.keyboard.press('a');
    await expect(status).toHaveText(t('exit.timedOut'));
    await page.keyboard.press('Shift');
    await expect(status).toHaveText(t('exit.pressMore').replace('{jumlah}', '2'));
    expect(new URL(page.url()).pathname).toBe('/kontak/');
  });
});

test.describe('"Hapus jejak di perangkat ini"', () => {
  test('removes marks, saved pages, caches and the service worker, and says what it removed', async ({ page }) => {
    await page.goto('/pelajaran/');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
    // A lesson marked done, and pages kept by the worker as they are read.
    const lesson = (await page.locator('.lesson-list__title').first().getAttribute('href'))!;
    await page.goto(lesson);
    await page.getByRole('button', { name: t('lesson.markDone') }).click();
    await page.goto('/langkah/');
    await page.goto('/offline/');
    await expect(page.locator(`saved-pages a[href="${lesson}"]`).first()).toBeVisible();
    const before = await storedOnDevice(page);
    expect(before.localStorage.length).toBeGreaterThan(0);
    expect(before.caches.length).toBeGreaterThan(0);
    expect(before.workers).toBe(1);

    await page.getByRole('button', { name: t('traces.button') }).click();
    const status = page.locator('section:has(#hapus-jejak) clear-traces [role="status"]');
    await expect(status).toContainText('Sudah dihapus dari perangkat ini');
    await expect(status).toContainText(t('traces.marks').replace('{jumlah}', '1'));
    await expect(status).toContainText(t('traces.worker'));
    expect(await storedOnDevice(page)).toEqual({ localStorage: [], sessionStorage: [], caches: [], workers: 0 });
    // The list of saved pages on the same page empties too.
    await expect(page.getByText(t('offline.savedNone'))).toBeVisible();
    await expect(page.locator(`saved-pages a[href="${lesson}"]`)).toHaveCount(0);
  });

  test('is offered on the next visit after "Keluar cepat", in words that do not say anyone left', async ({ page }) => {
    await page.route(EXIT_URL, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Cuaca</title><p>Cuaca</p>' }));
    await page.goto('/pelajaran/');
    const notice = page.locator('trace-notice');
    await expect(notice).toBeHidden();
    await exitButton(page).click();
    await page.waitForURL(EXIT_URL);

    await page.goto('/');
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('heading', { name: t('traces.noticeTitle') })).toBeVisible();
    await expect(notice).not.toContainText(/keluar/i);
    await expect(notice.getByRole('button', { name: t('traces.button') })).toBeVisible();
    await notice.getByRole('button', { name: t('traces.noticeClose') }).click();
    await expect(notice).toBeHidden();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(notice).toBeHidden();
    expect((await storedOnDevice(page)).localStorage).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('/tentang/ explains how to clear the browser instead, with steps for Android', async ({ page }) => {
      await page.goto('/tentang/');
      await expect(page.getByRole('button', { name: t('traces.button') })).toHaveCount(0);
      const section = page.locator('section:has(> #jejak)');
      await expect(section.getByText(t('traces.noScript'))).toBeVisible();
      await section.getByRole('link', { name: t('traces.howTo') }).click();
      await expect(page.locator('#hapus-riwayat')).toBeInViewport();
      expect(await page.locator('#hapus-riwayat + ol > li').count()).toBeGreaterThan(3);
    });
  });
});

test.describe('search words', () => {
  test('never enter the history: the header box, a second search, and "back"', async ({ page }) => {
    const visited: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) visited.push(frame.url());
    });
    await page.goto('/');
    const header = page.getByRole('banner').getByRole('searchbox', { name: 'Cari' });
    await header.fill('korban');
    await header.press('Enter');
    const box = page.getByRole('main').getByRole('searchbox', { name: 'Cari' });
    await expect(box).toHaveValue('korban');
    await expect(page.locator('site-search [data-status]')).toContainText('hasil untuk “korban”');
    await expect(page).toHaveURL(/\/cari\/$/);

    await box.fill('paspor');
    await expect(page.locator('site-search [data-status]')).toContainText('hasil untuk “paspor”');
    await page.getByText('Saring hasil').click();
    await page.getByLabel('Jenis halaman').selectOption('Langkah');
    await expect(page.locator('site-search [data-results]:not([aria-busy])')).toBeAttached();
    await expect(page).toHaveURL(/\/cari\/$/);

    // An address with the words, opened directly (a shared link), is put back to /cari/ at once.
    await page.goto('/cari/?q=calo');
    await expect(box).toHaveValue('calo');
    await expect(page).toHaveURL(/\/cari\/$/);
    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);

    const withWords = visited.filter((url) => /korban|paspor|Langkah/.test(decodeURIComponent(url)));
    expect(withWords).toEqual([]);
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the search page says the words are in the history', async ({ page }) => {
      await page.goto('/cari/?q=korban');
      await expect(page.getByText(t('search.historyNote'))).toBeVisible();
    });
  });
});
