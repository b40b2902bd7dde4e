/**
 * Draws the home-screen icons in public/icons/ from public/favicon.svg with Chromium (screenshots
 * of the SVG at each size; no image library, no online service). Run it again after changing
 * the favicon, and commit the PNGs:
 *
 *   node scripts/make-icons.ts
 *
 * - icon-192.png, icon-512.png: the favicon as it is (rounded square on a transparent corner).
 * - icon-maskable-512.png: a full square in the brand colour with the symbol inside the central
 *   safe zone, for Android launchers that cut icons into circles or other shapes.
 * - apple-touch-icon.png (180): full square too; iOS rounds the corners itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { systemChromium } from './find-browser.ts';

const favicon = fs.readFileSync('public/favicon.svg', 'utf8');
const outDir = 'public/icons';

/** The favicon's background colour and its symbol (everything inside the <svg> but the background <rect>). */
function parts(svg: string) {
  const background = svg.match(/<rect\b[^>]*fill="([^"]+)"[^>]*\/>/);
  if (!background) throw new Error('public/favicon.svg: latar belakang <rect fill="…"/> tidak ditemukan');
  const inner = svg.replace(/^[\s\S]*?<svg\b[^>]*>/, '').replace(/<\/svg>\s*$/, '').replace(background[0], '');
  const viewBox = svg.match(/viewBox="([^"]+)"/)?.[1] ?? '0 0 32 32';
  return { colour: background[1], symbol: inner, size: Number(viewBox.split(/\s+/)[2]) };
}

/**
 * A square icon filled with the background colour, the symbol scaled by `scale` around the centre.
 * Maskable icons keep their content within the central circle of 80% diameter.
 */
function fullSquare(scale: number): string {
  const { colour, symbol, size } = parts(favicon);
  const offset = (size * (1 - scale)) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}"><rect width="${size}" height="${size}" fill="${colour}"/><g transform="translate(${offset} ${offset}) scale(${scale})">${symbol}</g></svg>`;
}

const icons = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  { file: 'icon-maskable-512.png', size: 512, svg: fullSquare(0.7) },
  { file: 'apple-touch-icon.png', size: 180, svg: fullSquare(0.85) },
];

const browser = await chromium.launch({ executablePath: systemChromium(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  fs.mkdirSync(outDir, { recursive: true });
  for (const icon of icons) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    const image = `data:image/svg+xml;base64,${Buffer.from(icon.svg).toString('base64')}`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block;width:${icon.size}px;height:${icon.size}px}</style><img src="${image}" alt="">`);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: path.join(outDir, icon.file), omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
    console.log(`${outDir}/${icon.file} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}
