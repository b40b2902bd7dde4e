/**
 * The site without a signal, as residents and literacy agents meet it: pages read before and the
 * contacts open offline; "Simpan untuk offline" announces its size, then saves lessons, slides
 * and search so that they work offline without having been opened; a page that is not on the
 * device shows the offline page with the emergency numbers; a new version is offered with
 * "Muat ulang" and taken only when the reader presses it.
 *
 * Service workers need a secure context: http://127.0.0.1 is one. Each test gets a fresh browser
 * context, so each starts without a service worker or caches.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { t } from '../../src/i18n/index.ts';
import { formatSize } from '../../src/lib/offline/format.ts';
import { isImmutable } from '../../src/lib/offline/caches.ts';
import { fileToUrl, shellFiles, type OfflinePackage } from '../../src/lib/offline/package-files.ts';

const siteDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const offlinePackage = () => JSON.parse(fs.readFileSync(path.join(siteDir, 'offline-paket.json'), 'utf8')) as OfflinePackage;

/** Lesson addresses in the build, e.g. /pelajaran/paspor/ (read from the output, not hard-coded). */
function lessonUrls(): string[] {
  return fs
    .readdirSync(path.join(siteDir, 'pelajaran'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(siteDir, 'pelajaran', entry.name, 'index.html')))
    .map((entry) => `/pelajaran/${entry.name}/`)
    .sort();
}

/** The lesson's title as its page shows it in <h1>. */
function lessonTitle(url: string): string {
  const html = fs.readFileSync(path.join(siteDir, url, 'index.html'), 'utf8');
  return html.match(/<h1[^>]*>([^<]+)/)![1].trim();
}

/**
 * Loses the signal. The browser's HTTP cache is emptied first: it would answer some requests
 * offline by chance (hashed files are cacheable for a year), and the tests must show that what the
 * site stored on purpose is enough.
 */
async function goOffline(page: Page) {
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Network.clearBrowserCache');
  await devtools.detach();
  await page.context().setOffline(true);
}

async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
}

/** axe with the WCAG 2.2 A/AA rules, as in tests/e2e/a11y.spec.ts. */
const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);

const emergencyNumber = (page: Page) => page.locator('main a[href^="tel:"]').first();

test('a page read before, the home page and the contacts open without a signal; others show the offline page', async ({ page }) => {
  const [read, unread] = lessonUrls();
  await page.goto('/');
  await waitForServiceWorker(page);
  await page.goto(read);
  // The page says it is on the device once the service worker has kept it.
  await expect(page.getByText(t('offline.available'))).toBeVisible();

  await goOffline(page);
  await page.goto('/kontak/');
  await expect(page.getByRole('heading', { level: 1, name: t('contacts.title') })).toBeVisible();
  await expect(emergencyNumber(page)).toBeVisible();

  await page.goto(read);
  await expect(page.getByRole('heading', { level: 1, name: lessonTitle(read) })).toBeVisible();

  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();

  await page.goto(unread);
  await expect(page.getByRole('heading', { level: 1, name: t('offline.pageTitle') })).toBeVisible();
  await expect(emergencyNumber(page)).toBeVisible();
  // The offline page lists what does open: the lesson read before is there, the others are not.
  const saved = page.locator('saved-pages');
  await expect(saved.getByRole('link', { name: lessonTitle(read), exact: true })).toBeVisible();
  await expect(saved.getByRole('link', { name: lessonTitle(unread), exact: true })).toHaveCount(0);
});

test('"Simpan untuk offline" shows the size first, then lessons, slides and search work offline', async ({ page }) => {
  const lessons = lessonUrls();
  const unread = lessons.at(-1)!;
  await page.goto('/pelajaran/');
  await waitForServiceWorker(page);

  // The size announced is the package minus the hashed files the precache already holds.
  const offline = offlinePackage();
  const precached = new Set(shellFiles(siteDir).map(fileToUrl));
  const toDownload = offline.files.filter((file) => !(isImmutable(file.url) && precached.has(file.url))).reduce((sum, file) => sum + file.gzipBytes, 0);
  const box = page.locator('save-offline');
  await box.getByRole('button', { name: t('offline.saveButton') }).click();
  await expect(box.getByText(t('offline.saveConfirm').replace('{ukuran}', formatSize(toDownload)))).toBeVisible();
  await expect(box.locator('progress')).toBeHidden();

  await box.getByRole('button', { name: t('offline.continue') }).click();
  await expect(box.getByRole('status')).toHaveText(t('offline.saved'), { timeout: 20_000 });
  // Every lesson in the list is now marked as on the device.
  await expect(page.locator('[data-lesson-id] .offline-mark')).toHaveCount(lessons.length);
  // Coming back, the box says the lessons are saved, and offers to save again.
  await page.reload();
  await expect(box.getByText(t('offline.savedOn').split('{tanggal}')[0].trim())).toBeVisible();
  await expect(box.getByRole('button', { name: t('offline.saveAgain') })).toBeVisible();

  await goOffline(page);
  await page.goto(unread);
  await expect(page.getByRole('heading', { level: 1, name: lessonTitle(unread) })).toBeVisible();
  await expect(page.getByText(t('offline.available'))).toBeVisible();

  await page.goto(`${unread}presentasi/`);
  await expect(page.locator('.slide').first()).toBeVisible();
  await expect(page.locator('h1').first()).toHaveText(lessonTitle(unread));

  // Search, as the header's search box opens it: the saved /cari/ page answers /cari/?q=…, and
  // the saved index answers Pagefind's requests although their cache-busting ?ts= is new.
  await page.goto('/cari/?q=paspor');
  const firstResult = page.locator('site-search [data-results] a').first();
  await expect(firstResult).toBeVisible();
  const href = await firstResult.getAttribute('href');
  await firstResult.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('heading', { level: 1, name: t('offline.pageTitle') })).toHaveCount(0);
  await expect(page.locator('h1')).toBeVisible();
});

