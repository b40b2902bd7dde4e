/**
 * /tentang/ from a reader's side: reached from the footer of any page, it explains the programme
 * with its sources, says what the site does not do with their data, and gives one clear way to
 * report a wrong fact (the `laporKesalahan` address of content/situs.yaml).
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { parse } from 'yaml';

const settings = parse(fs.readFileSync(path.join(process.env.KONTEN_DIR ?? 'content', 'situs.yaml'), 'utf8'));

test('a reader finds how to report a mistake from the footer of a lesson', async ({ page }) => {
  await page.goto('/pelajaran/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Tentang situs ini dan cara melaporkan kesalahan' }).click();
  await expect(page).toHaveURL(/\/tentang\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tentang situs ini');

  const report = page.getByRole('region', { name: 'Melaporkan kesalahan' });
  const link = report.getByRole('link', { name: /^(Kirim email ke|Buka formulir laporan kesalahan)/ });
  await expect(link).toHaveAttribute('href', settings.laporKesalahan);
  await expect(report.getByRole('listitem')).toHaveText([/halaman mana/, /apa yang salah/, /fakta yang benar/, /sumbernya/]);
});

test('every programme fact shows where it comes from', async ({ page }) => {
  await page.goto('/tentang/');
  const programme = page.getByRole('region', { name: 'Program desa binaan imigrasi' });
  const facts = programme.locator('.fact');
  expect(await facts.count()).toBeGreaterThan(2);
  for (const fact of await facts.all()) {
    const sources = fact.locator('.fact__source a');
    expect(await sources.count()).toBeGreaterThan(0);
    for (const source of await sources.all()) await expect(source).toHaveAttribute('href', /^https?:\/\//);
  }
});

test('the privacy section says there are no cookies and no tracking, and the page sets none', async ({ page, context }) => {
  await page.goto('/tentang/');
  const privacy = page.getByRole('region', { name: /Privasi/ });
  await expect(privacy).toContainText('tidak memakai cookie');
  await expect(privacy).toContainText('Tidak ada pelacak');
  expect(await context.cookies()).toEqual([]);
});
