/**
 * What a resident reads stays true: a value is written once in content/fakta, so changing it
 * changes every page that shows it; every value shows the date it was checked; and the
 * corrections of the 2026 review (facts.md §8) are on the pages, not the old figures.
 */
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { buildFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { listPages } from '../../src/lib/checks/built-site.ts';

const OUT_DIR = process.env.OUT_DIR ?? 'dist';

/** Every built page showing the fact, by address (from the site under test). */
function pagesShowing(outDir: string, id: string): string[] {
  return listPages(outDir)
    .filter((page) => fs.readFileSync(page.file, 'utf8').includes(`data-fakta="${id}"`))
    .map((page) => page.url);
}

/** The fact shown on the most pages: the strongest case for "change it once". */
function mostShownFact(): { id: string; pages: string[] } {
  const ids = fs.readdirSync('content/fakta').map((file) => file.replace(/\.ya?ml$/, ''));
  return ids.map((id) => ({ id, pages: pagesShowing(OUT_DIR, id) })).sort((a, b) => b.pages.length - a.pages.length)[0];
}

/** Visible text of the page's main content, spaces squeezed. */
async function mainText(page: Page): Promise<string> {
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ');
}

test.describe('one value, one place', () => {
  let site: FixtureSite | undefined;
  const fact = mostShownFact();
  const changed = 'Rp123.456.789';

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    site = await buildFixtureSite({
      name: 'fakta',
      port: Number(process.env.TEST_PORT ?? 4399) + 1100,
      prepare: (dir) => {
        const file = path.join(dir, 'fakta', `${fact.id}.yaml`);
        const doc = parseDocument(fs.readFileSync(file, 'utf8'));
        doc.set('nilai', changed);
        doc.set('tulisanLain', []);
        fs.writeFileSync(file, doc.toString());
      },
    });
  });
  test.afterAll(async () => site?.close());

  test('changing a fact’s nilai changes every page that shows it', async ({ page }) => {
    test.setTimeout(120_000);
    // A lesson, its slides, handout or guide, a journey or the offer check: several kinds of page.
    expect(fact.pages.length, `${fact.id} is shown on ${fact.pages.join(', ')}`).toBeGreaterThanOrEqual(3);
    expect(pagesShowing(site!.outDir, fact.id)).toEqual(fact.pages);
    for (const url of fact.pages) {
      await page.goto(`${site!.baseURL}${url}`);
      const shown = page.locator(`[data-fakta="${fact.id}"]`);
      const count = await shown.count();
      expect(count, url).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) await expect(shown.nth(i), url).toContainText(changed);
    }
  });
});

test('every registered value on a lesson page carries the date it was checked', async ({ page }) => {
  await page.goto('/pelajaran/apa-itu-tppo/');
  const values = page.locator('.lesson__body [data-fakta]');
  expect(await values.count()).toBeGreaterThan(0);
  for (const value of await values.all()) await expect(value).toContainText(/diperiksa \d{1,2} \w+ \d{4}/);
  // A penalty rests on laws that changed on 2 January 2026: the reader is told beside the value.
  await expect(page.locator('.lesson__body [data-fakta^="pidana-"]').first()).toContainText('aturan berubah sejak 2 Januari 2026');
  // And the list at the end says what each value rests on.
  await expect(page.getByRole('heading', { name: 'Angka di halaman ini dan dasar hukumnya' })).toBeVisible();
});

test('no page shows the penalty ranges and fines from before 2 January 2026 as current law', () => {
  const old = /3 sampai 15 tahun|5 sampai 15 tahun|1 sampai 7 tahun|Rp ?120 juta|Rp ?600 juta|Rp ?500 juta sampai|Rp ?1,5 miliar|Rp ?15 miliar|Rp ?40 juta|Rp ?280 juta|denda (paling banyak |sampai )?Rp ?100 juta|Rp ?200 juta/i;
  const found = listPages(OUT_DIR).flatMap((page) => {
    const text = fs.readFileSync(page.file, 'utf8').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const match = old.exec(text);
    return match ? [`${page.url}: …${text.slice(Math.max(0, match.index - 60), match.index + 60)}…`] : [];
  });
  expect(found).toEqual([]);
});

test('a first-time calon PMI reads that the passport costs them Rp0, registers in SISKOP2MI, and needs no recommendation letter', async ({ page }) => {
  await page.goto('/langkah/bekerja-sebagai-pmi/');
  await page.getByRole('button', { name: /Tampilkan semua langkah/ }).click();
  await expect(page.locator('[data-fakta="paspor-calon-pmi-pertama"]').first()).toContainText('Rp0');
  const text = await mainText(page);
  expect(text).toContain('SISKOP2MI');
  expect(text).not.toMatch(/Daftar (sebagai CPMI )?di SIAPkerja|rekomendasi (paspor )?dari (Disnaker|dinas tenaga kerja) lewat SIAPkerja/i);
  expect(await page.locator('a[href*="siapkerja.kemnaker.go.id"]').count()).toBe(0);
});

test('the lessons say that a child needs no "means", and that leaving without immigration checks is an offence', async ({ page }) => {
  await page.goto('/pelajaran/apa-itu-tppo/');
  await expect(page.locator('.lesson__body')).toContainText(/anak[^.]*unsur cara tidak perlu/i);
  await page.goto('/pelajaran/tppm-dan-bedanya/');
  await expect(page.locator('.lesson__body')).toContainText('Pasal 113');
  await expect(page.locator('.lesson__body [data-fakta="pidana-keluar-tanpa-pemeriksaan-penjara-maks"]').first()).toBeVisible();
});