test('the page a reader arrived on (a shared link) opens again offline', async ({ page }) => {
  const [, arrival] = lessonUrls();
  await page.goto(arrival);
  await waitForServiceWorker(page);
  // Kept once the worker takes charge; wait for that before the signal goes.
  await expect.poll(() => page.evaluate(async (url) => Boolean(await caches.match(url)), arrival)).toBe(true);
  await goOffline(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: lessonTitle(arrival) })).toBeVisible();
});

test('the saving box and the offline page pass an accessibility check in each state', async ({ page }) => {
  await page.goto('/pelajaran/');
  await waitForServiceWorker(page);
  const box = page.locator('save-offline');
  await box.getByRole('button', { name: t('offline.saveButton') }).click();
  await expect(box.getByRole('button', { name: t('offline.continue') })).toBeFocused();
  expect((await axe(page).include('save-offline').analyze()).violations).toEqual([]);
  await box.getByRole('button', { name: t('offline.continue') }).click();
  await expect(box.getByRole('status')).toHaveText(t('offline.saved'), { timeout: 20_000 });
  expect((await axe(page).analyze()).violations).toEqual([]);

  await goOffline(page);
  await page.goto('/halaman-yang-tidak-tersimpan/');
  await expect(page.locator('saved-pages h3').first()).toBeVisible();
  expect((await axe(page).analyze()).violations).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the offline page gives the numbers and the way to the contacts; no saving button shows', async ({ page }) => {
    await page.goto('/offline/');
    await expect(emergencyNumber(page)).toBeVisible();
    await expect(page.locator('main').getByRole('link', { name: t('offline.allContacts') })).toHaveAttribute('href', '/kontak/');
    await expect(page.getByText(t('offline.savedNoScript'))).toBeVisible();
    await page.goto('/pelajaran/');
    await expect(page.getByRole('button', { name: t('offline.saveButton') })).toBeHidden();
  });
});

test.describe('a new version', () => {
  let server: ChildProcess | undefined;
  let workDir: string;

  test.afterEach(() => {
    server?.kill();
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  });

  test('is offered with "Muat ulang" and loads only when the reader presses it', async ({ page }) => {
    // Two deployments of the same site: the second changes the contacts page (and so the
    // service worker's precache revision for it). One server on one port serves whichever
    // folder `current` points to, as a host does after a deploy.
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-versi-'));
    const first = path.join(workDir, 'v1');
    const second = path.join(workDir, 'v2');
    fs.cpSync(siteDir, first, { recursive: true, filter: (source) => !source.includes(`${path.sep}desa${path.sep}`) });
    fs.cpSync(first, second, { recursive: true });
    const marker = 'Versi kedua situs';
    const contacts = path.join(second, 'kontak', 'index.html');
    fs.writeFileSync(contacts, fs.readFileSync(contacts, 'utf8').replace(/(<h1[^>]*>)/, `$1${marker} · `));
    const sw = path.join(second, 'sw.js');
    const updated = fs.readFileSync(sw, 'utf8').replace(/("?url"?:"\/kontak\/","?revision"?:")[0-9a-f]+/, '$1versi-kedua');
    expect(updated.includes('versi-kedua'), 'the precache revision of /kontak/ in sw.js').toBe(true);
    fs.writeFileSync(sw, updated);
    const current = path.join(workDir, 'current');
    fs.symlinkSync(first, current);

    const port = Number(process.env.TEST_PORT ?? 4399) + 1000;
    server = spawn(process.execPath, ['scripts/serve.ts', '--dir', current, '--port', String(port)], { stdio: 'ignore' });
    const origin = `http://127.0.0.1:${port}`;
    await expect.poll(async () => (await fetch(`${origin}/`).catch(() => undefined))?.status, { timeout: 10_000 }).toBe(200);

    const notice = page.getByText(t('offline.updateReady'));
    await page.goto(`${origin}/kontak/`);
    await waitForServiceWorker(page);
    await page.reload();
    await expect(page.locator('h1')).not.toContainText(marker);
    await expect(notice).toBeHidden();

    fs.unlinkSync(current);
    fs.symlinkSync(second, current);
    await page.reload();
    await expect(notice).toBeVisible({ timeout: 15_000 });
    expect((await axe(page).include('update-notice').analyze()).violations).toEqual([]);
    // Until the reader chooses, the page stays as it was.
    await expect(page.locator('h1')).not.toContainText(marker);

    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: t('offline.reload') }).click()]);
    await expect(page.locator('h1')).toContainText(marker);
    await expect(notice).toBeHidden();
  });
});
