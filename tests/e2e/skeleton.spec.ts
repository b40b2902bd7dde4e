import { test, expect } from '@playwright/test';

test('home page opens on a phone with its header, skip link and emergency numbers', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Desa Binaan Imigrasi/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Langsung ke isi' })).toBeFocused();
  const footer = page.locator('footer');
  await expect(footer.getByRole('link', { name: /Telepon SAPA 129: 129/ })).toHaveAttribute('href', 'tel:129');
  await expect(footer.getByRole('link', { name: /Telepon Polisi 110/ })).toHaveAttribute('href', 'tel:110');
});

test('a kecamatan page lists its villages', async ({ page }) => {
  await page.goto('/desa/koba/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kecamatan Koba');
  await expect(page.getByRole('link', { name: 'Padang Mulia' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Terentang III' })).toBeVisible();
});

test('a village page shows its code and kecamatan', async ({ page }) => {
  await page.goto('/desa/lubuk-besar/kulur/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Desa Kulur');
  await expect(page.getByText('19.04.06.2004')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Kecamatan Lubuk Besar' }).first()).toHaveAttribute('href', '/desa/lubuk-besar/');
});

test('an unknown address shows the Indonesian 404 page', async ({ page }) => {
  const response = await page.goto('/tidak-ada/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
});
