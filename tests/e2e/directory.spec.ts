/**
 * The village directory as residents use it: find their village by typing part of its name,
 * open its page, see whom to contact (with the honest fallback while the office has not
 * published the Pimpasa officers), save an officer to the phone once one is published, and
 * print the village poster on exactly one A4 sheet.
 */
import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { buildFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';

const FILTER_LABEL = 'Cari desa Anda';

/** Village links currently shown in the directory list. */
const visibleVillages = (page: Page) => page.locator('[data-filter-item]:visible a');
/** The filter's live region (other parts of the page have their own). */
const filterStatus = (page: Page) => page.locator('village-filter').getByRole('status');

test.describe('Cari desa Anda', () => {
  test('typing "belu" keeps Beluluk and Batu Belubang, announces the count, and opens Beluluk', async ({ page }) => {
    await page.goto('/desa/');
    await expect(visibleVillages(page)).toHaveCount(63);
    await page.getByLabel(FILTER_LABEL).pressSequentially('belu');
    await expect(visibleVillages(page)).toHaveText(['Batu Belubang', 'Beluluk'].sort((a, b) => a.localeCompare(b, 'id')), { useInnerText: true });
    await expect(filterStatus(page)).toHaveText('2 desa atau kelurahan cocok.');
    // Groups left without a match disappear with their heading.
    await expect(page.getByRole('heading', { name: 'Kecamatan Koba' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Kecamatan Pangkalan Baru' })).toBeVisible();

    await page.getByRole('link', { name: 'Beluluk' }).click();
    await expect(page).toHaveURL(/\/desa\/pangkalan-baru\/beluluk\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Desa Beluluk');
    await expect(page.getByText('19.04.02.2014')).toBeVisible();

    // The Pimpasa card says plainly that the office has not published the officer, and where to go instead.
    const card = page.locator('.officer-card');
    await expect(card.getByRole('heading', { name: 'Pimpasa Kecamatan Pangkalan Baru' })).toBeVisible();
    await expect(card).toContainText('belum diumumkan oleh kantor imigrasi');
    await expect(card.getByRole('link', { name: /Kantor Imigrasi Kelas I TPI Pangkalpinang/ })).toHaveAttribute('href', '#kontak-kanim-pangkalpinang');
    await expect(page.locator('#kontak-kanim-pangkalpinang')).toBeVisible();
    await expect(card.getByRole('link', { name: 'Simpan kontak' })).toHaveCount(0);
    await expect(card.locator('a[href^="tel:"]')).toHaveCount(0);

    await expect(page.getByRole('heading', { name: 'Nomor darurat' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Telepon SAPA 129: 129/ }).first()).toHaveAttribute('href', 'tel:129');
    await expect(page.getByRole('link', { name: 'Cetak poster untuk papan pengumuman' })).toHaveAttribute('href', '/desa/pangkalan-baru/beluluk/poster/');
  });

  test('matching ignores case, accents and brackets', async ({ page }) => {
    await page.goto('/desa/');
    const input = page.getByLabel(FILTER_LABEL);
    await input.fill('BÉLULUK');
    await expect(visibleVillages(page)).toHaveText(['Beluluk']);
    await input.fill('kurau timur');
    await expect(visibleVillages(page)).toHaveText(['Kurau (Timur)']);
    await input.fill('');
    await expect(visibleVillages(page)).toHaveCount(63);
  });

  test('no match says so and points to the contacts page', async ({ page }) => {
    await page.goto('/desa/');
    await page.getByLabel(FILTER_LABEL).fill('zzzz');
    await expect(visibleVillages(page)).toHaveCount(0);
    await expect(page.getByText('Tidak ada desa yang cocok')).toBeVisible();
    await expect(page.locator('[data-filter-none]').getByRole('link', { name: 'Kontak' })).toHaveAttribute('href', '/kontak/');
    await expect(filterStatus(page)).toContainText('Tidak ada desa yang cocok');
    await expect(page.locator('[data-filter-group]:visible')).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/desa/ is the full list grouped by kecamatan, with no dead search box', async ({ page }) => {
    await page.goto('/desa/');
    await expect(visibleVillages(page)).toHaveCount(63);
    await expect(page.getByRole('heading', { level: 2, name: /^Kecamatan / })).toHaveCount(6);
    await expect(page.getByLabel(FILTER_LABEL)).toBeHidden();
  });
});

test('a kecamatan page has its Pimpasa card and its villages', async ({ page }) => {
  await page.goto('/desa/koba/');
  await expect(page.getByRole('heading', { name: 'Pimpasa Kecamatan Koba' })).toBeVisible();
  await expect(page.locator('.officer-card')).toContainText('belum diumumkan oleh kantor imigrasi');
  await expect(page.locator('.officer-card').getByRole('link', { name: /Kantor Imigrasi/ })).toHaveAttribute('href', '/kontak/#kontak-kanim-pangkalpinang');
  await expect(page.locator('.village-list a')).toHaveCount(11);
  await expect(page.getByRole('link', { name: 'Padang Mulia' })).toHaveAttribute('href', '/desa/koba/padang-mulia/');
});

test('village and kecamatan pages carry the search filters', async ({ page }) => {
  await page.goto('/desa/koba/berok/');
  const filter = (name: string) => page.locator(`meta[data-pagefind-filter="${name}[content]"]`);
  await expect(filter('jenis')).toHaveAttribute('content', 'Desa');
  await expect(filter('kecamatan')).toHaveAttribute('content', 'Koba');
  await expect(filter('tipe_wilayah')).toHaveAttribute('content', 'Kelurahan');
  await expect(page.locator('[data-pagefind-body] h1')).toHaveText('Kelurahan Berok');
  await page.goto('/desa/koba/');
  await expect(filter('jenis')).toHaveAttribute('content', 'Desa');
  await expect(filter('kecamatan')).toHaveAttribute('content', 'Koba');
});

test('the village poster prints on exactly one A4 page, with a QR code to the village page', async ({ page }) => {
  await page.goto('/desa/pangkalan-baru/beluluk/poster/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Desa Beluluk');
  const qr = page.locator('.poster__qr svg');
  await expect(qr).toHaveAttribute('aria-label', /https?:\/\/[^ ]+\/desa\/pangkalan-baru\/beluluk\/$/);
  await expect(page.locator('.poster')).toContainText('belum diumumkan oleh kantor imigrasi');
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  expect(pdfPageCount(pdf)).toBe(1);
});

test.describe('the day an editor fills in an officer and a village', () => {
  test.describe.configure({ mode: 'serial' });
  let site: FixtureSite;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    site = await buildFixtureSite({
      name: 'directory',
      port: Number(process.env.TEST_PORT ?? 4399) + 1000,
      prepare: (dir) => {
        // The invented officer (tests/fixtures/directory-filled) replaces Koba's empty file.
        fs.cpSync('tests/fixtures/directory-filled', dir, { recursive: true, filter: (src) => !src.endsWith('README.md') });
        addVillageEntries(path.join(dir, 'wilayah/19.04/koba.yaml'), '19.04.01.1017');
      },
    });
  });
  test.afterAll(async () => site?.close());

  test('every village of the kecamatan shows the officer, and "Simpan kontak" saves a vCard', async ({ page }) => {
    for (const village of ['berok', 'nibung']) {
      await page.goto(`${site.baseURL}/desa/koba/${village}/`);
      const card = page.locator('.officer-card');
      await expect(card).toContainText('Petugas Uji Coba, S.H.');
      await expect(card.getByRole('link', { name: /Telepon Petugas Uji Coba/ })).toHaveAttribute('href', 'tel:+6281200000000');
      await expect(card.getByRole('link', { name: /WhatsApp Petugas Uji Coba/ })).toHaveAttribute('href', 'https://wa.me/6281200000000');
      await expect(card).not.toContainText('belum diumumkan');
    }
    const download = page.waitForEvent('download');
    await page.locator('.officer-card').getByRole('link', { name: 'Simpan kontak' }).click();
    const file = await (await download).path();
    const vcard = fs.readFileSync(file, 'utf8');
    expect((await download).suggestedFilename()).toBe('pimpasa-koba.vcf');
    expect(vcard).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
    expect(vcard).toContain('\r\nFN:Petugas Uji Coba\\, S.H.\r\n');
    expect(vcard).toContain('\r\nTEL;TYPE=CELL,PREF:+6281200000000\r\n');
    expect(vcard).toContain('\r\nORG:Kantor Imigrasi Kelas I TPI Pangkalpinang\r\n');
    expect(vcard).toContain('\r\nTITLE:Pimpasa Kecamatan Koba\r\n');
    expect(vcard.replace(/\r\n /g, '')).toMatch(/\r\nNOTE:Sumber: .*Data uji otomatis.*Diperiksa 2026-11-01\./);
    expect(vcard).toMatch(/END:VCARD\r\n$/);
  });

  test('another kecamatan still shows the fallback, with no contact file', async ({ page }) => {
    await page.goto(`${site.baseURL}/desa/namang/`);
    await expect(page.locator('.officer-card')).toContainText('belum diumumkan oleh kantor imigrasi');
    await expect(page.getByRole('link', { name: 'Simpan kontak' })).toHaveCount(0);
    expect((await page.request.get(`${site.baseURL}/desa/namang/pimpasa.vcf`)).status()).toBe(404);
  });

  test("a village's own entries appear on its page: secretariat, literacy agents, notes, the kecamatan's note", async ({ page }) => {
    await page.goto(`${site.baseURL}/desa/koba/berok/`);
    await expect(page.getByRole('heading', { name: 'Sekretariat desa binaan' })).toBeVisible();
    await expect(page.getByText('Ruang uji di kantor kelurahan')).toBeVisible();
    await expect(page.getByText('Agen Uji Pertama', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: /Telepon Agen Uji Pertama/ })).toHaveAttribute('href', 'tel:+6281200000001');
    await expect(page.getByText('Agen Uji Kedua', { exact: true })).toBeVisible();
    await expect(page.getByText('Pertemuan uji setiap Kamis pertama.')).toBeVisible();
    // The kecamatan's own note reaches its villages too.
    await expect(page.getByRole('heading', { name: 'Catatan Kecamatan Koba' })).toBeVisible();
    await expect(page.getByText('Catatan kecamatan uji untuk semua desa.')).toBeVisible();
    // A village without entries has no such section.
    await page.goto(`${site.baseURL}/desa/koba/nibung/`);
    await expect(page.getByRole('heading', { name: 'Sekretariat desa binaan' })).toHaveCount(0);
  });

  test('the poster shows the published officer and still fits one page', async ({ page }) => {
    await page.goto(`${site.baseURL}/desa/koba/berok/poster/`);
    await expect(page.locator('.poster')).toContainText('Petugas Uji Coba, S.H.');
    await expect(page.locator('.poster')).toContainText('0812-0000-0000');
    await page.emulateMedia({ media: 'print' });
    expect(pdfPageCount((await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1'))).toBe(1);
  });
});

/** Page objects in a PDF (not the /Pages tree node). Chromium writes them uncompressed. */
function pdfPageCount(pdf: string): number {
  return pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** Adds editor fields (test values) to one village and its kecamatan in a content copy, as an editor would. */
function addVillageEntries(file: string, code: string) {
  const doc = parseDocument(fs.readFileSync(file, 'utf8'));
  const village = (doc.get('desa') as YAMLSeq<YAMLMap>).items.find((item) => String(item.get('kode')) === code);
  if (!village) throw new Error(`${code} tidak ada di ${file}`);
  village.set('sekretariat', 'Ruang uji di kantor kelurahan');
  village.set('agenLiterasi', doc.createNode([{ nama: 'Agen Uji Pertama', peran: 'Kader (data uji)', telepon: '0812-0000-0001' }, { nama: 'Agen Uji Kedua' }]));
  village.set('catatan', 'Pertemuan uji setiap Kamis pertama.');
  doc.set('catatan', 'Catatan kecamatan uji untuk semua desa.');
  fs.writeFileSync(file, doc.toString());
}
