/**
 * Site search in the browser, on the default phone-sized screen: searching, filtering to
 * villages, opening a result, the header box, the lists without JavaScript, and the promise that
 * no search file is downloaded before the visitor searches.
 */
import { test, expect, type Page } from '@playwright/test';
import { outDir } from '../../scripts/lib/built-site.ts';
import { pagesByType } from '../../scripts/lib/page-types.ts';
import { measureSearchOnPage } from '../../scripts/lib/search-bytes.ts';

const results = (page: Page) => page.locator('site-search [data-results] > li');
const status = (page: Page) => page.locator('site-search [data-status]');
const searchBox = (page: Page) => page.getByRole('main').getByRole('searchbox', { name: 'Cari' });

/** Search-file requests made by a page, as paths. */
function recordSearchRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/pagefind/')) seen.push(pathname);
  });
  return seen;
}

test('a resident searches for a village name, narrows to villages and opens the village page', async ({ page }) => {
  await page.goto('/cari/');
  await searchBox(page).fill('koba');
  await expect(status(page)).toContainText('hasil untuk “koba”');
  await expect(results(page).first()).toBeVisible();

  await page.getByText('Saring hasil').click();
  await page.getByLabel('Jenis halaman').selectOption('Desa');
  // The words stay out of the address, so out of the browser's history (leave-no-trace.spec.ts).
  await expect(page).toHaveURL(/\/cari\/$/);
  await expect(page.locator('site-search [data-results]:not([aria-busy])')).toBeAttached();
  const kinds = await results(page).locator('[data-kind]').allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  expect(new Set(kinds)).toEqual(new Set(['Desa']));

  const first = results(page).first().getByRole('link');
  const title = (await first.textContent())!.trim();
  expect(title).toMatch(/Koba/);
  await first.click();
  await expect(page).toHaveURL(/\/desa\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('each result shows its kind and a one-line summary, never the search words', async ({ page }) => {
  await page.goto('/cari/?q=TKI');
  await expect(results(page).first()).toBeVisible();
  const first = results(page).first();
  await expect(first.locator('[data-kind]')).toHaveText(/Pelajaran|Langkah/);
  const summary = (await first.locator('[data-summary]').textContent())!;
  expect(summary.length).toBeGreaterThan(20);
  // "TKI" is only in the editors' search words of these pages, not in what results show.
  await expect(page.locator('site-search [data-results]')).not.toContainText('TKI');
});

test('the header search box on any page opens /cari/ with results, the words not in the address', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('banner').getByRole('searchbox', { name: 'Cari' });
  await box.fill('paspor');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/cari\/$/);
  await expect(searchBox(page)).toHaveValue('paspor');
  await expect(status(page)).toContainText('hasil untuk “paspor”');
  await expect(results(page).first().getByRole('link')).toHaveText(/paspor/i);
});

test('opening pages downloads no search file; focusing the search box starts it', async ({ page }) => {
  const pages = pagesByType(outDir()).filter((p) => ['home', 'lesson', 'village', 'search'].includes(p.type));
  expect(pages.map((p) => p.type)).toEqual(expect.arrayContaining(['home', 'village', 'search']));
  const requests = recordSearchRequests(page);
  for (const { path } of pages) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(requests, `${path} memuat berkas pencarian`).toEqual([]);
  }
  // On /cari/ (the last page opened) the search starts loading when the box gets focus.
  await searchBox(page).focus();
  await expect.poll(() => requests).toContain('/pagefind/pagefind.js');
});

test('the first search downloads at most 100 kB and the second one little more', async ({ page }) => {
  const { first, second } = await measureSearchOnPage(page, 'paspor', 'kerja di malaysia');
  const list = (files: { path: string; wireBytes: number }[]) => files.map((f) => `${f.path} ${f.wireBytes}`).join('\n');
  expect(first.wireBytes, list(first.files)).toBeLessThanOrEqual(100_000);
  expect(second.files.map((f) => f.path)).not.toContain('/pagefind/pagefind.js');
  expect(second.wireBytes, list(second.files)).toBeLessThanOrEqual(40_000);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/cari/ offers the lists of lessons, journeys, villages and contacts instead of the box', async ({ page }) => {
    await page.goto('/cari/?q=paspor');
    await expect(page.getByText('Kotak pencarian perlu JavaScript')).toBeVisible();
    await expect(searchBox(page)).toBeHidden();
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: /desa dan kelurahan/ })).toHaveAttribute('href', '/desa/');
    await expect(main.getByRole('link', { name: /nomor penting/ })).toHaveAttribute('href', '/kontak/');
    const lessonLinks = main.locator('a[href^="/pelajaran/"]');
    const journeyLinks = main.locator('a[href^="/langkah/"]');
    expect(await lessonLinks.count()).toBeGreaterThan(1);
    expect(await journeyLinks.count()).toBeGreaterThan(1);
  });
});
