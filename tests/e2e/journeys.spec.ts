/**
 * Step-by-step journeys and the contacts page, as a resident uses them: steps open and close by
 * keyboard, every step is readable without JavaScript and on paper, and every number on /kontak/
 * dials or opens WhatsApp. Expected steps and numbers are read from the content files themselves.
 */
import { expect, test, type Page } from '@playwright/test';
import { validateContent } from '../../src/lib/content/validate.ts';
import { isParsedPhone, parsePhone } from '../../src/lib/phone.ts';
import { stepMarkers } from '../../src/lib/journey.ts';

const { content } = validateContent();
const journey = (id: string) => {
  const found = content.journeys.find((j) => j.id === id);
  if (!found) throw new Error(`journey ${id} missing from content/langkah`);
  return found.data;
};
const PASSPORT = 'membuat-paspor';
const VICTIM = 'jika-menjadi-korban';

const steps = (page: Page) => page.locator('.step-nav__step');
const panels = (page: Page) => page.locator('[data-step-panel]');
const stepButtons = (page: Page) => page.locator('.step-nav__step').getByRole('button');
const showAll = (page: Page) => page.getByRole('button', { name: /semua langkah/ });

test.describe('with JavaScript', () => {
  test('steps start closed; Tab reaches a step button, Enter opens it and Space closes it', async ({ page }) => {
    const data = journey(PASSPORT);
    await page.goto(`/langkah/${PASSPORT}/`);
    await expect(stepButtons(page)).toHaveCount(data.langkah.length);
    for (const panel of await panels(page).all()) await expect(panel).toBeHidden();

    await showAll(page).focus();
    await page.keyboard.press('Tab');
    const first = stepButtons(page).first();
    await expect(first).toBeFocused();
    await expect(first).toHaveAccessibleName(new RegExp(data.langkah[0].judul));
    await expect(first).toHaveAttribute('aria-expanded', 'false');
    const firstPanel = page.locator(`#${await first.getAttribute('aria-controls')}`);

    await page.keyboard.press('Enter');
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    await expect(firstPanel).toBeVisible();
    await expect(firstPanel.getByText(data.langkah[0].tindakan[0])).toBeVisible();
    await expect(first).toContainText('Sembunyikan');

    await page.keyboard.press('Space');
    await expect(first).toHaveAttribute('aria-expanded', 'false');
    await expect(firstPanel).toBeHidden();

    // A closed step has nothing focusable inside: the next Tab goes to the next step.
    await page.keyboard.press('Tab');
    await expect(stepButtons(page).nth(1)).toBeFocused();
  });

  test('"Tampilkan semua langkah" opens every step, then closes them all', async ({ page }) => {
    await page.goto(`/langkah/${PASSPORT}/`);
    const button = showAll(page);
    await expect(button).toHaveText('Tampilkan semua langkah');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.press('Enter');
    await expect(button).toHaveText('Sembunyikan semua langkah');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    for (const stepButton of await stepButtons(page).all()) await expect(stepButton).toHaveAttribute('aria-expanded', 'true');
    for (const panel of await panels(page).all()) await expect(panel).toBeVisible();

    await button.click();
    await expect(button).toHaveText('Tampilkan semua langkah');
    for (const panel of await panels(page).all()) await expect(panel).toBeHidden();
  });

  test('opening every step one by one turns the control into "Sembunyikan semua langkah"', async ({ page }) => {
    await page.goto(`/langkah/${PASSPORT}/`);
    for (const stepButton of await stepButtons(page).all()) await stepButton.click();
    await expect(showAll(page)).toHaveText('Sembunyikan semua langkah');
  });

  test('a link to one step (#langkah-3) opens that step, and open steps are remembered on reload', async ({ page }) => {
    await page.goto(`/langkah/${PASSPORT}/#langkah-3`);
    await expect(page.locator('#langkah-3-isi')).toBeVisible();
    await expect(page.locator('#langkah-1-isi')).toBeHidden();
    await page.locator('#langkah-1').getByRole('button').click();
    await page.goto(`/langkah/${PASSPORT}/`);
    await expect(page.locator('#langkah-1-isi')).toBeVisible();
    await expect(page.locator('#langkah-3-isi')).toBeVisible();
    await expect(page.locator('#langkah-2-isi')).toBeHidden();
  });

  test('every step is printed open, without the show/hide controls', async ({ page }) => {
    await page.goto(`/langkah/${PASSPORT}/`);
    await expect(panels(page).first()).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    for (const panel of await panels(page).all()) await expect(panel).toBeVisible();
    await expect(showAll(page)).toBeHidden();
    await expect(page.locator('.step-nav__toggle').first()).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every step of every journey is open, and there are no dead buttons', async ({ page }) => {
    for (const entry of content.journeys) {
      await page.goto(`/langkah/${entry.id}/`);
      await expect(steps(page)).toHaveCount(entry.data.langkah.length);
      for (const [index, step] of entry.data.langkah.entries()) {
        const panel = page.locator(`#langkah-${index + 1}-isi`);
        await expect(panel).toBeVisible();
        // A registered value is shown with the date it was checked: match the words before it.
        const last = step.tindakan.at(-1)!;
        const words = last.includes('{fakta:') ? last.split('{fakta:')[0].trim() : last;
        await expect(panel.getByText(words, { exact: !last.includes('{fakta:') })).toBeVisible();
      }
      await expect(page.locator('.step-nav').getByRole('button')).toHaveCount(0);
    }
  });
});

