/**
 * The site without a signal, as residents and literacy agents meet it: pages read before and the
 * contacts open offline; "Simpan untuk offline" announces its size, then saves lessons, slides
 * and search so that they work offline without having been opened; a page that is not on the
 * device shows the offline page with the emergency numbers; a page shown from the device says so
 * with the date it was saved; after a deploy, the next load shows the new version of every page.
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
import { parse, parseDocument } from 'yaml';
import { fill } from '../../src/i18n/fill.ts';
import { formatShortDate, t } from '../../src/i18n/index.ts';
import { formatSize } from '../../src/lib/offline/format.ts';
import { formatSavedTime } from '../../src/lib/offline/saved-copy.ts';
import { buildFixture } from '../helpers/fixture-site.ts';
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

/** The notice at the top of a page shown from the device (src/components/offline/saved-copy-notice.ts). */
const savedCopyNotice = (page: Page) => page.locator('saved-copy-notice');

/** Its first sentence, up to the date: "Anda membaca salinan yang disimpan pada". */
const savedCopyOpening = t('offline.copyNotice').split('{waktu}')[0].trim();

test('a page read before, the home page and the contacts open without a signal; others show the offline page', async ({ page }) => {
  const [read, unread] = lessonUrls();
  await page.goto('/');
  await waitForServiceWorker(page);
  await page.goto(read);
  // The page says it is on the device once the service worker has kept it.
  await expect(page.getByText(t('offline.available'))).toBeVisible();
  // Read online: no notice.
  await expect(savedCopyNotice(page)).toBeHidden();

  await goOffline(page);
  await page.goto('/kontak/');
  await expect(page.getByRole('heading', { level: 1, name: t('contacts.title') })).toBeVisible();
  await expect(emergencyNumber(page)).toBeVisible();
  // Never opened before: the copy the service worker keeps of the contacts, and it says so.
  await expect(savedCopyNotice(page)).toContainText(savedCopyOpening);

  await page.goto(read);
  await expect(page.getByRole('heading', { level: 1, name: lessonTitle(read) })).toBeVisible();
  await expect(savedCopyNotice(page)).toContainText(savedCopyOpening);

  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();

  await page.goto(unread);
  await expect(page.getByRole('heading', { level: 1, name: t('offline.pageTitle') })).toBeVisible();
  await expect(emergencyNumber(page)).toBeVisible();
  // The offline page says it plainly already; it is not "a saved copy" of the page asked for.
  await expect(savedCopyNotice(page)).toBeHidden();
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

test('the emergency numbers in every footer say when each was checked', async ({ page }) => {
  const emergency = fs
    .readdirSync('content/kontak')
    .map((name) => parse(fs.readFileSync(path.join('content/kontak', name), 'utf8')) as { nama: string; darurat?: boolean; diperiksa: string })
    .filter((contact) => contact.darurat);
  expect(emergency.length).toBeGreaterThan(0);
  for (const url of ['/', lessonUrls()[0]]) {
    await page.goto(url);
    const lines = page.locator('footer .emergency-numbers__list > li');
    await expect(lines).toHaveCount(emergency.length);
    for (const contact of emergency) {
      const line = lines.filter({ hasText: contact.nama });
      await expect(line.locator('time')).toHaveText(fill(t('contact.checkedShort'), { tanggal: formatShortDate(String(contact.diperiksa)) }));
      await expect(line.locator('time')).toHaveAttribute('datetime', String(contact.diperiksa));
    }
  }
});

test.describe('on a slow signal', () => {
  test.use({ timezoneId: 'Asia/Jakarta' });

  test('a page read before comes from the device after the timeout, says when it was saved, and offers the late answer', async ({ page, context }) => {
    const [lesson] = lessonUrls();
    await page.goto('/');
    await waitForServiceWorker(page);
    await page.goto(lesson);
    await expect.poll(() => page.evaluate(async (url) => Boolean(await caches.match(url)), lesson)).toBe(true);
    const savedAt = await page.evaluate(async (url) => (await caches.match(url))!.headers.get('date'), lesson);
    expect(savedAt, 'the copy keeps the time it was fetched').toBeTruthy();

    // The next answer for the lesson is held back (a weak signal) until the test lets it go.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route(`**${lesson}`, async (route) => {
      await held;
      await route.continue().catch(() => {});
    });
    await page.goto(lesson);
    await expect(page.getByRole('heading', { level: 1, name: lessonTitle(lesson) })).toBeVisible();
    const notice = savedCopyNotice(page);
    await expect(notice.locator('p').first()).toHaveText(fill(t('offline.copyNotice'), { waktu: formatSavedTime(new Date(savedAt!), 'Asia/Jakarta') }));
    // Near the top: on the first screen, above the lesson's title.
    const box = (await notice.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    expect(box.y).toBeLessThan((await page.locator('h1').first().boundingBox())!.y);
    expect((await axe(page).include('saved-copy-notice').analyze()).violations).toEqual([]);

    // The answer arrives after all: it is saved, and the page offers it.
    release();
    await expect(notice.getByRole('status')).toHaveText(t('offline.copyNewer'));
    await context.unroute(`**${lesson}`);
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: t('offline.reload') }).click()]);
    await expect(page.getByRole('heading', { level: 1, name: lessonTitle(lesson) })).toBeVisible();
    await expect(savedCopyNotice(page)).toBeHidden();
  });
});

test.describe('after a deploy that changes a hotline number', () => {
  // Two deployments at one address: the site under test, and the same content built again with one
  // emergency number changed (KP2MI's WhatsApp, shown in every footer, on /kontak/ and in lessons).
  // One server on one port serves whichever folder `current` points to, as a host does after a
  // deploy: the same origin, so the same service worker and caches.
  const contactFile = path.join('content', 'kontak', 'kp2mi.yaml');
  const newNumber = '0811-8080-999';
  const waHref = (number: string) => `https://wa.me/62${number.replace(/\D/g, '').slice(1)}`;
  let oldNumber: string;
  let nextDeploy: ReturnType<typeof buildFixture> | undefined;
  let server: ChildProcess | undefined;
  let workDir: string | undefined;

  test.beforeAll(() => {
    test.setTimeout(240_000);
    const doc = parseDocument(fs.readFileSync(contactFile, 'utf8'));
    oldNumber = String(doc.getIn(['saluran', 2, 'nomor']));
    expect(doc.getIn(['saluran', 2, 'jenis'])).toBe('whatsapp');
    nextDeploy = buildFixture({
      name: 'deploy-kedua',
      prepare: (dir) => {
        const file = path.join(dir, 'kontak', 'kp2mi.yaml');
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(`"${oldNumber}"`, `"${newNumber}"`));
      },
    });
  });

  test.afterAll(() => {
    server?.kill();
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
    nextDeploy?.remove();
  });

  test('the next load shows the new number on the home page, the contacts and a lesson, without closing the tab', async ({ page }) => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-deploy-'));
    const first = path.join(workDir, 'v1');
    fs.cpSync(siteDir, first, { recursive: true, filter: (source) => !source.includes(`${path.sep}desa${path.sep}`) });
    const current = path.join(workDir, 'current');
    fs.symlinkSync(first, current);
    // A lesson that names the number in its own text, not only in the footer.
    const lesson = lessonUrls().find((url) => /<main[\s\S]*<\/main>/.exec(fs.readFileSync(path.join(siteDir, url, 'index.html'), 'utf8'))![0].includes(waHref(oldNumber)))!;
    expect(lesson).toBeDefined();

    const port = Number(process.env.TEST_PORT ?? 4399) + 1200;
    server = spawn(process.execPath, ['scripts/serve.ts', '--dir', current, '--port', String(port)], { stdio: 'ignore' });
    const origin = `http://127.0.0.1:${port}`;
    await expect.poll(async () => (await fetch(`${origin}/`).catch(() => undefined))?.status, { timeout: 10_000 }).toBe(200);

    const pages = ['/', '/kontak/', lesson];
    const numberLink = (number: string) => page.locator(`a[href="${waHref(number)}"]`);
    await page.goto(`${origin}/`);
    await waitForServiceWorker(page);
    // Every page read once, so each is on the device (and the home and contacts in the shell).
    for (const url of pages) {
      await page.goto(`${origin}${url}`);
      await expect(numberLink(oldNumber).first()).toBeVisible();
      await expect.poll(() => page.evaluate(async (u) => Boolean(await caches.match(u, { ignoreSearch: true })), url)).toBe(true);
    }

    fs.unlinkSync(current);
    fs.symlinkSync(nextDeploy!.outDir, current);
    for (const url of pages) {
      await page.goto(`${origin}${url}`);
      await expect(numberLink(newNumber).first(), url).toBeVisible();
      await expect(numberLink(oldNumber), url).toHaveCount(0);
      await expect(savedCopyNotice(page), url).toBeHidden();
    }
    await expect(page.locator('main').locator(`a[href="${waHref(newNumber)}"]`).first()).toBeVisible();
  });
});