test('steps are numbered, an alternative shows "atau", and optional steps say "(tidak wajib)"', async ({ page }) => {
  const data = journey(VICTIM);
  await page.goto(`/langkah/${VICTIM}/`);
  const markers = stepMarkers(data.langkah);
  expect(markers.some((m) => m.kind === 'atau'), `${VICTIM} should have an "atau" step to test`).toBe(true);
  for (const [index, marker] of markers.entries()) {
    const circle = steps(page).nth(index).locator('.step-nav__circle');
    await expect(circle).toHaveText(marker.kind === 'number' ? `Langkah ${marker.number}:` : 'atau:', { useInnerText: false });
    await expect(steps(page).nth(index).getByText('(tidak wajib)')).toHaveCount(data.langkah[index].opsional ? 1 : 0);
  }
});

test('a journey page names its sources, the date each was read, and when it was reviewed', async ({ page }) => {
  const data = journey(PASSPORT);
  await page.goto(`/langkah/${PASSPORT}/`);
  const sources = page.locator('.source-list');
  await expect(sources.getByRole('link')).toHaveCount(data.sumber.length);
  await expect(sources.getByText('Satu sumber saja')).toHaveCount(data.sumber.filter((s) => s.tingkat === 'S').length);
  await expect(sources.getByText('Terakhir ditinjau')).toBeVisible();
});

test('the journey list shows every journey in order with its summary', async ({ page }) => {
  await page.goto('/langkah/');
  const ordered = [...content.journeys].sort((a, b) => a.data.urutan - b.data.urutan);
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(ordered.map((j) => j.data.judul));
  for (const entry of ordered) await expect(page.getByText(entry.data.ringkasan)).toBeVisible();
});

test.describe('/kontak/', () => {
  test('every number links to tel:, sms: or https://wa.me/<digits> as its content file says', async ({ page }) => {
    await page.goto('/kontak/');
    let checked = 0;
    for (const contact of content.contacts) {
      const card = page.locator(`#kontak-${contact.id}`);
      await expect(card).toBeVisible();
      for (const channel of contact.data.saluran) {
        const phone = parsePhone(channel.nomor);
        if (!isParsedPhone(phone)) throw new Error(`${contact.id}: ${phone.error}`);
        const href = channel.jenis === 'whatsapp' ? phone.whatsapp : channel.jenis === 'sms' ? `sms:${phone.dial}` : phone.tel;
        expect(href, `${contact.id} ${channel.nomor}`).toMatch(/^(tel:\+?\d+|sms:\+?\d+|https:\/\/wa\.me\/\d+)$/);
        await expect(card.locator(`a[href="${href}"]`)).toHaveCount(1);
        checked += 1;
      }
      await expect(card.getByText(/Diperiksa \d+ \w+ \d{4}/)).toBeVisible();
      if (contact.data.tingkat === 'S') await expect(card.getByText('Dari satu sumber berita')).toBeVisible();
    }
    expect(checked).toBeGreaterThan(0);
  });

  test('emergency hotlines come first, and each situation points to a contact on the page', async ({ page }) => {
    await page.goto('/kontak/');
    const emergency = content.contacts.filter((c) => c.data.darurat).map((c) => c.id);
    const firstCards = await page.locator('.contact-card').evaluateAll((cards, n) => cards.slice(0, n).map((c) => c.id), emergency.length);
    expect(firstCards.sort()).toEqual(emergency.map((id) => `kontak-${id}`).sort());
    const situations = page.locator('.situations .contact-line__name');
    await expect(situations).toHaveCount(content.contacts.length);
    for (const link of await situations.all()) {
      await expect(page.locator((await link.getAttribute('href'))!.replace('/kontak/', ''))).toHaveCount(1);
    }
  });
});
